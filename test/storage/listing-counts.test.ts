/**
 * The stored listing counts (migration 019) stay exact through every kind of
 * article write: compared after each step with the rows the listing itself
 * returns, for the edition, each section, the topic and each author.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleChanges, ListingQuery, Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { listingArticle, SEED_NOW, seedListingArticles } from '../helpers/listing-seed.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { rawStoreKinds } from '../helpers/raw-test-stores.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { up as backfill } from '../../src/storage/migrations/019-listing-counts.js';

type Scope = Omit<ListingQuery, 'limit' | 'offset' | 'now'>;

for (const kind of testStoreKinds) {
  describe(`listing counts: ${kind.name}`, () => {
    let handle: TestStore;
    let store: Store;
    let ids: FixtureIds;

    beforeEach(async () => {
      handle = await kind.open();
      store = handle.store;
      ids = await insertFixtureNewsroom(store);
    });
    afterEach(async () => handle.dispose());

    const scopes = (): Scope[] => [
      { editionCode: 'en' },
      { editionCode: 'ar' },
      { editionCode: 'en', sectionIds: [ids.sectionId, ids.childSectionId] },
      { editionCode: 'en', sectionIds: [ids.childSectionId] },
      { editionCode: 'ar', sectionIds: [ids.otherSectionId] },
      { editionCode: 'en', topicId: ids.topicId },
      { editionCode: 'en', authorId: ids.authorIds[0] as number },
      { editionCode: 'en', authorId: ids.authorIds[1] as number },
    ];

    /** Every scope's count next to the number of rows its listing returns. */
    async function countsAndRows(now: string) {
      const result = [];
      for (const scope of scopes()) {
        const count = await store.countPublished({ ...scope, now });
        const rows = (await store.listPublished({ ...scope, now, limit: 100_000, offset: 0 })).length;
        result.push({ scope, count, rows });
      }
      return result;
    }

    async function expectExact(now = SEED_NOW) {
      for (const { scope, count, rows } of await countsAndRows(now)) expect(count, JSON.stringify(scope)).toBe(rows);
    }

    it('counts bulk-imported articles, skipping drafts, scheduled and embargoed ones until they are visible', async () => {
      await seedListingArticles(store, ids, 1200);
      await expectExact();
      const all = await countsAndRows(SEED_NOW);
      expect(all[0]?.count).toBeGreaterThan(1000);
      // Three hours later the embargoed articles are out; the scheduled ones are still not published.
      const later = new Date(Date.parse(SEED_NOW) + 4 * 3_600_000).toISOString();
      await expectExact(later);
      expect((await countsAndRows(later))[0]?.count).toBeGreaterThan(all[0]?.count as number);
    });

    it('stays exact through create, publish, move, retopic, change of edition, unpublish and delete', async () => {
      await seedListingArticles(store, ids, 200);
      const draftId = await store.transaction((tx) => tx.insertArticle(listingArticle(ids, 9001, { status: 'draft', firstPublishedAt: null })));
      const publishedId = await store.transaction((tx) => tx.insertArticle(listingArticle(ids, 9002)));
      await expectExact();
      const before = await store.countPublished({ editionCode: 'en', now: SEED_NOW });

      const step = async (id: number, changes: ArticleChanges) => {
        const article = await store.getArticle(id);
        expect(await store.transaction((tx) => tx.updateArticle(id, article?.revision as number, changes))).toBe(true);
        await expectExact();
      };
      await step(draftId, { status: 'published', firstPublishedAt: '2026-05-31T00:00:00.000Z' });
      expect(await store.countPublished({ editionCode: 'en', now: SEED_NOW })).toBe(before + 1);
      await step(draftId, { sectionId: ids.childSectionId });
      await step(draftId, { sectionId: ids.sectionId, topicIds: [ids.topicId] });
      await step(draftId, { topicIds: [], authorIds: [ids.authorIds[1] as number, ids.authorIds[0] as number] });
      await step(publishedId, { editionCode: 'ar', sectionId: ids.otherSectionId, topicIds: [] });
      await step(publishedId, { embargoUntil: '2026-06-02T00:00:00.000Z' });
      await step(publishedId, { status: 'unpublished' });
      await step(draftId, { headline: 'Only the words change' });
      await step(draftId, { status: 'draft' });

      expect(await store.transaction((tx) => tx.deleteArticle(publishedId))).toBe(true);
      await expectExact();
      const oneMore = await store.transaction((tx) => tx.insertArticle(listingArticle(ids, 9003, { topicIds: [ids.topicId] })));
      expect(await store.transaction((tx) => tx.deleteArticle(oneMore))).toBe(true);
      await expectExact();
      expect(await store.countPublished({ editionCode: 'en', now: SEED_NOW })).toBe(before - 1);
    });

    it('leaves the counts untouched when a write is rolled back', async () => {
      await seedListingArticles(store, ids, 50);
      const before = await countsAndRows(SEED_NOW);
      await expect(
        store.transaction(async (tx) => {
          await tx.insertArticle(listingArticle(ids, 9100, { topicIds: [ids.topicId] }));
          throw new Error('abandon');
        }),
      ).rejects.toThrow('abandon');
      expect(await countsAndRows(SEED_NOW)).toEqual(before);
    });
  });
}

for (const kind of rawStoreKinds) {
  describe(`listing counts backfill (migration 019): ${kind.name}`, () => {
    it('counts the articles already in the store', async () => {
      const handle = await kind.open();
      try {
        await migrateToLatest(handle.opened.db, handle.opened.dialect);
        const store = createStore(handle.opened);
        const ids = await insertFixtureNewsroom(store);
        await seedListingArticles(store, ids, 600);
        const kept = await handle.opened.db.selectFrom('listing_counts').selectAll().orderBy(['edition_code', 'scope', 'scope_id']).execute();
        // As if the articles had been there before migration 019: drop its table and run it again.
        await handle.opened.db.schema.dropTable('listing_counts').execute();
        await backfill(handle.opened.db);
        const backfilled = await handle.opened.db.selectFrom('listing_counts').selectAll().orderBy(['edition_code', 'scope', 'scope_id']).execute();
        expect(backfilled.map((r) => ({ ...r, published: Number(r.published), scope_id: Number(r.scope_id) }))).toEqual(
          kept.map((r) => ({ ...r, published: Number(r.published), scope_id: Number(r.scope_id) })),
        );
        expect(backfilled.length).toBeGreaterThan(4);
        expect(await store.countPublished({ editionCode: 'en', topicId: ids.topicId, now: SEED_NOW })).toBe(
          (await store.listPublished({ editionCode: 'en', topicId: ids.topicId, now: SEED_NOW, limit: 10_000, offset: 0 })).length,
        );
      } finally {
        await handle.dispose();
      }
    });
  });
}
