/**
 * Open wire alerts about this article's source (a kill, a correction):
 * impossible to miss, at the top, each with "Acknowledge" for editors. An
 * acknowledgement here or anywhere else (the event stream says so) removes it.
 */
import { useState } from 'react';
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { formatDateTime } from '../lib/time.js';
import { useUser } from '../session/session-context.js';
import { acknowledgeWireAlert, useOpenWireAlerts } from '../wire/use-open-alerts.js';
import { messageOf } from '../wire/wire-api.js';

const KIND_WORDS: Record<string, string> = { canceled: 'Killed', withheld: 'Withheld', correction: 'Corrected' };

export function WireAlerts({ alerts }: { alerts: AdminArticle['wireAlerts'] }) {
  const user = useUser();
  const live = useOpenWireAlerts();
  const [error, setError] = useState<string | null>(null);
  // The article's own list is as of its loading; the shared one knows what was acknowledged since.
  const open = live.alerts ? alerts.filter((a) => live.alerts?.some((l) => l.id === a.id)) : alerts;
  if (open.length === 0) return null;
  const acknowledge = async (id: number) => {
    setError(null);
    try {
      await acknowledgeWireAlert(id);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section className="wire-alerts" role="alert" aria-label="Wire alerts" data-testid="wire-alerts">
      <h2>Wire alert{open.length > 1 ? 's' : ''} about this story</h2>
      {error && <p className="error-text">{error}</p>}
      <ul>
        {open.map((alert) => (
          <li key={alert.id} data-kind={alert.kind}>
            <strong className="wire-alerts__kind">{KIND_WORDS[alert.kind] ?? alert.kind}</strong> {alert.message}{' '}
            <span className="small">({formatDateTime(alert.createdAt)})</span>{' '}
            {user.role !== 'reporter' && (
              <button type="button" className="button button--small" onClick={() => void acknowledge(alert.id)}>Acknowledge</button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
