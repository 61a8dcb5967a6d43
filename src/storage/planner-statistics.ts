/**
 * Keeps SQLite's planner statistics current (issue 12). Without `sqlite_stat1`
 * SQLite assumes any equality narrows to a few rows, and picked the status index
 * (nearly every article is published) over the embargo or listing indexes: a
 * scan of the archive. `PRAGMA optimize` with `analysis_limit` analyses only
 * tables whose statistics are missing or stale, sampling a bounded number of
 * rows, so it costs milliseconds even at a million articles. Run after the
 * migrations at every start (SQLite's advice for long-lived connections) and by
 * `startPlannerStatisticsTimer` every few hours. PostgreSQL's autovacuum keeps
 * its own statistics.
 */
import { sql } from 'kysely';
import type { OpenedStore } from './dialect.js';

export async function refreshPlannerStatistics(opened: OpenedStore, options: { firstRun?: boolean } = {}): Promise<void> {
  if (opened.dialect.kind !== 'sqlite') return;
  await sql`PRAGMA analysis_limit = 1000`.execute(opened.db);
  // 0x10002 on first use: also analyse tables that have no statistics yet.
  if (options.firstRun) await sql`PRAGMA optimize = 0x10002`.execute(opened.db);
  else await sql`PRAGMA optimize`.execute(opened.db);
}

/** Re-runs `PRAGMA optimize` every few hours; the timer never keeps the process alive. */
export function startPlannerStatisticsTimer(opened: OpenedStore, everyMs = 4 * 60 * 60 * 1000): () => void {
  if (opened.dialect.kind !== 'sqlite') return () => {};
  const timer = setInterval(() => void refreshPlannerStatistics(opened).catch(() => {}), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
