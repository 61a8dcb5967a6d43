/** `/admin/audit` (admins): who published, unpublished, corrected, restored… and failed sign-ins. */
import { useEffect, useState } from 'react';
import type { AuditEntry } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api, type Page } from '../api/endpoints.js';
import { ErrorAlert } from '../lib/alerts.js';
import { DataTable } from '../lib/data-table.js';
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
  sent_back: 'Sent back to the reporter',
  updated: 'Changed a published article',
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
      <DataTable label="Audit log" testId="audit-log" rows={result?.items ?? null} rowKey={(entry) => entry.id} empty="Nothing recorded yet."
        loadingText="Loading…" error={error} columns={[
          { header: 'When', cell: (entry) => formatDateTime(entry.at) },
          { header: 'Who', cell: (entry) => entry.userName ?? (entry.userId ? `User ${entry.userId}` : '—') },
          { header: 'What', cell: (entry) => ACTIONS[entry.action] ?? entry.action },
          { header: 'Article', cell: (entry) => (entry.articleId ? <Link to={`/admin/articles/${entry.articleId}`}>#{entry.articleId}</Link> : '—') },
          { header: 'Details', cell: (entry) => entry.details },
        ]}
        pager={result && <Pager count={result.items.length} label="Audit log pages" page={page} total={result.total} pageSize={result.pageSize ?? 50} onPage={setPage} />} />
    </section>
  );
}
