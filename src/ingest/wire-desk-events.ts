/**
 * Fan-out of wire events to the open desks. It subscribes to the app's
 * EventBus (never to the ingest code), so events from anywhere the bus hears
 * them — this node's sources today, other nodes through Redis later — reach
 * every connected desk. Each event gets an increasing id; the last few
 * hundred are kept so a desk that reconnects (SSE `Last-Event-ID`) misses
 * nothing. `wire.ingested` events carry the story's desk row when a desk is
 * listening, so the list can insert it without another request.
 */
import type { HeraldEvent } from '../domain/events.js';
import type { EventBus } from '../events/event-bus.js';
import type { WireStory } from '../operations/wire-ports.js';

/** What a desk is told; the HTTP edge turns it into the contract's WireDeskEventData. */
export type WireDeskEventData =
  | { type: 'wire.ingested'; guid: string; version: number; at: string; story: WireStory | null }
  | { type: 'wire.quarantined'; quarantineId: number; fileName: string; reason: string; at: string }
  | { type: 'wire.alerted'; alertId: number; articleId: number; guid: string; at: string }
  | { type: 'wire.alert_acknowledged'; alertId: number; articleId: number; at: string };

export interface WireDeskEvent {
  id: number;
  data: WireDeskEventData;
}

export type WireDeskListener = (event: WireDeskEvent) => void;

export interface WireDeskEvents {
  /** Calls `listener` for every event from now on, after replaying the kept ones with an id above `afterId`. */
  subscribe(listener: WireDeskListener, afterId?: number): () => void;
  listenerCount(): number;
  /** Unsubscribes from the bus and drops every listener. */
  close(): void;
}

export interface WireDeskEventsOptions {
  /** The desk row of a story, to send with `wire.ingested`. */
  loadStory?: (guid: string) => Promise<WireStory | null>;
  /** How many past events are kept for reconnecting desks. */
  keep?: number;
  onError?: (error: unknown) => void;
}

// Acknowledgements travel too, so every open desk's alert count drops when one editor acknowledges.
const WIRE_TYPES = new Set<HeraldEvent['type']>(['wire.ingested', 'wire.quarantined', 'wire.alerted', 'wire.alert_acknowledged']);

export function createWireDeskEvents(bus: EventBus, options: WireDeskEventsOptions = {}): WireDeskEvents {
  const keep = options.keep ?? 500;
  const listeners = new Set<WireDeskListener>();
  const recent: WireDeskEvent[] = [];
  let lastId = 0;
  // Enrichment is asynchronous; a chain keeps events in the order the bus gave them.
  let chain: Promise<void> = Promise.resolve();

  const toData = async (event: HeraldEvent): Promise<WireDeskEventData | null> => {
    switch (event.type) {
      case 'wire.ingested': {
        const story = listeners.size > 0 && options.loadStory ? await options.loadStory(event.guid).catch(() => null) : null;
        return { type: event.type, guid: event.guid, version: event.version, at: event.at, story };
      }
      case 'wire.quarantined':
        return { type: event.type, quarantineId: event.quarantineId, fileName: event.fileName, reason: event.reason, at: event.at };
      case 'wire.alerted':
        return { type: event.type, alertId: event.alertId, articleId: event.articleId, guid: event.guid, at: event.at };
      case 'wire.alert_acknowledged':
        return { type: event.type, alertId: event.alertId, articleId: event.articleId, at: event.at };
      default:
        return null;
    }
  };

  const deliver = (data: WireDeskEventData) => {
    const event: WireDeskEvent = { id: ++lastId, data };
    recent.push(event);
    if (recent.length > keep) recent.splice(0, recent.length - keep);
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        options.onError?.(error);
      }
    }
  };

  const unsubscribe = bus.onAny((event) => {
    if (!WIRE_TYPES.has(event.type)) return;
    chain = chain
      .then(() => toData(event))
      .then((data) => {
        if (data) deliver(data);
      })
      .catch((error) => options.onError?.(error));
  });

  return {
    subscribe(listener, afterId) {
      if (afterId !== undefined) for (const event of recent) if (event.id > afterId) listener(event);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
    close() {
      unsubscribe();
      listeners.clear();
    },
  };
}
