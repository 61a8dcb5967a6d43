/**
 * Live wire desk events: one shared `EventSource('/api/admin/wire/events')`
 * for every component that listens (the desk, the alerts banner), opened with
 * the first listener and closed with the last. The browser reconnects by
 * itself and sends Last-Event-ID, so the server replays what was missed.
 */
import { useEffect, useRef } from 'react';
import type { WireDeskEventData } from '../../../src/api/admin/wire-contract.js';

type Listener = (event: WireDeskEventData) => void;

const EVENT_TYPES: WireDeskEventData['type'][] = ['wire.ingested', 'wire.quarantined', 'wire.alerted', 'wire.alert_acknowledged'];
const listeners = new Set<Listener>();
let source: EventSource | null = null;

function open(url: string): void {
  if (source || typeof EventSource === 'undefined') return;
  source = new EventSource(url, { withCredentials: true });
  for (const type of EVENT_TYPES)
    source.addEventListener(type, (message) => {
      let data: WireDeskEventData;
      try {
        data = JSON.parse((message as MessageEvent<string>).data) as WireDeskEventData;
      } catch {
        return;
      }
      for (const listener of [...listeners]) listener(data);
    });
}

export function useWireEvents(onEvent: Listener, url = '/api/admin/wire/events'): void {
  const latest = useRef(onEvent);
  latest.current = onEvent;
  useEffect(() => {
    const listener: Listener = (event) => latest.current(event);
    listeners.add(listener);
    open(url);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        source?.close();
        source = null;
      }
    };
  }, [url]);
}
