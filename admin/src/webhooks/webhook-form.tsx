/** Registering a webhook: URL, events, description. The server checks the address and answers with the secret, once. */
import { useState, type FormEvent } from 'react';
import type { CreateWebhookBody } from '../../../src/api/admin/webhook-contract.js';

type EventType = CreateWebhookBody['events'][number];

export function WebhookForm({ events, busy, onCreate }: { events: readonly string[]; busy: boolean; onCreate: (body: CreateWebhookBody) => void }) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<string[]>(['article.published']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreate({ url: url.trim(), description: description.trim(), events: chosen as EventType[] });
  };
  return (
    <form className="webhook-form" onSubmit={submit} data-testid="webhook-form">
      <div className="field">
        <label htmlFor="webhook-url">Endpoint URL (https)</label>
        <input id="webhook-url" type="url" required value={url} placeholder="https://example.org/herald-webhook" onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="webhook-description">Description</label>
        <input id="webhook-description" value={description} maxLength={500} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <fieldset className="field">
        <legend>Events</legend>
        {events.map((event) => (
          <label key={event} className="field--inline">
            <input
              type="checkbox"
              checked={chosen.includes(event)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, event] : chosen.filter((c) => c !== event))}
            />
            <code>{event}</code>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={busy || chosen.length === 0}>
        Add webhook
      </button>
    </form>
  );
}
