/**
 * The open wire alerts (kills, withholds, corrections of stories the
 * newsroom used), shared by everything that shows them: the navigation's
 * count, the banner, the article list's marks, the article's own notice.
 * One copy per tab, loaded when the first component mounts (so after every
 * sign-in) and reloaded on `wire.alerted` and `wire.alert_acknowledged` from
 * the desk's event stream, so an acknowledgement anywhere clears it here.
 */
import { useEffect, useState } from 'react';
import type { WireAlertDto } from '../../../src/api/admin/wire-contract.js';
import { useWireEvents } from './use-wire-events.js';
import { messageOf, wireApi } from './wire-api.js';

interface AlertState {
  alerts: WireAlertDto[] | null;
  error: string | null;
}

let state: AlertState = { alerts: null, error: null };
const subscribers = new Set<(next: AlertState) => void>();
let generation = 0;

function set(next: Partial<AlertState>): void {
  state = { ...state, ...next };
  for (const notify of [...subscribers]) notify(state);
}

function reload(): void {
  const mine = ++generation;
  wireApi.alerts().then(
    (list) => mine === generation && set({ alerts: list.items, error: null }),
    (e: unknown) => mine === generation && set({ error: messageOf(e) }),
  );
}

/** Acknowledges one alert; it leaves every view at once, the server's event then confirms it. */
export async function acknowledgeWireAlert(id: number): Promise<void> {
  await wireApi.acknowledge(id);
  set({ alerts: (state.alerts ?? []).filter((a) => a.id !== id) });
}

/** Kills and withholds of stories whose article is published: what must be seen before anything else. */
export const isUrgentAlert = (alert: WireAlertDto) => alert.kind !== 'correction' && alert.article?.status === 'published';

export function useOpenWireAlerts(): AlertState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    subscribers.add(setCurrent);
    if (subscribers.size === 1) reload();
    else setCurrent(state);
    return () => {
      subscribers.delete(setCurrent);
      // Signed out (the shell unmounted): the next user starts from nothing.
      if (subscribers.size === 0) {
        generation++;
        state = { alerts: null, error: null };
      }
    };
  }, []);
  useWireEvents((event) => {
    // Every mounted view hears the event; the first one alone reloads the shared copy.
    const first = subscribers.values().next().value;
    if ((event.type === 'wire.alerted' || event.type === 'wire.alert_acknowledged') && first === setCurrent) reload();
  });
  return current;
}
