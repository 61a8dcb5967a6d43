/**
 * "Published …" and, after a change, "Updated …". The label text comes from
 * the route (formatted with Intl in the edition's time zone); `datetime`
 * keeps the exact UTC instant for machines.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';

interface PublicationDatesProps {
  publishedAt: string;
  publishedLabel: string;
  updatedAt: string | null;
  updatedLabel: string | null;
  messages: Messages;
}

export function PublicationDates(props: PublicationDatesProps) {
  const { messages } = props;
  return (
    <p class="article__dates">
      <span class="article__date">
        {messages.published} <time datetime={props.publishedAt}>{props.publishedLabel}</time>
      </span>
      {props.updatedAt && (
        <span class="article__date">
          {messages.updated} <time datetime={props.updatedAt}>{props.updatedLabel ?? props.updatedAt}</time>
        </span>
      )}
    </p>
  );
}
