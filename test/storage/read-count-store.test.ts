/** "Most read" tallies on every store: upserts add up, the window and the edition filter, visibility, pruning. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewArticle, Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const NOW = '2026-06-01T12:30:00.000Z';
const H = (hour: number) => new Date(Date.UTC(2026, 5, 1, hour)).toISOString();

function article(ids: FixtureIds, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    shortId: Math.random().toString(36).slice(2, 7).padEnd(5, 'x'),
    editionCode: 'en', slug: 'a-story', kicker: '', headline: 'A story', teaser: '', body: [],
    leadImageId: null, sectionId: ids.sectionId, topicIds: [], authorIds: [], agencyIds: [],
    status: 'published', firstPublishedAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z',
    createdAt: '2026-05-01T09:00:00.000Z', publishAt: null, embargoUntil: null, translationGroup: null,
    wireGuid: null, wireVersion: null,
    ...overrides,
  };
}

for (const kind of testStoreKinds) {
  describe(`read counts: ${kind.name}`, () => {
    let handle: TestStore;
    let store: Store;
    let ids: FixtureIds;
    beforeEach(async () => {
      handle = await kind.open();
      store = handle.store;
      ids = await insertFixtureNewsroom(store);
    });
    afterEach(async () => handle.dispose());

    const mostRead = (editionCode: string, sinceHour = H(-11)) => store.readCounts.listMostRead({ editionCode, sinceHour, now: NOW, limit: 10 });

    it('adds flushed counts to the stored ones, per article and hour', async () => {
      const [a, b] = await store.transaction(async (tx) => [await tx.insertArticle(article(ids)), await tx.insertArticle(article(ids))]);
      await store.readCounts.addReadCounts([{ articleId: a!, hour: H(10), count: 2 }, { articleId: b!, hour: H(10), count: 1 }]);
      await store.readCounts.addReadCounts([{ articleId: a!, hour: H(10), count: 3 }, { articleId: b!, hour: H(11), count: 9 }]);
      expect(await mostRead('en')).toEqual([{ articleId: b, reads: 10 }, { articleId: a, reads: 5 }]);
      await store.readCounts.addReadCounts([]);
      // The same article and hour twice in one batch (PostgreSQL cannot upsert one row twice in a statement).
      await store.readCounts.addReadCounts([{ articleId: a!, hour: H(12), count: 1 }, { articleId: a!, hour: H(12), count: 1 }]);
      expect(await mostRead('en')).toEqual([{ articleId: b, reads: 10 }, { articleId: a, reads: 7 }]);
    });

    it('sums only the window and only the edition, and only public articles', async () => {
      const [old, recent, arabic, draft, embargoed] = await store.transaction(async (tx) => [
        await tx.insertArticle(article(ids)),
        await tx.insertArticle(article(ids)),
        await tx.insertArticle(article(ids, { editionCode: 'ar', sectionId: ids.otherSectionId })),
        await tx.insertArticle(article(ids, { status: 'draft', firstPublishedAt: null })),
        await tx.insertArticle(article(ids, { embargoUntil: '2026-06-02T00:00:00.000Z' })),
      ]);
      await store.readCounts.addReadCounts([
        { articleId: old!, hour: H(-13), count: 100 }, // before the window
        { articleId: old!, hour: H(-11), count: 1 },
        { articleId: recent!, hour: H(12), count: 4 },
        { articleId: arabic!, hour: H(12), count: 50 },
        { articleId: draft!, hour: H(12), count: 70 },
        { articleId: embargoed!, hour: H(12), count: 80 },
        { articleId: 999_999, hour: H(12), count: 90 }, // an article deleted since: never shown
      ]);
      expect(await mostRead('en')).toEqual([{ articleId: recent, reads: 4 }, { articleId: old, reads: 1 }]);
      expect(await mostRead('ar')).toEqual([{ articleId: arabic, reads: 50 }]);
      expect(await store.readCounts.listMostRead({ editionCode: 'en', sinceHour: H(-11), now: NOW, limit: 1 })).toEqual([{ articleId: recent, reads: 4 }]);
    });

    it('prunes hours before a cut-off', async () => {
      const id = await store.transaction((tx) => tx.insertArticle(article(ids)));
      await store.readCounts.addReadCounts([{ articleId: id, hour: H(1), count: 1 }, { articleId: id, hour: H(5), count: 2 }]);
      expect(await store.readCounts.pruneReadCounts(H(3))).toBe(1);
      expect(await mostRead('en', H(0))).toEqual([{ articleId: id, reads: 2 }]);
    });

    it('writes a large flush (more rows than one statement holds) completely', async () => {
      const id = await store.transaction((tx) => tx.insertArticle(article(ids)));
      const buckets = Array.from({ length: 1200 }, (_, i) => ({ articleId: i % 2 === 0 ? id : 100_000 + i, hour: H(12), count: 1 }));
      await store.readCounts.addReadCounts(buckets);
      expect(await mostRead('en')).toEqual([{ articleId: id, reads: 600 }]);
    });
  });
}
