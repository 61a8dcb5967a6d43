/**
 * Live TV (issue 10): one live stream per edition (its HLS playlist URL and a
 * title) and the programme schedule beside it. Slots are kept as UTC ISO
 * instants, so "today" in the edition's time zone is a range query on
 * (edition_code, starts_at); overlaps are refused by the operation, not by a
 * constraint, because neither SQLite nor a plain PostgreSQL index can say
 * "no two ranges intersect" portably.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('live_streams')
    .addColumn('edition_code', 'text', (c) => c.primaryKey().references('editions.code'))
    .addColumn('hls_url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await dialect
    .addIdColumn(db.schema.createTable('broadcast_slots'))
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('broadcast_slots_edition_start_idx').on('broadcast_slots').columns(['edition_code', 'starts_at']).execute();
}
