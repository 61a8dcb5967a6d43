/**
 * The path from the edition home to the page, as an ordered list. A crumb
 * that points at the page itself is marked `aria-current="page"`; the
 * separators are drawn by CSS so screen readers do not read them.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { LinkModel } from '../view-models.js';

interface BreadcrumbProps {
  items: LinkModel[];
  messages: Messages;
  /** The page's own path, to mark the matching crumb as current. */
  currentHref?: string;
}

export function Breadcrumb({ items, messages, currentHref }: BreadcrumbProps) {
  if (items.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label={messages.breadcrumb}>
      <ol class="breadcrumb__list">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href} aria-current={item.href === currentHref ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
