/**
 * Skip links are the first focusable elements of every page, so keyboard and
 * screen-reader users can jump past the header. They are visually hidden
 * until focused (see `.skip-links` in site.css). The targets are rendered by
 * the layout: `#main-content`, `#main-menu` and `#language-menu`.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';

export const MAIN_CONTENT_ID = 'main-content';
export const MAIN_MENU_ID = 'main-menu';
export const LANGUAGE_MENU_ID = 'language-menu';

export function SkipLinks({ messages }: { messages: Messages }) {
  return (
    <ul class="skip-links">
      <li>
        <a class="skip-link" href={`#${MAIN_CONTENT_ID}`}>
          {messages.skipToContent}
        </a>
      </li>
      <li>
        <a class="skip-link" href={`#${MAIN_MENU_ID}`}>
          {messages.skipToMainMenu}
        </a>
      </li>
      <li>
        <a class="skip-link" href={`#${LANGUAGE_MENU_ID}`}>
          {messages.skipToLanguages}
        </a>
      </li>
    </ul>
  );
}
