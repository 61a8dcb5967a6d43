/** Read-count queries ("Most read"), written once for every store. */
import { sql, type Kysely } from 'kysely';
import type { ReadCountStore } from '../operations/read-count-ports.js';
import type { HeraldDatabase } from './database.js';
import { rowLimit } from './row-limit.js';

/** Table type of migration 017; src/storage/database.ts lists it. */
export interface ArticleReadCountTable {
  article_id: number;
  hour: string;
  count: number;
}

/** Rows per statement: far below SQLite's bound-parameter limit (3 per row). */
const CHUNK = 500;

export function readCountStore(db: Kysely<HeraldDatabase>): ReadCountStore {
  return {
    async addReadCounts(buckets) {
      // One row per (article, hour): PostgreSQL refuses an upsert that touches a row twice in one statement.
      const merged = new Map<string, { article_id: number; hour: string; count: number }>();
      for (const b of buckets) {
        if (b.count <= 0) continue;
        const key = `${b.articleId} ${b.hour}`;
        const row = merged.get(key);
        if (row) row.count += b.count;
        else merged.set(key, { article_id: b.articleId, hour: b.hour, count: b.count });
      }
      const rows = [...merged.values()];
      if (rows.length === 0) return;
      const write = async (trx: Kysely<HeraldDatabase>) => {
        for (let i = 0; i < rows.length; i += CHUNK)
          await trx
            .insertInto('article_read_counts')
            .values(rows.slice(i, i + CHUNK))
            .onConflict((oc) =>
              oc.columns(['article_id', 'hour']).doUpdateSet({ count: sql<number>`article_read_counts.count + excluded.count` }),
            )
            .execute();
      };
      if (rows.length <= CHUNK) return write(db);
      await db.transaction().execute(write);
    },
    async listMostRead(q) {
      const rows = await db
        .selectFrom('article_read_counts as rc')
        // A cross join with the condition below: SQLite then keeps `rc` (a day's rows, by the hour index) as the outer
        // loop and finds each article by id, where it otherwise walked the edition's articles: 5-7 s per edition at a
        // million articles, on the event loop (issue 12). PostgreSQL plans both spellings alike.
        .crossJoin('articles as a')
        .whereRef('a.id', '=', 'rc.article_id')
        .select(['rc.article_id', sql<number | string>`sum(rc.count)`.as('reads')])
        .where('rc.hour', '>=', q.sinceHour)
        .where('a.edition_code', '=', q.editionCode)
        .where('a.status', '=', 'published')
        .where('a.first_published_at', 'is not', null)
        .where('a.first_published_at', '<=', q.now)
        .where((eb) => eb.or([eb('a.embargo_until', 'is', null), eb('a.embargo_until', '<=', q.now)]))
        .groupBy('rc.article_id')
        .orderBy(sql`sum(rc.count)`, 'desc')
        .orderBy('rc.article_id', 'desc')
        .limit(rowLimit(q.limit))
        .execute();
      return rows.map((r) => ({ articleId: Number(r.article_id), reads: Number(r.reads) }));
    },
    async pruneReadCounts(beforeHour) {
      const result = await db.deleteFrom('article_read_counts').where('hour', '<', beforeHour).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
