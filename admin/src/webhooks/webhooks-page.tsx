/** `/admin/webhooks` (admins): the registered endpoints, a form to add one, and the recent deliveries with their answers. */
import { useCallback, useEffect, useState } from 'react';
import type { CreateWebhookBody, WebhookDeliveryDto, WebhookList } from '../../../src/api/admin/webhook-contract.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
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
      {!list ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : list.items.length === 0 ? (
        <p>No webhooks yet.</p>
      ) : (
        <div className="webhook-table-wrap">
          <table className="table" data-testid="webhook-endpoints">
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((endpoint) => (
                <tr key={endpoint.id}>
                  <td>
                    <code className="webhook-url">{endpoint.url}</code>
                    {endpoint.description && <div>{endpoint.description}</div>}
                  </td>
                  <td>{endpoint.events.join(', ')}</td>
                  <td>{endpoint.active ? 'Active' : 'Disabled'}</td>
                  <td>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Add a webhook</h2>
      {list && <WebhookForm events={list.events} busy={busy} onCreate={(body) => void create(body)} />}
      <h2>Recent deliveries</h2>
      {busy && <StatusLine>Working…</StatusLine>}
      {deliveries.length === 0 ? (
        <p>No deliveries yet.</p>
      ) : (
        <div className="webhook-table-wrap">
          <table className="table table--compact" data-testid="webhook-deliveries">
            <thead>
              <tr>
                <th scope="col">Queued</th>
                <th scope="col">Event</th>
                <th scope="col">Article</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Status</th>
                <th scope="col">Answer</th>
                <th scope="col">Attempts</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <td>
                    <code>{d.eventType}</code>
                  </td>
                  <td>
                    <Link to={`/admin/articles/${d.articleId}`}>{d.headline}</Link>
                  </td>
                  <td>
                    <code className="webhook-url">{urlOf(d.endpointId)}</code>
                  </td>
                  <td>
                    <span className={`badge ${STATUS_CLASS[d.status]}`}>{d.status}</span>
                    {d.status === 'pending' && d.attempts > 0 && <div>next {formatDateTime(d.nextAttemptAt)}</div>}
                  </td>
                  <td title={d.lastError ?? undefined}>{d.responseStatus ?? (d.lastError ? 'no answer' : '—')}</td>
                  <td>{d.attempts}</td>
                  <td>
                    <button type="button" className="button button--small" disabled={busy} onClick={() => void act(() => webhooksApi.redeliver(d.id))}>
                      Send again
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
