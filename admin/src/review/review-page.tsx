/** `/admin/review`: articles waiting for review in the user's editions, longest waiting first, with who submitted them and their note. */
import { useState } from 'react';
import type { ReviewQueueResponse } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { DataTable, labelled } from '../lib/data-table.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useAbortableLoad } from '../lib/use-abortable-load.js';
import { useTitle } from '../lib/use-title.js';

export function ReviewPage() {
  useTitle('Waiting for review');
  const [result, setResult] = useState<ReviewQueueResponse | null>(null);
  const { loading, error } = useAbortableLoad('review', (signal) => api.reviewQueue(signal), setResult, errorMessage);
  const count = result?.total ?? 0;

  return (
    <section className="page">
      <div className="page__header">
        <h1>Waiting for review</h1>
      </div>
      <ErrorAlert message={error} />
      <p role="status" className="muted" aria-live="polite">
        {loading ? 'Loading…' : result ? `${count} article${count === 1 ? '' : 's'} waiting, longest waiting first` : ''}
      </p>
      <DataTable label="Articles waiting for review" testId="review-list" rows={result?.items ?? null} rowKey={(i) => i.articleId} busy={loading}
        rowProps={() => ({ 'data-testid': 'review-row' })} className="table table--stack"
        empty="Nothing waits for review in your editions." columns={[
          {
            header: 'Headline',
            cell: (i) => <Link to={`/admin/articles/${i.articleId}`} data-testid="review-link">{i.headline || `Untitled #${i.articleId}`}</Link>,
          },
          { header: 'Edition', cell: (i) => i.editionCode, cellProps: labelled('Edition') },
          {
            header: 'Submitted',
            cell: (i) => <>{i.submitterName ?? 'System'}, <span className="muted small">{formatDateTime(i.submittedAt)}</span></>,
            cellProps: labelled('Submitted'),
          },
          {
            header: 'Note',
            cellProps: labelled('Note'),
            cell: (i) => (i.note ? <span className="review-note" data-testid="review-row-note">{i.note}</span> : <span className="muted small">No note</span>),
          },
        ]} />
    </section>
  );
}
