/** Chooses the store from configuration: PostgreSQL when a URL is given, else SQLite in the data folder. */
import path from 'node:path';
import type { OpenedStore } from './dialect.js';
import { openPostgres } from './postgres/open-postgres.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import type { QueryObserver } from './query-timing.js';

export function openStore(options: { dataDir: string; databaseUrl?: string | undefined; onQuery?: QueryObserver }): OpenedStore {
  const timing = options.onQuery ? { onQuery: options.onQuery } : {};
  if (options.databaseUrl) return openPostgres(options.databaseUrl, timing);
  return openSqlite(path.join(options.dataDir, 'herald.db'), timing);
}
