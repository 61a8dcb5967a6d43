/**
 * Keeps SQLite's planner statistics current (issue 12). Without `sqlite_stat1`
 * SQLite assumes any equality narrows to a few rows, and picked the status index
 * (nearly every article is published) over the embargo or listing indexes: a
 * scan of the archive. `PRAGMA optimize` picks the tables whose statistics are
 * missing or stale; run after the migrations at every start (SQLite's advice
 * for long-lived connections) and by `startPlannerStatisticsTimer` every few
 * hours. PostgreSQL's autovacuum keeps its own statistics.
 *
 * Only tables with an index are analysed. `analysis_limit` bounds the rows
 * ANALYZE samples in each index, but a table with none (the full-text index's
 * content, data and docsize tables, `search_documents`, small lookup tables)
 * can only be counted, by reading every page of it: at a million articles the
 * first start after an import spent 5 s (warm) to 21 s (cold disk) counting the
 * search tables, and the timer would have blocked the event loop as long.
 * Their statistics would be a row count and nothing else: nothing the planner
 * chooses between, as they are read by rowid (FTS5 reads its own tables by key).
 */
import { sql, type Kysely } from 'kysely';
import type { HeraldDatabase } from './database.js';
import type { OpenedStore } from './dialect.js';

/** `PRAGMA optimize` mask bits (https://sqlite.org/pragma.html#pragma_optimize). */
const DEBUG_ONLY_LIST = 0x1;
const ANALYZE_TABLES = 0x2;
const LIMIT_ANALYZE = 0x10;
const CHECK_ALL_TABLES = 0x10000;

export async function refreshPlannerStatistics(opened: OpenedStore, options: { firstRun?: boolean } = {}): Promise<void> {
  if (opened.dialect.kind !== 'sqlite') return;
  await sql`PRAGMA analysis_limit = 1000`.execute(opened.db);
  // On first use all tables are checked (also those never analysed); later only those this connection has used.
  const mask = ANALYZE_TABLES | LIMIT_ANALYZE | (options.firstRun ? CHECK_ALL_TABLES : 0);
  for (const table of await tablesOptimizeWouldAnalyse(opened.db, mask)) {
    if (!(await hasIndex(opened.db, table))) continue;
    // better-sqlite3 is synchronous: with the event loop turning before each table, a refresh on the timer after a
    // large import holds requests up for one table's ANALYZE at most, not for all of them in a row.
    await new Promise<void>((resolve) => setImmediate(resolve));
    await sql`ANALYZE ${sql.id(table)}`.execute(opened.db);
  }
}

/** What `PRAGMA optimize` would run, asked in its debug mode (which runs nothing): one `ANALYZE "main"."t"` a row. */
async function tablesOptimizeWouldAnalyse(db: Kysely<HeraldDatabase>, mask: number): Promise<string[]> {
  const planned = await sql<{ optimize: string }>`PRAGMA optimize = ${sql.raw(String(mask | DEBUG_ONLY_LIST))}`.execute(db);
  return planned.rows.flatMap(({ optimize }) => {
    const table = /^ANALYZE "main"\."((?:[^"]|"")+)"$/.exec(optimize)?.[1];
    return table === undefined ? [] : [table.replaceAll('""', '"')];
  });
}

/** A WITHOUT ROWID table's primary key counts: it is an index ANALYZE samples within the limit. */
async function hasIndex(db: Kysely<HeraldDatabase>, table: string): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from pragma_index_list(${table})`.execute(db);
  return Number(rows[0]?.n ?? 0) > 0;
}

/** Re-runs `PRAGMA optimize` every few hours; the timer never keeps the process alive. */
export function startPlannerStatisticsTimer(opened: OpenedStore, everyMs = 4 * 60 * 60 * 1000): () => void {
  if (opened.dialect.kind !== 'sqlite') return () => {};
  const timer = setInterval(() => void refreshPlannerStatistics(opened).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
