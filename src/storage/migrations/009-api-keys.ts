/**
 * Content API keys (issue 8). Only the sha256 of a key is stored, never the
 * key itself; `key_prefix` (the first characters, not secret on their own)
 * lets admins tell keys apart in lists. Revoked keys are kept (with
 * `revoked_at`) so the audit log's "#id" stays meaningful.
 *
 * Also the Content API's article order: an index on (change time, id), the
 * change time being the expression src/storage/public-content-reads.ts
 * orders and pages by, so a page is an index range rather than a sort of
 * every public article. Both stores index expressions and use such an index
 * when the query repeats the expression.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('api_keys'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_prefix', 'text', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer')
    .addColumn('revoked_at', 'text')
    .execute();
  await sql`create index articles_api_order_idx on articles ((case when embargo_until is not null and embargo_until > updated_at then embargo_until else updated_at end), id)`.execute(db);
}
