/**
 * The built-in search index per store kind, declared once: the schema the
 * migration creates, the writer the article writes call in their transaction,
 * and the reader the site and API query.
 */
import type { Kysely } from 'kysely';
import type { SearchIndex, SearchIndexWriter } from '../../operations/search-ports.js';
import type { StoreKind } from '../dialect.js';
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
