/**
 * Queries compiled once per shape (src/storage/compiled-queries.ts) answer
 * exactly what the same Kysely query built afresh answers, on both stores:
 * the store's hot reads are compared with the same reads on the same database
 * through a Kysely instance with a pass-through plugin (which always builds
 * afresh), and defined queries are compared with their builder run directly.
 */
import { sql, type Kysely, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentReader, ListingQuery, Store } from '../../src/operations/ports.js';
import { LIVE_STATES } from '../../src/domain/live-coverage.js';
import { compiledShapeCount, defineQuery, MAX_COMPILED_SHAPES } from '../../src/storage/compiled-queries.js';
import { contentReads } from '../../src/storage/content-reads.js';
import type { HeraldDatabase } from '../../src/storage/database.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { rowLimit } from '../../src/storage/row-limit.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { listingArticle, SEED_NOW, seedListingArticles } from '../helpers/listing-seed.js';
import { rawStoreKinds, type RawStoreKind } from '../helpers/raw-test-stores.js';

type Db = Kysely<HeraldDatabase>;

const passThrough: KyselyPlugin = { transformQuery: ({ node }) => node, transformResult: async ({ result }) => result };

const articlesIn = defineQuery((db: Db, p: { ids: number[]; status: string }, written: { limit: number }) =>
  db.selectFrom('articles').select(['id', 'headline']).where('id', 'in', p.ids).where('status', '=', p.status).orderBy('id').limit(rowLimit(written.limit)),
);
const byOptionalSection = defineQuery((db: Db, p: { editionCode: string; sectionId?: number | undefined }) => {
  let query = db.selectFrom('articles').select(['id']).where('edition_code', '=', p.editionCode);
  if (p.sectionId !== undefined) query = query.where('section_id', '=', p.sectionId);
  return query.orderBy('id').limit(5);
});
const writtenIntoSql = defineQuery((db: Db, p: { headline: string }) =>
  db.selectFrom('articles').select('id').where(sql<string>`headline`, '=', sql.lit(p.headline)),
);

