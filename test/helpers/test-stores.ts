/**
 * The stores every storage and HTTP suite runs against: SQLite always, and
 * PostgreSQL when HERALD_TEST_DATABASE_URL is set (each suite in a fresh
 * schema, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Store } from '../../src/operations/ports.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';

export interface TestStore {
  store: Store;
  dataDir: string;
  /** For PostgreSQL: the URL whose search_path selects this test's schema. */
  databaseUrl?: string;
  dispose(): Promise<void>;
}

export interface TestStoreKind {
  name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

export const postgresUrl = process.env.HERALD_TEST_DATABASE_URL;

export function makeTempDir(prefix = 'herald-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A migrated SQLite store in `dataDir` (empty, or a copy of the seeded template), removed with the folder on dispose. */
export async function openSqliteTestStore(dataDir: string): Promise<TestStore> {
  const store = await openMigratedStore(openSqlite(path.join(dataDir, 'herald.db')));
  return {
    store,
    dataDir,
    async dispose() {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const sqliteKind: TestStoreKind = {
  name: 'sqlite',
  open: () => openSqliteTestStore(makeTempDir()),
};

const postgresKind: TestStoreKind = {
  name: 'postgres',
  async open() {
    const url = postgresUrl as string;
    const schema = `herald_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const dataDir = makeTempDir();
    const store = await openMigratedStore(openPostgres(url, { schema, maxConnections: 4 }));
    const separator = url.includes('?') ? '&' : '?';
    return {
      store,
      dataDir,
      databaseUrl: `${url}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}`,
      async dispose() {
        await store.close();
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        await cleanup.query(`drop schema ${schema} cascade`);
        await cleanup.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

export const testStoreKinds: TestStoreKind[] = postgresUrl ? [sqliteKind, postgresKind] : [sqliteKind];

if (!postgresUrl && !process.env.HERALD_PG_SKIP_NOTICE_SHOWN) {
  process.env.HERALD_PG_SKIP_NOTICE_SHOWN = '1';
  console.log('skipped: PostgreSQL runs of the store and HTTP suites (set HERALD_TEST_DATABASE_URL to run them)');
}
