/**
 * The editors' "In focus" bar: a short curated row of topic links below the
 * menu. The visible label repeats the nav's accessible name, so it is hidden
 * from assistive technology to avoid reading it twice.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { LinkModel } from '../view-models.js';

export function InFocusBar({ topics, messages }: { topics: LinkModel[]; messages: Messages }) {
  if (topics.length === 0) return null;
  return (
    <nav class="in-focus" aria-label={messages.inFocus}>
      <div class="in-focus__inner">
        <span class="in-focus__label" aria-hidden="true">
          {messages.inFocus}
        </span>
        <ul class="in-focus__list">
          {topics.map((topic) => (
            <li key={topic.href}>
              <a href={topic.href}>{topic.label}</a>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