for (const kind of rawStoreKinds) {
  describe(`compiled queries: ${kind.name}`, () => {
    let handle: Awaited<ReturnType<RawStoreKind['open']>>;
    let db: Db;
    let store: Store;
    let compiled: ContentReader;
    let plain: ContentReader;
    let ids: FixtureIds;
    let articleIds: number[];
    const listing = { editionCode: 'en', now: SEED_NOW, limit: 10, offset: 0 };

    beforeAll(async () => {
      handle = await kind.open();
      db = handle.opened.db;
      await migrateToLatest(db, handle.opened.dialect);
      store = createStore(handle.opened);
      ids = await insertFixtureNewsroom(store);
      await seedListingArticles(store, ids, 400);
      const [first, , translated] = await store.transaction((tx) =>
        tx.insertArticles([
          listingArticle(ids, 1001, { agencyIds: ids.agencyIds, topicIds: [ids.topicId], authorIds: ids.authorIds, leadImageId: ids.imageId }),
          listingArticle(ids, 1002, { translationGroup: 'tg-1' }),
          listingArticle(ids, 1003, { translationGroup: 'tg-1', editionCode: 'ar', sectionId: ids.otherSectionId, slug: 'ar-story' }),
        ]),
      );
      await store.transaction(async (tx) => {
        await tx.insertNotice(first as number, { kind: 'correction', text: 'Fixed a name.', createdAt: SEED_NOW });
        await tx.insertNotice(first as number, { kind: 'update', text: 'Added a quote.', createdAt: SEED_NOW });
        await tx.frontPage.replacePins('en', [
          { slot: 'lead', position: 0, sectionId: null, articleId: first as number, expiresAt: null, pinnedAt: SEED_NOW, pinnedBy: null },
          { slot: 'top', position: 1, sectionId: null, articleId: translated as number, expiresAt: null, pinnedAt: SEED_NOW, pinnedBy: null },
        ]);
        await tx.live.saveLiveCoverage({
          articleId: first as number, state: LIVE_STATES[0], keyPoints: ['One'], startedAt: SEED_NOW, endedAt: null, updatedAt: SEED_NOW,
        });
      });
      articleIds = (await store.listPublished({ ...listing, limit: 100 })).map((a) => a.id);
      articleIds.push(first as number);
      compiled = contentReads(db);
      plain = contentReads(db.withPlugin(passThrough));
    }, 120_000);

    afterAll(async () => handle?.dispose());

    it('gives the hot reads of the public pages exactly as built afresh', async () => {
      const article = articleIds.at(-1) as number;
      const listings: ListingQuery[] = [
        listing,
        { ...listing, limit: 4, offset: 3 },
        { ...listing, sectionIds: [ids.sectionId, ids.childSectionId] },
        { ...listing, sectionIds: [ids.childSectionId], excludeIds: articleIds.slice(0, 3) },
        { ...listing, sectionIds: [] },
        { ...listing, topicId: ids.topicId },
        { ...listing, authorId: ids.authorIds[1] as number, excludeIds: [] },
        { ...listing, editionCode: 'ar' },
      ];
      const reads: [string, (r: ContentReader) => Promise<unknown>][] = [
        ['article', (r) => r.getArticle(article)],
        ['missing article', (r) => r.getArticle(999_999)],
        ['notices', (r) => r.listNotices(article)],
        ['pins', (r) => r.frontPage.listPins('en')],
        ['live coverage', (r) => r.live.getLiveCoverage(article)],
        ['no live coverage', (r) => r.live.getLiveCoverage(articleIds[0] as number)],
        ['images', (r) => r.getImages([ids.imageId, 999_999])],
        ['summaries', (r) => r.getPublishedSummaries(articleIds.slice(0, 7), SEED_NOW)],
        ['translations', (r) => r.listTranslations('tg-1', SEED_NOW)],
        ...listings.map((q, i): [string, (r: ContentReader) => Promise<unknown>] => [`listing ${i}`, (r) => r.listPublished(q)]),
        ...listings.map((q, i): [string, (r: ContentReader) => Promise<unknown>] => [`count ${i}`, (r) => r.countPublished(q)]),
      ];
      for (const [name, read] of reads) {
        const expected = await read(plain);
        // Twice: the first run compiles the shape, the second reuses it.
        expect(await read(compiled), name).toEqual(expected);
        expect(await read(compiled), name).toEqual(expected);
      }
      expect((await compiled.getArticle(article))?.agencyIds).toEqual(ids.agencyIds);
      expect(await compiled.listNotices(article)).toHaveLength(2);
      expect(compiledShapeCount(db)).toBeGreaterThan(10);
    });

    it('answers each run with its own values, not the ones the shape was compiled with', async () => {
      for (const [ids, limit] of [[articleIds.slice(0, 3), 10], [articleIds.slice(3, 6), 10], [articleIds.slice(6, 9), 2]] as const) {
        const expected = await db.selectFrom('articles').select(['id', 'headline']).where('id', 'in', ids).where('status', '=', 'published').orderBy('id').limit(limit).execute();
        expect(expected.length).toBeGreaterThan(0);
        expect(await articlesIn.rows(db, { ids: [...ids], status: 'published' }, { limit })).toEqual(expected);
      }
      expect(await articlesIn.rows(db, { ids: articleIds.slice(0, 3), status: 'draft' }, { limit: 10 })).toEqual([]);
    });

    it('keys a shape by list lengths, undefined parameters and written values', async () => {
      const before = compiledShapeCount(db);
      await articlesIn.rows(db, { ids: [1, 2, 3, 4], status: 'published' }, { limit: 7 });
      await articlesIn.rows(db, { ids: [5, 6, 7, 8], status: 'draft' }, { limit: 7 });
      expect(compiledShapeCount(db)).toBe(before + 1);
      await articlesIn.rows(db, { ids: [1, 2, 3, 4, 5], status: 'published' }, { limit: 7 });
      expect(compiledShapeCount(db)).toBe(before + 2);
      await articlesIn.rows(db, { ids: [1, 2, 3, 4, 5], status: 'published' }, { limit: 8 });
      expect(compiledShapeCount(db)).toBe(before + 3);

      const all = await byOptionalSection.rows(db, { editionCode: 'en', sectionId: undefined });
      const child = await byOptionalSection.rows(db, { editionCode: 'en', sectionId: ids.childSectionId });
      expect(compiledShapeCount(db)).toBe(before + 5);
      expect(all).toEqual(await db.selectFrom('articles').select(['id']).where('edition_code', '=', 'en').orderBy('id').limit(5).execute());
      expect(child).toEqual(
        await db.selectFrom('articles').select(['id']).where('edition_code', '=', 'en').where('section_id', '=', ids.childSectionId).orderBy('id').limit(5).execute(),
      );
      expect(child).not.toEqual(all);
    });

    it('refuses a parameter written into the SQL text rather than bound', async () => {
      await expect(writtenIntoSql.rows(db, { headline: 'Story 1' })).rejects.toThrow();
    });
  });
}

describe('compiled queries: the kept shapes are bounded', () => {
  it(`keeps at most ${MAX_COMPILED_SHAPES} shapes per Kysely instance, and still answers after dropping them`, async () => {
    const kind = rawStoreKinds[0] as RawStoreKind;
    const handle = await kind.open();
    try {
      const db = handle.opened.db;
      await migrateToLatest(db, handle.opened.dialect);
      const store = createStore(handle.opened);
      const ids = await insertFixtureNewsroom(store);
      await seedListingArticles(store, ids, 20);
      const wanted = (await db.selectFrom('articles').select('id').orderBy('id').execute()).map((r) => Number(r.id));
      let largest = 0;
      for (let limit = 1; limit <= MAX_COMPILED_SHAPES + 50; limit++) {
        const rows = await articlesIn.rows(db, { ids: wanted.slice(0, 3), status: 'published' }, { limit });
        largest = Math.max(largest, compiledShapeCount(db));
        expect(rows.length).toBe(Math.min(limit, 3));
      }
      expect(largest).toBe(MAX_COMPILED_SHAPES);
      expect(compiledShapeCount(db)).toBeLessThan(MAX_COMPILED_SHAPES);
    } finally {
      await handle.dispose();
    }
  }, 120_000);
});
