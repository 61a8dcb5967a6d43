/**
 * The one way a process hears other processes' events, chosen at start-up
 * (docs/adr/0008-cross-process-events.md): Redis when REDIS_URL is set, else
 * the store itself (PostgreSQL LISTEN/NOTIFY, or the SQLite outbox). The
 * server and the command-line tools both use it, so `herald ingest` reaches
 * the desks open on a running server and purges its page cache.
 */
import type { ClusterStore } from '../operations/cluster-ports.js';
import type { EventBus } from './event-bus.js';
import { bridgeEventsThroughStore, type EventTransport, type StoreBridgeOptions } from './store-event-bridge.js';

export type { EventTransport } from './store-event-bridge.js';

export interface TransportOptions extends Pick<StoreBridgeOptions, 'pollMs' | 'onError' | 'onResync'> {
  redisUrl?: string | undefined;
  redisChannel?: string;
  nodeId?: string;
}

export async function connectEventTransport(bus: EventBus, cluster: ClusterStore, options: TransportOptions): Promise<EventTransport> {
  const { redisUrl, redisChannel, ...rest } = options;
  if (!redisUrl) return bridgeEventsThroughStore(bus, cluster, rest);
  // ioredis loads only when Redis is configured: a process without it starts faster.
  const { bridgeEventsThroughRedis } = await import('./redis-event-bridge.js');
  const bridge = await bridgeEventsThroughRedis(bus, {
    url: redisUrl,
    ...(redisChannel ? { channel: redisChannel } : {}),
    ...(rest.nodeId ? { nodeId: rest.nodeId } : {}),
    ...(rest.onError ? { onError: rest.onError } : {}),
    ...(rest.onResync ? { onResync: rest.onResync } : {}),
  });
  let closing: Promise<void> | null = null;
  return {
    kind: 'redis',
    nodeId: bridge.nodeId,
    connected: bridge.connected,
    // ioredis sends queued commands before QUIT, so closing is the flush.
    flush: async () => {},
    close: () => (closing ??= bridge.close()),
  };
}
