/**
 * What several Herald processes on one store share besides the content: a
 * channel for events (docs/adr/0008-cross-process-events.md) and named leases
 * that make exactly one process run the timers. Implemented in
 * src/storage/cluster-store.ts for both stores.
 */

export interface OutboxEvent {
  id: number;
  /** The sending process; a process skips its own rows. */
  origin: string;
  payload: string;
}

export interface EventOutbox {
  /** Appends events in order, in one transaction; resolves to the last id written. */
  append(rows: { origin: string; payload: string }[], at: Date): Promise<number>;
  /** Rows after `afterId`, oldest first (a primary-key range: cheap enough to poll). */
  readAfter(afterId: number, limit: number): Promise<OutboxEvent[]>;
  read(id: number): Promise<OutboxEvent | undefined>;
  /** The newest id, 0 when empty: a process starting up reads only what comes after it. */
  lastId(): Promise<number>;
  /** Removes rows written before `at`; resolves to how many. */
  pruneBefore(at: Date): Promise<number>;
}

export interface StoreNotifications {
  /** PostgreSQL NOTIFY on this store's channel (payload under 8000 bytes). */
  notify(payload: string): Promise<void>;
  /** LISTEN on a connection of its own, held until `close`. */
  listen(onPayload: (payload: string) => void, onError: (error: unknown) => void): Promise<{ close(): Promise<void> }>;
}

export interface LeaseStore {
  /**
   * Takes or renews the lease `name` for `holder` until `expiresAt`, atomically:
   * succeeds when nobody holds it, `holder` already does, or the holder's lease
   * ran out before `now`. Resolves to whether `holder` holds it now.
   */
  acquire(name: string, holder: string, now: Date, expiresAt: Date): Promise<boolean>;
  /** Gives the lease up if `holder` has it (a clean shutdown hands over at once). */
  release(name: string, holder: string): Promise<void>;
}

export interface ClusterStore {
  outbox: EventOutbox;
  leases: LeaseStore;
  /** Present on PostgreSQL only. */
  notifications?: StoreNotifications;
}
