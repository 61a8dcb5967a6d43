/**
 * Migration 015 on SQLite and PostgreSQL: revisions stored before it (no kind,
 * no note) are labelled from their summary; an article submitted before it
 * still appears in the review list, with no submitter or note.
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
  describe(`migration 015-revision-kinds on ${kind.name}`, () => {
    it('labels older revisions from their summary and lists older submissions for review', async () => {
      const raw = await kind.open();
      try {
        await migrateToLatest(raw.opened.db, raw.opened.dialect, { upTo: '012-image-uses' });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const old = raw.opened.db as unknown as Kysely<any>;
        await old.insertInto('editions').values({
          code: 'en', lang: 'en', name: 'English', dir: 'ltr', time_zone: 'UTC', locale: 'en-GB', numbering_system: 'latn', site_title: 'Herald',
        }).execute();
        await old.insertInto('sections').values({ edition_code: 'en', slug: 'city', path: 'city', name: 'City' }).execute();
        const sectionId = Number((await old.selectFrom('sections').select('id').executeTakeFirstOrThrow()).id);
        const at = '2026-01-01T10:00:00.000Z';
        await old.insertInto('articles').values({
          short_id: 'abc234', edition_code: 'en', slug: 'old', headline: 'Old story', body: '[]', section_id: sectionId, status: 'in_review',
          updated_at: at, created_at: at, revision: 3,
        }).execute();
        const snapshot = JSON.stringify({ headline: 'Old story' });
        for (const [revision, summary] of [[1, 'created'], [2, 'headline, body'], [3, 'submitted for review']] as const)
          await old.insertInto('article_revisions').values({ article_id: 1, revision, user_id: null, snapshot, summary, created_at: at }).execute();

        expect(await migrateToLatest(raw.opened.db, raw.opened.dialect)).toContain('015-revision-kinds');
        const store = createStore(raw.opened);
        expect((await store.listRevisions(1)).map((r) => [r.revision, r.kind, r.note])).toEqual([[3, 'submitted', null], [2, 'saved', null], [1, 'created', null]]);
        expect(await store.latestReviewNote(1)).toBeNull();
        expect(await store.listAwaitingReview({ editionCodes: ['en'], limit: 10 })).toEqual({
          total: 1,
          items: [{ articleId: 1, editionCode: 'en', headline: 'Old story', revision: 3, submittedAt: at, submittedBy: null, note: null }],
        });
        await store.close();
      } finally {
        await raw.dispose();
      }
    });
  });
}
