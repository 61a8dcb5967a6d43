/**
 * Stores opened below the Store port (the Kysely instance at hand), for suites
 * that look at SQL itself: SQLite always, PostgreSQL in a fresh schema when
 * HERALD_TEST_DATABASE_URL is set. Not migrated: the suite migrates.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { OpenedStore } from '../../src/storage/dialect.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir, postgresUrl } from './test-stores.js';

export type RawStoreKind = { name: 'sqlite' | 'postgres'; open(): Promise<{ opened: OpenedStore; dispose(): Promise<void> }> };

export const rawStoreKinds: RawStoreKind[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = makeTempDir();
      const opened = openSqlite(path.join(dir, 'herald.db'));
      return { opened, dispose: async () => (await opened.close(), fs.rmSync(dir, { recursive: true, force: true })) };
    },
  },
  ...(postgresUrl
    ? [
        {
          name: 'postgres' as const,
          async open() {
            const schema = `herald_plans_${randomBytes(6).toString('hex')}`;
            const admin = new pg.Client({ connectionString: postgresUrl });
            await admin.connect();
            await admin.query(`create schema ${schema}`);
            await admin.end();
            const opened = openPostgres(postgresUrl as string, { schema, maxConnections: 2 });
            return {
              opened,
              async dispose() {
                await opened.close();
                const cleanup = new pg.Client({ connectionString: postgresUrl });
                await cleanup.connect();
                await cleanup.query(`drop schema ${schema} cascade`);
                await cleanup.end();
              },
            };
          },
        },
      ]
    : []),
];

