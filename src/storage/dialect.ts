/**
 * What differs between the stores, declared once. Everything else (queries,
 * migrations) is written once against Kysely and these capabilities.
 */
import type { ColumnDefinitionBuilder, CreateTableBuilder, Kysely } from 'kysely';
import type { HeraldDatabase } from './database.js';

export type StoreKind = 'sqlite' | 'postgres';

export interface StoreDialect {
  kind: StoreKind;
  /** Adds an auto-incrementing integer primary key column named `id`. */
  addIdColumn<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
  /** True when `error` is the store's unique-constraint violation. */
  isUniqueViolation(error: unknown): boolean;
  /** The schema holding Herald's tables where the store has schemas (PostgreSQL), so migrations look only there. */
  schema?: string;
  /** Human-readable description of where the data lives (for logs). */
  describe: string;
}

export interface OpenedStore {
  db: Kysely<HeraldDatabase>;
  dialect: StoreDialect;
  /** PostgreSQL: LISTEN on `channel` over a pooled connection of its own, held until closed (src/storage/cluster-store.ts). */
  listen?(channel: string, onPayload: (payload: string) => void, onError: (error: unknown) => void): Promise<{ close(): Promise<void> }>;
  /** SQLite: the database file (absent in memory), for connections of their own such as the search worker's. */
  file?: string;
  close(): Promise<void>;
}

export const noColumnOptions = (column: ColumnDefinitionBuilder) => column;
