/**
 * A consistent copy of a live SQLite database through SQLite's online backup
 * API (better-sqlite3 `db.backup`), never a file copy: copying `herald.db`
 * while the server writes would miss the WAL and could catch a page mid-write.
 *
 * The copy runs in steps so a server doing it keeps answering between them.
 * A stepped backup from a separate connection normally restarts whenever
 * another connection writes, and under a steady stream of publishes might
 * never finish. Holding one read transaction on the source connection for the
 * whole copy pins a single WAL snapshot: every step reads that snapshot, the
 * source pager never resets, so the copy never restarts, and writers go on
 * (in WAL mode a reader does not block them). The backup is the database as
 * it was when that read transaction began: every write acknowledged before it
 * is in the copy, whole; nothing later is, even in part.
 */
import BetterSqlite3 from 'better-sqlite3';

/** Pages copied per step (4 KiB each by default): about 4 MB between two turns of the event loop. */
const PAGES_PER_STEP = 1024;

export interface SqliteSnapshotResult {
  /** Pages copied. */
  pages: number;
}

export async function snapshotSqlite(
  sourceFile: string,
  targetFile: string,
  options: { onSnapshot?: () => void } = {},
): Promise<SqliteSnapshotResult> {
  const source = new BetterSqlite3(sourceFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    // BEGIN alone takes no snapshot; the first read does.
    source.exec('BEGIN');
    source.prepare('select count(*) from sqlite_master').get();
    options.onSnapshot?.();
    const progress = await source.backup(targetFile, { progress: () => PAGES_PER_STEP });
    source.exec('COMMIT');
    return { pages: progress.totalPages };
  } finally {
    source.close();
  }
}

/** `PRAGMA integrity_check` and `PRAGMA foreign_key_check` on a closed database file: the problems found, or none. */
export function checkSqliteFile(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    const problems = integrity.map((row) => row.integrity_check).filter((line) => line !== 'ok');
    const foreign = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const row of foreign.slice(0, 20)) problems.push(`${row.table} row ${row.rowid} refers to a missing ${row.parent} row`);
    return problems;
  } finally {
    db.close();
  }
}
