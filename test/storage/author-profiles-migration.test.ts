/**
 * Migration 008 on SQLite and PostgreSQL: authors that existed before author
 * pages get unique slugs from their names (the first keeps the plain one),
 * and a second author with a taken slug is refused by the unique index.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { HeraldDatabase } from '../../src/storage/database.js';
import type { OpenedStore } from '../../src/storage/dialect.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir, postgresUrl } from '../helpers/test-stores.js';

interface RawStore {
  opened: OpenedStore;
  dispose(): Promise<void>;
}

const kinds: { name: string; open(): Promise<RawStore> }[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = makeTempDir();
      return { opened: openSqlite(path.join(dir, 'herald.db')), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
const pgUrl = postgresUrl;
if (pgUrl)
  kinds.push({
    name: 'postgres',
    async open() {
      const schema = `herald_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      return {
        opened: openPostgres(pgUrl, { schema, maxConnections: 2 }),
        async dispose() {
          const cleanup = new pg.Client({ connectionString: pgUrl });
          await cleanup.connect();
          await cleanup.query(`drop schema ${schema} cascade`);
          await cleanup.end();
        },
      };
    },
  });

const OLD_AUTHORS = ['Anna Berg', 'Anna Berg', 'Ánna Berg', '!!!', 'Omar Farouk Saleh', 'عمر فاروق'];

for (const kind of kinds) {
  describe(`migration 008-author-profiles on ${kind.name}`, () => {
    it('gives existing authors unique slugs from their names, oldest first, and enforces uniqueness', async () => {
      const raw = await kind.open();
      try {
        await migrateToLatest(raw.opened.db, raw.opened.dialect, { upTo: '006-article-images' });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const old = raw.opened.db as unknown as Kysely<any>;
        for (const [i, name] of OLD_AUTHORS.entries()) await old.insertInto('authors').values({ name, initials: `x${'a'.repeat(i)}`.slice(0, 6), bio: '' }).execute();

        expect(await migrateToLatest(raw.opened.db, raw.opened.dialect)).toContain('008-author-profiles');
        const store = createStore(raw.opened);
        const authors = await store.listAuthors();
        expect(authors.map((a) => a.slug)).toEqual(['anna-berg', 'anna-berg-2', 'anna-berg-3', 'author', 'omar-farouk-saleh', 'عمر-فاروق']);
        expect(authors.every((a) => a.title === '' && a.imageId === null)).toBe(true);

        const db = raw.opened.db as Kysely<HeraldDatabase>;
        await expect(db.insertInto('authors').values({ name: 'Copy', initials: 'c', bio: '', slug: 'anna-berg' }).execute()).rejects.toThrow();
        // A new author through the store gets the next free slug.
        const id = await store.transaction((tx) => tx.insertAuthor({ name: 'Anna Berg', initials: 'ab', bio: '' }));
        expect((await store.getAuthors([id]))[0]?.slug).toBe('anna-berg-4');
        await store.close();
      } finally {
        await raw.dispose();
      }
    });
  });
}
