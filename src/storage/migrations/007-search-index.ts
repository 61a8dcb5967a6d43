/**
 * The reader search index (src/storage/search/): created per store kind, then
 * filled with every published article, in batches, inside the migration's
 * transaction. From here on the article writes keep it in step.
 */
import { sql, type Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';
import { SEARCH_ENGINES } from '../search/search-engines.js';
import { syncSearchDocuments } from '../search/search-documents.js';

const BATCH = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  const engine = SEARCH_ENGINES[dialect.kind];
  for (const statement of engine.schema) await sql.raw(statement).execute(db);
  const writer = engine.writer(db);
  let after = 0;
  for (;;) {
    const rows: { id: number }[] = await db
      .selectFrom('articles')
      .select('id')
      .where('id', '>', after)
      .where('status', '=', 'published')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    await syncSearchDocuments(db, writer, rows.map((r) => Number(r.id)));
    after = Number(rows[rows.length - 1]!.id);
  }
}
