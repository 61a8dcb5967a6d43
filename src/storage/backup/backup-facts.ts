/**
 * What a backup records about its database: the schema version (the newest
 * migration applied) and how many articles and images it holds. Read from the
 * copy for SQLite (so the numbers describe the backup, not the live store) and
 * from the live database for PostgreSQL.
 */
import BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { HeraldDatabase } from '../database.js';

export interface BackupFacts {
  schemaVersion: string;
  articles: number;
  images: number;
}

/**
 * Reads the facts from a SQLite backup copy and turns it into a plain rollback-journal
 * file, so the copy is one self-contained file (no -wal/-shm beside it); the
 * store switches it back to WAL when it opens it after a restore.
 */
export function finishSqliteCopy(file: string): BackupFacts {
  const db = new BetterSqlite3(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const one = (query: string) => db.prepare(query).get() as Record<string, unknown> | undefined;
    return {
      schemaVersion: String(one('select max(name) as v from kysely_migration')?.v ?? ''),
      articles: Number(one('select count(*) as n from articles')?.n ?? 0),
      images: Number(one('select count(*) as n from images')?.n ?? 0),
    };
  } finally {
    db.close();
  }
}

/** The migrations recorded in a SQLite database file (read-only), oldest first. */
export function sqliteMigrationNames(file: string): string[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

export async function readStoreFacts(db: Kysely<HeraldDatabase>): Promise<BackupFacts> {
  const version = await sql<{ v: string | null }>`select max(name) as v from kysely_migration`.execute(db);
  const articles = await sql<{ n: number | string }>`select count(*) as n from articles`.execute(db);
  const images = await sql<{ n: number | string }>`select count(*) as n from images`.execute(db);
  return {
    schemaVersion: version.rows[0]?.v ?? '',
    articles: Number(articles.rows[0]?.n ?? 0),
    images: Number(images.rows[0]?.n ?? 0),
  };
}
