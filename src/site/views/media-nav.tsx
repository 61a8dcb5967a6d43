/**
 * The header's "Live TV · Latest audio · Latest videos" row, on every page
 * of every edition. Plain links outside the folding main menu, so a phone
 * reader sees them without opening anything; the row scrolls sideways rather
 * than wrapping, which keeps the header's height fixed.
 */
import { h } from '../html-jsx.js';
import type { LinkModel } from '../view-models.js';

export function MediaNav({ entries, label }: { entries: (LinkModel & { current: boolean })[]; label: string }) {
  return (
    <nav class="media-nav" aria-label={label}>
      <ul class="media-nav__list">
        {entries.map((entry) => (
          <li key={entry.href}>
            <a href={entry.href} aria-current={entry.current ? 'page' : undefined}>
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
