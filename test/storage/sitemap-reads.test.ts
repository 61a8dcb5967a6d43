/** The sitemap and feed reads on every store: id ranges, visibility, lead image files and article references in order. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewArticle, Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const NOW = '2026-06-01T12:00:00.000Z';

function article(ids: FixtureIds, n: number, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    shortId: `s${String(n).padStart(5, '0')}`,
    editionCode: 'en', slug: `story-${n}`, kicker: '', headline: `Story ${n}`, teaser: '', body: [],
    leadImageId: n % 2 === 0 ? ids.imageId : null, sectionId: ids.childSectionId, topicIds: [ids.topicId],
    authorIds: [...ids.authorIds].reverse(), agencyIds: ids.agencyIds,
    status: 'published', firstPublishedAt: '2026-05-01T10:00:00.000Z', updatedAt: `2026-05-${String((n % 28) + 1).padStart(2, '0')}T10:00:00.000Z`,
    createdAt: '2026-05-01T09:00:00.000Z', publishAt: null, embargoUntil: null, translationGroup: null, wireGuid: null, wireVersion: null,
    ...overrides,
  };
}

for (const kind of testStoreKinds) {
  describe(`sitemap reads: ${kind.name}`, () => {
    let handle: TestStore;
    let store: Store;
    let ids: FixtureIds;
    let inserted: number[];

    beforeEach(async () => {
      handle = await kind.open();
      store = handle.store;
      ids = await insertFixtureNewsroom(store);
      // 25 English articles; some not visible, some in the other edition, interleaved so ranges mix them.
      inserted = await store.transaction((tx) =>
        tx.insertArticles(
          Array.from({ length: 25 }, (_, n) =>
            article(ids, n, {
              ...(n % 5 === 1 ? { status: 'draft', firstPublishedAt: null } : {}),
              ...(n % 5 === 2 ? { embargoUntil: '2026-07-01T00:00:00.000Z' } : {}),
              ...(n % 5 === 3 ? { editionCode: 'ar', sectionId: ids.otherSectionId, topicIds: [] } : {}),
              ...(n === 24 ? { firstPublishedAt: '2026-12-01T00:00:00.000Z' } : {}),
            }),
          ),
        ),
      );
    });
    afterEach(async () => handle.dispose());

    const visibleEnglish = () => inserted.filter((_, n) => n % 5 !== 1 && n % 5 !== 2 && n % 5 !== 3 && n !== 24);

    it('pages through the visible articles of one edition by id ranges', async () => {
      const rangeSize = 7;
      const ranges = await store.listSitemapRanges({ editionCode: 'en', now: NOW, rangeSize });
      const pages = await Promise.all(
        ranges.map((r) => store.listSitemapEntries({ editionCode: 'en', now: NOW, afterId: (r.page - 1) * rangeSize, upToId: r.page * rangeSize })),
      );
      expect(pages.flat().map((e) => e.id)).toEqual(visibleEnglish());
      for (const [i, range] of ranges.entries()) {
        const page = pages[i]!;
        expect(page.length).toBe(range.count);
        expect(page.length).toBeLessThanOrEqual(rangeSize);
        expect(page.every((e) => e.id > (range.page - 1) * rangeSize && e.id <= range.page * rangeSize)).toBe(true);
        expect(range.lastmod).toBe(page.map((e) => e.updatedAt).sort().at(-1));
      }
      const first = pages.flat()[0]!;
      expect(first).toMatchObject({ editionCode: 'en', slug: `story-${inserted.indexOf(first.id)}`, firstPublishedAt: '2026-05-01T10:00:00.000Z' });
      for (const entry of pages.flat()) expect(entry.leadImageFile).toBe(inserted.indexOf(entry.id) % 2 === 0 ? 'abc.jpg' : null);
    });

    it('returns nothing for a range without visible articles and refuses a silly range size', async () => {
      expect(await store.listSitemapEntries({ editionCode: 'en', now: NOW, afterId: 10_000, upToId: 20_000 })).toEqual([]);
      await expect(store.listSitemapRanges({ editionCode: 'en', now: NOW, rangeSize: 0 })).rejects.toThrow(RangeError);
      expect(await store.listSitemapRanges({ editionCode: 'xx', now: NOW, rangeSize: 10 })).toEqual([]);
    });

    it('gives each article its topics, authors and agencies in order', async () => {
      const [a, b] = inserted;
      const refs = await store.listArticleRefs([b!, a!, 999_999]);
      expect(refs).toEqual([
        { id: b, topicIds: [ids.topicId], authorIds: [...ids.authorIds].reverse(), agencyIds: ids.agencyIds },
        { id: a, topicIds: [ids.topicId], authorIds: [...ids.authorIds].reverse(), agencyIds: ids.agencyIds },
        { id: 999_999, topicIds: [], authorIds: [], agencyIds: [] },
      ]);
      expect(await store.listArticleRefs([])).toEqual([]);
    });
  });
}
