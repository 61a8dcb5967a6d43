/**
 * The event outbox, PostgreSQL NOTIFY and the leases (src/operations/cluster-ports.ts,
 * migration 018). Times are ISO strings, compared as text like every other
 * timestamp in the schema.
 */
import { sql, type Generated, type Kysely } from 'kysely';
import type { ClusterStore, OutboxEvent } from '../operations/cluster-ports.js';
import type { HeraldDatabase } from './database.js';
import type { OpenedStore } from './dialect.js';

interface EventOutboxTable {
  id: Generated<number>;
  origin: string;
  payload: string;
  created_at: string;
}

interface LeaseTable {
  name: string;
  holder: string;
  expires_at: string;
}

interface ClusterTables {
  event_outbox: EventOutboxTable;
  leases: LeaseTable;
}

const toEvent = (row: { id: number | string; origin: string; payload: string }): OutboxEvent => ({
  id: Number(row.id), origin: row.origin, payload: row.payload,
});

export function clusterStore(opened: OpenedStore): ClusterStore {
  const db = opened.db as unknown as Kysely<ClusterTables & HeraldDatabase>;
  const store: ClusterStore = {
    outbox: {
      async append(rows, at) {
        if (rows.length === 0) return 0;
        const created_at = at.toISOString();
        const written = await db
          .insertInto('event_outbox')
          .values(rows.map((row) => ({ origin: row.origin, payload: row.payload, created_at })))
          .returning('id')
          .execute();
        return Math.max(...written.map((row) => Number(row.id)));
      },
      async readAfter(afterId, limit) {
        const rows = await db.selectFrom('event_outbox').select(['id', 'origin', 'payload']).where('id', '>', afterId).orderBy('id').limit(limit).execute();
        return rows.map(toEvent);
      },
      async read(id) {
        const row = await db.selectFrom('event_outbox').select(['id', 'origin', 'payload']).where('id', '=', id).executeTakeFirst();
        return row ? toEvent(row) : undefined;
      },
      async lastId() {
        const row = await db.selectFrom('event_outbox').select((eb) => eb.fn.max('id').as('last')).executeTakeFirst();
        return Number(row?.last ?? 0);
      },
      async pruneBefore(at) {
        const result = await db.deleteFrom('event_outbox').where('created_at', '<', at.toISOString()).executeTakeFirst();
        return Number(result.numDeletedRows);
      },
    },
    leases: {
      async acquire(name, holder, now, expiresAt) {
        // One statement: the insert, or the update when the row is ours or expired; nobody can slip in between.
        const rows = await db
          .insertInto('leases')
          .values({ name, holder, expires_at: expiresAt.toISOString() })
          .onConflict((conflict) =>
            conflict.column('name').doUpdateSet({ holder, expires_at: expiresAt.toISOString() }).where((eb) =>
              eb.or([eb('leases.holder', '=', holder), eb('leases.expires_at', '<', now.toISOString())]),
            ),
          )
          .returning('holder')
          .execute();
        return rows.length === 1 && rows[0]?.holder === holder;
      },
      async release(name, holder) {
        await db.deleteFrom('leases').where('name', '=', name).where('holder', '=', holder).execute();
      },
    },
  };
  const listen = opened.listen;
  if (opened.dialect.kind === 'postgres' && listen) {
    // NOTIFY channels are per database, not per schema: each schema (each Herald, each test) gets its own.
    let channel: Promise<string> | null = null;
    const channelName = () =>
      (channel ??= sql<{ schema: string }>`select current_schema() as schema`
        .execute(db)
        .then((result) => `herald_events_${result.rows[0]?.schema ?? 'public'}`.slice(0, 63)));
    store.notifications = {
      async notify(payload) {
        await sql`select pg_notify(${await channelName()}, ${payload})`.execute(db);
      },
      async listen(onPayload, onError) {
        return listen(await channelName(), onPayload, onError);
      },
    };
  }
  return store;
}
