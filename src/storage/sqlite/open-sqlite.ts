/**
 * The embedded store: one SQLite file in WAL mode with foreign keys enforced.
 * synchronous=NORMAL is durable across process crashes in WAL mode (only an OS
 * crash can lose the last transactions), which is the trade-off SQLite itself
 * recommends for WAL.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { HeraldDatabase } from '../database.js';
import type { OpenedStore, StoreDialect } from '../dialect.js';

export const sqliteDialect = (file: string): StoreDialect => ({
  kind: 'sqlite',
  describe: `SQLite at ${file}`,
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
  addIdColumn: (table) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
});

export function openSqlite(file: string): OpenedStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<HeraldDatabase>({ dialect: new SqliteDialect({ database }) });
  return {
    db,
    dialect: sqliteDialect(file),
    close: () => db.destroy(),
  };
}
