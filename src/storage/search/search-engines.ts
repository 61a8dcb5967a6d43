/**
 * The built-in search index per store kind, declared once: the schema the
 * migration creates, the writer the article writes call in their transaction,
 * and the reader the site and API query.
 */
import type { Kysely } from 'kysely';
import type { SearchIndex, SearchIndexWriter } from '../../operations/search-ports.js';
import type { OpenedStore, StoreKind } from '../dialect.js';
import { offThreadSqliteSearch } from './off-thread-search.js';
import { POSTGRES_SEARCH_SCHEMA, postgresSearchIndex, postgresSearchWriter } from './postgres-search.js';
import { SQLITE_SEARCH_SCHEMA, sqliteSearchIndex, sqliteSearchWriter } from './sqlite-search.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- search tables are outside the typed schema
type Db = Kysely<any>;

interface SearchEngine {
  /** DDL statements, run by migration 007. */
  schema: string[];
  writer(db: Db): SearchIndexWriter;
  index(db: Db): SearchIndex;
}

export const SEARCH_ENGINES: Record<StoreKind, SearchEngine> = {
  sqlite: { schema: SQLITE_SEARCH_SCHEMA, writer: sqliteSearchWriter, index: sqliteSearchIndex },
  postgres: { schema: POSTGRES_SEARCH_SCHEMA, writer: postgresSearchWriter, index: postgresSearchIndex },
};

/**
 * The reader's search index for an opened store, and how to stop it. A SQLite
 * file is searched from a worker thread (src/storage/search/off-thread-search.ts);
 * an in-memory SQLite database has no file another connection could open, so
 * it is searched inline (tests only). PostgreSQL is asynchronous already.
 */
export function openSearchIndex(opened: OpenedStore): { index: SearchIndex; close(): Promise<void> } {
  if (opened.dialect.kind === 'sqlite' && opened.file) {
    const index = offThreadSqliteSearch(opened.db, opened.file);
    return { index, close: () => index.close() };
  }
  return { index: SEARCH_ENGINES[opened.dialect.kind].index(opened.db), close: async () => {} };
}
