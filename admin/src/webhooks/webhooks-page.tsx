/** `/admin/webhooks` (admins): the registered endpoints, a form to add one, and the recent deliveries with their answers. */
import { useCallback, useEffect, useState } from 'react';
import type { CreateWebhookBody, WebhookDeliveryDto, WebhookList } from '../../../src/api/admin/webhook-contract.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { DataTable } from '../lib/data-table.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useTitle } from '../lib/use-title.js';
import { WebhookForm } from './webhook-form.js';
import { webhooksApi } from './webhooks-api.js';
import './webhooks.css';

const STATUS_CLASS: Record<WebhookDeliveryDto['status'], string> = { pending: 'badge--scheduled', delivered: 'badge--published', failed: 'badge--unpublished' };

export function WebhooksPage() {
  useTitle('Webhooks');
  const [list, setList] = useState<WebhookList | null>(null);
  const [deliveries, setDeliveries] = useState<WebhookDeliveryDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);

  const load = useCallback(async () => {
    try {
      const [endpoints, recent] = await Promise.all([webhooksApi.list(), webhooksApi.deliveries()]);
      setList(endpoints);
      setDeliveries(recent.items);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const create = (body: CreateWebhookBody) =>
    act(async () => {
      const created = await webhooksApi.create(body);
      if (created.secret) setSecret({ url: created.endpoint.url, secret: created.secret });
    });
  const rotate = (id: number, url: string) =>
    act(async () => {
      const rotated = await webhooksApi.update(id, { rotateSecret: true });
      if (rotated.secret) setSecret({ url, secret: rotated.secret });
    });
  const remove = (id: number, url: string) => {
    if (window.confirm(`Delete the webhook to ${url} and its deliveries?`)) void act(() => webhooksApi.remove(id));
  };
  const urlOf = (endpointId: number) => list?.items.find((e) => e.id === endpointId)?.url ?? `#${endpointId}`;

  return (
    <section className="page">
      <div className="page__header">
        <h1>Webhooks</h1>
      </div>
      <p>
        Herald POSTs a signed JSON message to each endpoint when an article is published, updated, corrected or unpublished, and when an agency kills a story
        the newsroom used. Failed deliveries are retried for a day. Receivers check the signature as docs/webhooks.md shows.
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {secret && (
        <div className="banner banner--info" role="status" data-testid="webhook-secret">
          <p>
            The signing secret for <code className="webhook-url">{secret.url}</code>. Copy it now: it is not shown again.
          </p>
          <p>
            <code className="webhook-secret">{secret.secret}</code>
          </p>
          <button type="button" className="button button--small" onClick={() => setSecret(null)}>
            I have copied it
          </button>
        </div>
      )}
      <h2>Endpoints</h2>
      <DataTable label="Endpoints" testId="webhook-endpoints" wrapClassName="webhook-table-wrap" rows={list?.items ?? null} rowKey={(endpoint) => endpoint.id}
        loadingText="Loading…" error={error} empty="No webhooks yet." columns={[
          {
            header: 'URL',
            cell: (endpoint) => (
              <>
                <code className="webhook-url">{endpoint.url}</code>
                {endpoint.description && <div>{endpoint.description}</div>}
              </>
            ),
          },
          { header: 'Events', cell: (endpoint) => endpoint.events.join(', ') },
          { header: 'State', cell: (endpoint) => (endpoint.active ? 'Active' : 'Disabled') },
          {
            header: 'Actions',
            cell: (endpoint) => (
              <div className="webhook-actions">
                <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => webhooksApi.update(endpoint.id, { active: !endpoint.active }))}>
                  {endpoint.active ? 'Disable' : 'Enable'}
                </button>
                <button type="button" className="button button--small" disabled={busy} onClick={() => void rotate(endpoint.id, endpoint.url)}>
                  New secret
                </button>
                <button type="button" className="button button--small button--danger" disabled={busy} onClick={() => remove(endpoint.id, endpoint.url)}>
                  Delete
                </button>
              </div>
            ),
          },
        ]} />
      <h2>Add a webhook</h2>
      {list && <WebhookForm events={list.events} busy={busy} onCreate={(body) => void create(body)} />}
      <h2>Recent deliveries</h2>
      {busy && <StatusLine>Working…</StatusLine>}
      <DataTable label="Recent deliveries" className="table table--compact" testId="webhook-deliveries" wrapClassName="webhook-table-wrap" rows={deliveries}
        rowKey={(d) => d.id} empty="No deliveries yet." columns={[
          { header: 'Queued', cell: (d) => formatDateTime(d.createdAt) },
          { header: 'Event', cell: (d) => <code>{d.eventType}</code> },
          { header: 'Article', cell: (d) => <Link to={`/admin/articles/${d.articleId}`}>{d.headline}</Link> },
          { header: 'Endpoint', cell: (d) => <code className="webhook-url">{urlOf(d.endpointId)}</code> },
          {
            header: 'Status',
            cell: (d) => (
              <>
                <span className={`badge ${STATUS_CLASS[d.status]}`}>{d.status}</span>
                {d.status === 'pending' && d.attempts > 0 && <div>next {formatDateTime(d.nextAttemptAt)}</div>}
              </>
            ),
          },
          { header: 'Answer', cell: (d) => d.responseStatus ?? (d.lastError ? 'no answer' : '—'), cellProps: (d) => ({ title: d.lastError ?? undefined }) },
          { header: 'Attempts', cell: (d) => d.attempts },
          {
            header: 'Actions',
            hiddenHeader: true,
            cell: (d) => (
              <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => webhooksApi.redeliver(d.id))}>
                Send again
              </button>
            ),
          },
        ]} />
    </section>
  );
}
