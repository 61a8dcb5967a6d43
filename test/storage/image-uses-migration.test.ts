/**
 * Migration 012 on SQLite and PostgreSQL: articles written before it keep
 * showing the media library's caption and alt (the new columns are null), and
 * the store writes and reads the per-article lead caption/alt afterwards.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { OpenedStore } from '../../src/storage/dialect.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir, postgresUrl } from '../helpers/test-stores.js';

const kinds: { name: string; open(): Promise<{ opened: OpenedStore; dispose(): Promise<void> }> }[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = makeTempDir();
      return { opened: openSqlite(path.join(dir, 'herald.db')), dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (postgresUrl) {
  const url = postgresUrl;
  const run = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  kinds.push({
    name: 'postgres',
    async open() {
      const schema = `herald_test_${randomBytes(6).toString('hex')}`;
      await run(`create schema ${schema}`);
      return { opened: openPostgres(url, { schema, maxConnections: 2 }), dispose: () => run(`drop schema ${schema} cascade`) };
    },
  });
}

for (const kind of kinds) {
  describe(`migration 012-image-uses on ${kind.name}`, () => {
    it('leaves existing articles on the library text and stores per-article lead caption/alt', async () => {
      const raw = await kind.open();
      try {
        await migrateToLatest(raw.opened.db, raw.opened.dialect, { upTo: '010-webhooks' });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const old = raw.opened.db as unknown as Kysely<any>;
        await old.insertInto('editions').values({
          code: 'de', lang: 'de', name: 'Deutsch', dir: 'ltr', time_zone: 'Europe/Berlin', locale: 'de-DE', numbering_system: 'latn', site_title: 'Welt',
        }).execute();
        await old.insertInto('sections').values({ edition_code: 'de', slug: 'welt', path: 'welt', name: 'Welt' }).execute();
        const sectionId = Number((await old.selectFrom('sections').select('id').executeTakeFirstOrThrow()).id);
        const at = '2026-01-01T10:00:00.000Z';
        await old.insertInto('articles').values({
          short_id: 'abc234', edition_code: 'de', slug: 'alt', headline: 'Alt', body: '[]', section_id: sectionId, status: 'draft', updated_at: at, created_at: at,
        }).execute();

        expect(await migrateToLatest(raw.opened.db, raw.opened.dialect)).toContain('012-image-uses');
        const store = createStore(raw.opened);
        const before = await store.getArticle(1);
        expect(before).toMatchObject({ leadImageCaption: null, leadImageAlt: null });

        await store.transaction((tx) => tx.updateArticle(1, before!.revision, { leadImageCaption: 'Das Parlament', leadImageAlt: 'Säulen unter einem Dach' }));
        expect(await store.getArticle(1)).toMatchObject({ leadImageCaption: 'Das Parlament', leadImageAlt: 'Säulen unter einem Dach' });
        await store.transaction((tx) => tx.updateArticle(1, before!.revision + 1, { leadImageCaption: null }));
        expect(await store.getArticle(1)).toMatchObject({ leadImageCaption: null, leadImageAlt: 'Säulen unter einem Dach' });
        await store.close();
      } finally {
        await raw.dispose();
      }
    });
  });
}
