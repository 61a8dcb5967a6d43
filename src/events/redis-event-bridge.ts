/**
 * Carries events between Herald nodes through Redis pub/sub, so a publish on
 * one node purges page caches, reloads curation and feeds live desks on every
 * node. Each node tags what it sends with its id and ignores its own echo;
 * events received from Redis are re-emitted locally but never re-sent.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { HeraldEvent } from '../domain/events.js';
import type { EventBus } from './event-bus.js';

export interface RedisEventBridge {
  nodeId: string;
  /** Both connections are up (for /readyz): a node that cannot hear purges would serve stale pages. */
  connected(): boolean;
  close(): Promise<void>;
}

interface Envelope {
  origin: string;
  event: HeraldEvent;
}

export async function bridgeEventsThroughRedis(
  bus: EventBus,
  options: { url: string; channel?: string; nodeId?: string; onError?: (error: unknown) => void; onResync?: () => void },
): Promise<RedisEventBridge> {
  const nodeId = options.nodeId ?? randomUUID();
  const channel = options.channel ?? 'herald:events';
  const connection = { lazyConnect: true, maxRetriesPerRequest: 3 };
  // Named, so `CLIENT LIST` on the Redis server tells which node and which side each connection is.
  const publisher = new Redis(options.url, { ...connection, connectionName: `herald:${nodeId}:publish` });
  const subscriber = new Redis(options.url, { ...connection, connectionName: `herald:${nodeId}:subscribe` });
  const report = (error: unknown) => options.onError?.(error);
  publisher.on('error', report);
  subscriber.on('error', report);
  await Promise.all([publisher.connect(), subscriber.connect()]);

  const received = new WeakSet<HeraldEvent>();
  subscriber.on('message', (_channel: string, message: string) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(message) as Envelope;
    } catch (error) {
      return report(error);
    }
    if (envelope.origin === nodeId || typeof envelope.event?.type !== 'string') return;
    received.add(envelope.event);
    bus.emit(envelope.event);
  });
  await subscriber.subscribe(channel);
  // ioredis reconnects and subscribes again by itself; what was published meanwhile never arrives, so say so.
  let lostSubscriber = false;
  subscriber.on('close', () => void (lostSubscriber = true));
  subscriber.on('ready', () => {
    if (!lostSubscriber) return;
    lostSubscriber = false;
    options.onResync?.();
  });

  const unsubscribe = bus.onAny((event) => {
    if (received.has(event)) return;
    publisher.publish(channel, JSON.stringify({ origin: nodeId, event } satisfies Envelope)).catch(report);
  });

  return {
    nodeId,
    connected: () => publisher.status === 'ready' && subscriber.status === 'ready',
    async close() {
      unsubscribe();
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}
