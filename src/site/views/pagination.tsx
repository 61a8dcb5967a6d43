/**
 * Previous/next links for listing pages, with `rel` so browsers and crawlers
 * know the order, and "Page X of Y" in the edition's digits. Hidden when
 * everything fits on one page.
 */
import { h } from '../html-jsx.js';
import type { Edition } from '../../domain/edition.js';
import { formatMessage } from '../i18n/messages.js';
import type { Messages } from '../i18n/messages.js';
import type { PaginationModel } from '../view-models.js';
import { formatNumber } from './format-number.js';

interface PaginationProps {
  pagination: PaginationModel;
  messages: Messages;
  edition: Edition;
}

export function Pagination({ pagination, messages, edition }: PaginationProps) {
  if (pagination.pages <= 1) return null;
  const status = formatMessage(messages.pageOf, {
    page: formatNumber(edition, pagination.page),
    pages: formatNumber(edition, pagination.pages),
  });
  return (
    <nav class="pagination" aria-label={messages.pagination}>
      {pagination.previousHref && (
        <a class="pagination__link pagination__link--previous" href={pagination.previousHref} rel="prev">
          {messages.previousPage}
        </a>
      )}
      <p class="pagination__status">{status}</p>
      {pagination.nextHref && (
        <a class="pagination__link pagination__link--next" href={pagination.nextHref} rel="next">
          {messages.nextPage}
        </a>
      )}
    </nav>
  );
}
