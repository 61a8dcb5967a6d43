/**
 * Carries events between processes on one store when there is no Redis
 * (docs/adr/0008-cross-process-events.md):
 * - PostgreSQL: NOTIFY on the store's channel; an event too large for a
 *   NOTIFY (8000 bytes) goes into `event_outbox` and the NOTIFY names its id.
 * - SQLite: every process appends to `event_outbox` and polls it by primary
 *   key (`id > last`), which reaches cluster workers and the command-line
 *   tools on the same file. Rows older than a minute are pruned.
 * As with Redis, events carry the sender's id, a process ignores its own, and
 * received events are emitted locally but never sent on.
 */
import { randomUUID } from 'node:crypto';
import type { HeraldEvent } from '../domain/events.js';
import type { ClusterStore } from '../operations/cluster-ports.js';
import type { EventBus } from './event-bus.js';

export interface EventTransport {
  kind: 'redis' | 'postgres' | 'outbox';
  nodeId: string;
  /** Events can be heard (for /readyz): a node that cannot hear purges would serve stale pages. */
  connected(): boolean;
  /** Resolves once every event emitted so far has been handed to the transport (a command-line tool waits for it). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

interface Envelope {
  origin: string;
  event: HeraldEvent;
}

/** NOTIFY takes payloads under 8000 bytes; some room is left for the encoding. */
export const MAX_NOTIFY_BYTES = 7900;
const LARGE_PREFIX = '#';

export interface StoreBridgeOptions {
  nodeId?: string;
  /** How often SQLite processes look for new rows (250 ms by default). */
  pollMs?: number;
  /** How long rows are kept for slow readers (a minute by default). */
  retainMs?: number;
  now?: () => Date;
  onError?: (error: unknown) => void;
  /** Use the outbox even when the store has NOTIFY (tests). */
  forceOutbox?: boolean;
  /**
   * Called when a broken LISTEN connection was opened again: events sent meanwhile were missed, so what they would
   * have purged must be dropped (the app clears its page cache).
   */
  onResync?: () => void;
  /** First pause before opening a broken LISTEN connection again (1 s), doubled per failure up to 30 s. */
  reconnectMs?: number;
}

const MAX_RECONNECT_MS = 30_000;

export async function bridgeEventsThroughStore(bus: EventBus, cluster: ClusterStore, options: StoreBridgeOptions = {}): Promise<EventTransport> {
  const nodeId = options.nodeId ?? randomUUID();
  const now = options.now ?? (() => new Date());
  const retainMs = options.retainMs ?? 60_000;
  const report = (error: unknown) => options.onError?.(error);
  const notifications = options.forceOutbox ? undefined : cluster.notifications;
  const received = new WeakSet<HeraldEvent>();
  let closed = false;

  const deliver = (payload: string) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(payload) as Envelope;
    } catch (error) {
      return report(error);
    }
    if (envelope.origin === nodeId || typeof envelope.event?.type !== 'string') return;
    received.add(envelope.event);
    bus.emit(envelope.event);
  };

  // Outgoing: queued and written in order, a batch per turn of the event loop (one transaction for many events).
  let queue: string[] = [];
  let sending: Promise<void> = Promise.resolve();
  const send = async (payloads: string[]) => {
    if (!notifications) {
      await cluster.outbox.append(payloads.map((payload) => ({ origin: nodeId, payload })), now());
      return;
    }
    for (const payload of payloads) {
      if (Buffer.byteLength(payload) <= MAX_NOTIFY_BYTES) await notifications.notify(payload);
      else await notifications.notify(`${LARGE_PREFIX}${await cluster.outbox.append([{ origin: nodeId, payload }], now())}`);
    }
  };
  const unsubscribe = bus.onAny((event) => {
    if (received.has(event) || closed) return;
    if (queue.length === 0)
      sending = sending.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(() => {
        const batch = queue;
        queue = [];
        return send(batch).catch(report);
      });
    queue.push(JSON.stringify({ origin: nodeId, event } satisfies Envelope));
  });

  // Incoming.
  let listening: { close(): Promise<void> } | null = null;
  let healthy = true;
  let pollTimer: NodeJS.Timeout | undefined;
  let polling: Promise<void> = Promise.resolve();
  let reconnectTimer: NodeJS.Timeout | undefined;
  let reconnecting: Promise<void> = Promise.resolve();
  const firstReconnectMs = options.reconnectMs ?? 1000;
  let reconnectMs = firstReconnectMs;
  if (notifications) {
    const onPayload = (payload: string) => {
      if (!payload.startsWith(LARGE_PREFIX)) return deliver(payload);
      cluster.outbox.read(Number(payload.slice(LARGE_PREFIX.length))).then((row) => row && deliver(row.payload), report);
    };
    // A LISTEN connection that breaks (a database restart or failover, a killed backend) is opened again, with a
    // growing pause; until then connected() is false, so /readyz takes this node out rather than let it serve stale pages.
    const listen = async () => {
      listening = await notifications.listen(onPayload, (error) => {
        if (closed) return;
        healthy = false;
        report(error);
        scheduleReconnect();
      });
    };
    const scheduleReconnect = () => {
      if (closed || reconnectTimer) return;
      reconnectTimer = setTimeout(() => {
        reconnecting = (async () => {
          const broken = listening;
          listening = null;
          await broken?.close().catch(report);
          try {
            await listen();
          } catch (error) {
            report(error);
            reconnectMs = Math.min(reconnectMs * 2, MAX_RECONNECT_MS);
            reconnectTimer = undefined;
            return scheduleReconnect();
          }
          reconnectTimer = undefined;
          reconnectMs = firstReconnectMs;
          if (closed) return;
          healthy = true;
          options.onResync?.();
        })();
      }, reconnectMs);
      reconnectTimer.unref();
    };
    await listen();
  } else {
    let last = await cluster.outbox.lastId();
    const poll = async () => {
      for (;;) {
        const rows = await cluster.outbox.readAfter(last, 500);
        for (const row of rows) {
          last = row.id;
          if (row.origin !== nodeId) deliver(row.payload);
        }
        if (rows.length < 500) return;
      }
    };
    const schedule = () => {
      pollTimer = setTimeout(() => {
        polling = poll().then(
          () => void (healthy = true),
          (error: unknown) => {
            healthy = false;
            report(error);
          },
        ).finally(() => {
          if (!closed) schedule();
        });
      }, options.pollMs ?? 250);
      pollTimer.unref();
    };
    schedule();
  }
  // Pruning: any process may do it; deleting rows nobody needs twice is harmless.
  const pruneTimer = setInterval(() => {
    cluster.outbox.pruneBefore(new Date(now().getTime() - retainMs)).catch(report);
  }, Math.max(1000, retainMs / 2));
  pruneTimer.unref();

  let closing: Promise<void> | null = null;
  const flush = async () => {
    // A batch queued while an earlier one was sent chains onto `sending`; wait until nothing is left.
    for (let seen: Promise<void> | null = null; seen !== sending; ) {
      seen = sending;
      await seen;
    }
  };
  return {
    kind: notifications ? 'postgres' : 'outbox',
    nodeId,
    connected: () => healthy && !closed,
    flush,
    close() {
      closing ??= (async () => {
        unsubscribe();
        await flush();
        closed = true;
        clearTimeout(pollTimer);
        clearTimeout(reconnectTimer);
        clearInterval(pruneTimer);
        await polling;
        await reconnecting;
        await listening?.close();
      })();
      return closing;
    },
  };
}
