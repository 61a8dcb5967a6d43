/** `/admin/audit` (admins): who published, unpublished, corrected, restored… and failed sign-ins. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api, type Page } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { Pager } from '../lib/pager.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useTitle } from '../lib/use-title.js';

const ACTIONS: Record<AuditEntry['action'], string> = {
  published: 'Published',
  unpublished: 'Unpublished',
  corrected: 'Corrected',
  deleted: 'Deleted',
  scheduled: 'Scheduled',
  restored: 'Restored a revision',
  submitted: 'Submitted for review',
  curated: 'Curated the edition',
  image_uploaded: 'Uploaded an image',
  image_updated: 'Changed an image’s caption or credit',
  wire_alert_acknowledged: 'Acknowledged a wire alert',
  user_created: 'Created a user',
  user_updated: 'Changed a user',
  login_failed: 'Failed sign-in',
  api_key_created: 'Created an API key',
  api_key_revoked: 'Revoked an API key',
  webhook_created: 'Added a webhook',
  webhook_updated: 'Changed a webhook',
  webhook_deleted: 'Deleted a webhook',
  webhook_redelivered: 'Sent a webhook delivery again',
};

export function AuditPage() {
  useTitle('Audit log');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<Page<AuditEntry> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.audit(page).then(
      (r) => live && setResult(r),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [page]);
  return (
    <section className="page">
      <div className="page__header">
        <h1>Audit log</h1>
      </div>
      <ErrorAlert message={error} />
      {result ? (
        result.items.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <table className="table" data-testid="audit-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Article</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{entry.userName ?? (entry.userId ? `User ${entry.userId}` : '—')}</td>
                  <td>{ACTIONS[entry.action] ?? entry.action}</td>
                  <td>{entry.articleId ? <Link to={`/admin/articles/${entry.articleId}`}>#{entry.articleId}</Link> : '—'}</td>
                  <td>{entry.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        !error && <p aria-busy="true">Loading…</p>
      )}
      {result && <Pager count={result.items.length} label="Audit log pages" page={page} total={result.total} pageSize={result.pageSize ?? 50} onPage={setPage} />}
    </section>
  );
}
