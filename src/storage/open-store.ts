/** Chooses the store from configuration: PostgreSQL when a URL is given, else SQLite in the data folder. */
import path from 'node:path';
import type { OpenedStore } from './dialect.js';
import { openPostgres } from './postgres/open-postgres.js';
import { openSqlite } from './sqlite/open-sqlite.js';

export function openStore(options: { dataDir: string; databaseUrl?: string | undefined }): OpenedStore {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openSqlite(path.join(options.dataDir, 'herald.db'));
}
