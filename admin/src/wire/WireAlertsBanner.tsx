/**
 * Open wire alerts (a story the newsroom used was killed, withheld or
 * corrected), for the top of the desk or the whole editor app: each with the
 * agency's words, a link to the article and, for editors, "Acknowledge".
 * New alerts arrive live through the desk's event stream.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WireAlertDto } from '../../../src/api/admin/wire-contract.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useWireEvents } from './use-wire-events.js';
import { messageOf, wireApi } from './wire-api.js';
import './wire-desk.css';

const KIND_WORDS: Record<WireAlertDto['kind'], string> = { canceled: 'KILLED', withheld: 'WITHHELD', correction: 'CORRECTED' };

export interface WireAlertsBannerProps {
  /** Editors and admins acknowledge; reporters see the alerts. */
  canAcknowledge?: boolean;
}

export function WireAlertsBanner({ canAcknowledge = true }: WireAlertsBannerProps) {
  const [alerts, setAlerts] = useState<WireAlertDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    wireApi.alerts().then((list) => setAlerts(list.items), (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(load, [load]);
  useWireEvents((event) => {
    if (event.type === 'wire.alerted') load();
  });

  const acknowledge = async (alert: WireAlertDto) => {
    setError(null);
    try {
      await wireApi.acknowledge(alert.id);
      setAlerts((list) => list.filter((a) => a.id !== alert.id));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  if (alerts.length === 0 && !error) return <div role="alert" className="alert alert--empty" />;
  return (
    <section className="wire-alerts-banner" role="alert" aria-label="Wire alerts" data-testid="wire-alerts-banner">
      <h2>{alerts.length} wire alert{alerts.length === 1 ? '' : 's'} about published or planned articles</h2>
      {error && <p className="error-text">{error}</p>}
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id} data-kind={alert.kind}>
            <strong className="wire-status wire-status--killed">{KIND_WORDS[alert.kind]}</strong> {alert.message}{' '}
            <span className="muted small">({formatDateTime(alert.createdAt)})</span>{' '}
            <Link to={`/admin/articles/${alert.articleId}`}>Open the article</Link>
            {canAcknowledge && (
              <>
                {' '}
                <button type="button" className="button button--small" onClick={() => void acknowledge(alert)}>Acknowledge</button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
