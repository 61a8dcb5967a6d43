/**
 * Links to the other language editions. Each name is written in its own
 * language and script, so each link carries its own `lang` and `dir` (screen
 * readers switch voice, bidi text lays out right) and `hreflang` for the target.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { EditionLinkModel } from '../view-models.js';
import { LANGUAGE_MENU_ID } from './skip-links.js';

export function LanguageMenu({ editions, messages }: { editions: EditionLinkModel[]; messages: Messages }) {
  return (
    <nav id={LANGUAGE_MENU_ID} class="language-menu" aria-label={messages.otherLanguages}>
      <ul class="language-menu__list">
        {editions.map((edition) => (
          <li key={edition.code}>
            <a
              href={edition.href}
              lang={edition.lang}
              dir={edition.dir}
              hreflang={edition.lang}
              aria-current={edition.current ? 'page' : undefined}
            >
              {edition.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
