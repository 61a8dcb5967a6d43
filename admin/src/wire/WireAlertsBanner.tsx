/**
 * Open wire alerts (a story the newsroom used was killed, withheld or
 * corrected): each with the agency's words, a link to the article and, for
 * editors, "Acknowledge". `urgentOnly` shows just the kills and withholds of
 * published articles: the shell puts those above every page and moves focus
 * to them once after signing in, so they are the first thing an editor sees.
 * New alerts and other people's acknowledgements arrive live.
 */
import { useEffect, useRef, useState } from 'react';
import type { WireAlertDto } from '../../../src/api/admin/wire-contract.js';
import { Link } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { acknowledgeWireAlert, isUrgentAlert, useOpenWireAlerts } from './use-open-alerts.js';
import { messageOf } from './wire-api.js';
import './wire-desk.css';

export const ALERT_WORDS: Record<WireAlertDto['kind'], string> = { canceled: 'KILLED', withheld: 'WITHHELD', correction: 'CORRECTED' };
const KIND_CLASS: Record<WireAlertDto['kind'], string> = { canceled: 'killed', withheld: 'withheld', correction: 'correction' };

export interface WireAlertsBannerProps {
  /** Editors and admins acknowledge; reporters see the alerts. */
  canAcknowledge?: boolean;
  /** Only kills and withholds of published articles. */
  urgentOnly?: boolean;
  /** Leave out this article's alerts (its own page shows them). */
  excludeArticleId?: number;
  /** Move focus to the banner the first time it has something to show. */
  focusOnArrival?: boolean;
}

let focusedOnce = false;

export function WireAlertsBanner({ canAcknowledge = true, urgentOnly = false, excludeArticleId, focusOnArrival = false }: WireAlertsBannerProps) {
  const { alerts, error: loadError } = useOpenWireAlerts();
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Kills and withholds of published articles first, then the newest.
  const shown = (alerts ?? [])
    .filter((a) => (!urgentOnly || isUrgentAlert(a)) && a.articleId !== excludeArticleId)
    .sort((a, b) => Number(isUrgentAlert(b)) - Number(isUrgentAlert(a)) || b.id - a.id);

  useEffect(() => {
    if (!focusOnArrival || focusedOnce || shown.length === 0 || !heading.current) return;
    focusedOnce = true;
    heading.current.focus();
  }, [focusOnArrival, shown.length]);
  // A new session (the shell remounts) may focus again.
  useEffect(() => () => {
    if (focusOnArrival) focusedOnce = false;
  }, [focusOnArrival]);

  const acknowledge = async (alert: WireAlertDto) => {
    setError(null);
    try {
      await acknowledgeWireAlert(alert.id);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const problem = error ?? (urgentOnly ? null : loadError);
  if (shown.length === 0 && !problem) return null;
  const urgent = shown.filter(isUrgentAlert).length;
  return (
    <section className={`wire-alerts-banner ${urgent > 0 ? 'wire-alerts-banner--urgent' : ''}`} role="alert" aria-labelledby="wire-alerts-heading"
      data-testid={urgentOnly ? 'wire-alerts-urgent' : 'wire-alerts-banner'}>
      <h2 id={urgentOnly ? 'wire-alerts-heading' : 'wire-alerts-heading-desk'} ref={heading} tabIndex={-1}>
        {urgentOnly
          ? `${shown.length === 1 ? 'A published article uses' : `${shown.length} published articles use`} a story the agency has killed or withheld`
          : `${shown.length} open wire alert${shown.length === 1 ? '' : 's'} about articles`}
      </h2>
      {problem && <p className="error-text">{problem}</p>}
      <ul>
        {shown.map((alert) => (
          <li key={alert.id} data-kind={alert.kind} data-testid="wire-alert">
            <strong className={`wire-status wire-status--${KIND_CLASS[alert.kind]}`}>{ALERT_WORDS[alert.kind]}</strong> {alert.message}{' '}
            <span className="muted small">({formatDateTime(alert.createdAt)})</span>
            <span className="wire-alerts-banner__actions">
              <Link to={`/admin/articles/${alert.articleId}`} className="button button--small">Open the article</Link>
              {canAcknowledge && (
                <button type="button" className="button button--small" onClick={() => void acknowledge(alert)}
                  aria-label={`Acknowledge: ${alert.article?.headline ?? `article ${alert.articleId}`} (${ALERT_WORDS[alert.kind].toLowerCase()})`}>
                  Acknowledge
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The navigation's count of open alerts (words for screen readers, not just a number). */
export function WireAlertCount() {
  const { alerts } = useOpenWireAlerts();
  const count = alerts?.length ?? 0;
  if (count === 0) return null;
  const urgent = (alerts ?? []).some(isUrgentAlert);
  return (
    <span className={`nav__count ${urgent ? 'nav__count--urgent' : ''}`} data-testid="wire-alert-count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{`${count} open wire alert${count === 1 ? '' : 's'}`}</span>
    </span>
  );
}
