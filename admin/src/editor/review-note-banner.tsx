/**
 * The latest review step while it still applies: a draft an editor sent back
 * (who, when, what to change) for its reporter, or the submitter's note while
 * the article waits in review. Once the article moves on, the note lives in
 * the history only.
 */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { formatDateTime } from '../lib/time.js';

export function ReviewNoteBanner({ article }: { article: AdminArticle }) {
  const step = article.reviewNote;
  if (!step) return null;
  const sentBack = step.kind === 'sent_back' && article.status === 'draft';
  const waiting = step.kind === 'submitted' && article.status === 'in_review';
  if (!sentBack && !waiting) return null;
  const who = step.userName ?? 'the system';
  return (
    <section className={sentBack ? 'banner banner--warning' : 'banner banner--info'} role="region"
      aria-label={sentBack ? 'Sent back for changes' : 'Note from the submitter'} data-testid="review-note-banner">
      <p className="banner__title">
        <strong>{sentBack ? `Sent back by ${who}` : `Submitted for review by ${who}`}</strong>{' '}
        <span className="muted small">{formatDateTime(step.createdAt)}</span>
      </p>
      {step.note ? (
        <blockquote className="banner__note" data-testid="review-note-text">{step.note}</blockquote>
      ) : (
        <p className="muted small">No note.</p>
      )}
    </section>
  );
}
