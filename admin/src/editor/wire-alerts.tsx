/** Open wire alerts about this article's source (a kill, a correction): impossible to miss, at the top. */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { formatDateTime } from '../lib/time.js';

export function WireAlerts({ alerts }: { alerts: AdminArticle['wireAlerts'] }) {
  if (alerts.length === 0) return null;
  return (
    <section className="wire-alerts" role="alert" aria-label="Wire alerts" data-testid="wire-alerts">
      <h2>Wire alert{alerts.length > 1 ? 's' : ''} about this story</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id} data-kind={alert.kind}>
            <strong className="wire-alerts__kind">{alert.kind}</strong> {alert.message}{' '}
            <span className="small">({formatDateTime(alert.createdAt)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
