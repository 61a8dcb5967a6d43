/**
 * Cross-process events and the leader lease (docs/adr/0008-cross-process-events.md).
 * `event_outbox` carries events between processes sharing one SQLite file
 * (cluster workers, command-line tools), which have no Redis and no NOTIFY;
 * on PostgreSQL it holds only payloads too large for a NOTIFY. Rows are read
 * by primary key (`id > last`) and pruned after a minute. `leases` names the
 * one process that runs the timers (scheduler, backups, webhooks, wire folders).
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('event_outbox'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_outbox_created_at').on('event_outbox').column('created_at').execute();
  await db.schema
    .createTable('leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
}
