/** One contract suite for every store: SQLite always, PostgreSQL when HERALD_TEST_DATABASE_URL is set. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import type { NewArticle, Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const NOW = '2026-06-01T12:00:00.000Z';

function article(ids: FixtureIds, overrides: Partial<NewArticle> = {}): NewArticle {
  return {
    shortId: Math.random().toString(36).slice(2, 7).padEnd(5, 'x'),
    editionCode: 'en', slug: 'a-story', kicker: 'Kicker', headline: 'A story', teaser: 'Teaser',
    body: [{ type: 'paragraph', spans: [{ text: 'Hello ' }, { text: 'world', marks: ['bold'] }] }],
    leadImageId: ids.imageId, sectionId: ids.childSectionId, topicIds: [ids.topicId],
    authorIds: ids.authorIds, agencyIds: [...ids.agencyIds].reverse(),
    status: 'published', firstPublishedAt: '2026-05-01T10:00:00.000Z', updatedAt: '2026-05-01T10:00:00.000Z',
    createdAt: '2026-05-01T09:00:00.000Z', publishAt: null, embargoUntil: null, translationGroup: null,
    wireGuid: null, wireVersion: null,
    ...overrides,
  };
}

for (const kind of testStoreKinds) {
  describe(`store contract: ${kind.name}`, () => {
    let handle: TestStore;
    let store: Store;
    let ids: FixtureIds;

    beforeEach(async () => {
      handle = await kind.open();
      store = handle.store;
      ids = await insertFixtureNewsroom(store);
    });
    afterEach(async () => handle.dispose());

    it('round-trips an article with its body, relations in order and wire origin', async () => {
      const id = await store.transaction((tx) => tx.insertArticle(article(ids, { wireGuid: 'urn:x:1', wireVersion: 3 })));
      const loaded = await store.getArticle(id);
      expect(loaded?.body).toEqual(article(ids).body);
      expect(loaded?.authorIds).toEqual(ids.authorIds);
      expect(loaded?.agencyIds).toEqual([...ids.agencyIds].reverse());
      expect(loaded?.topicIds).toEqual([ids.topicId]);
      expect(loaded?.wireOrigin).toEqual({ guid: 'urn:x:1', version: 3 });
      expect(loaded?.revision).toBe(1);
      expect(await store.findArticleIdByShortId(loaded!.shortId)).toBe(id);
    });

    it('lists only visible articles, newest first, with section descendants and topics', async () => {
      await store.transaction(async (tx) => {
        await tx.insertArticle(article(ids, { headline: 'old', firstPublishedAt: '2026-05-01T00:00:00.000Z' }));
        await tx.insertArticle(article(ids, { headline: 'new', firstPublishedAt: '2026-05-02T00:00:00.000Z', topicIds: [] }));
        await tx.insertArticle(article(ids, { headline: 'draft', status: 'draft', firstPublishedAt: null }));
        await tx.insertArticle(article(ids, { headline: 'embargoed', embargoUntil: '2026-07-01T00:00:00.000Z' }));
        await tx.insertArticle(article(ids, { headline: 'future', firstPublishedAt: '2026-12-01T00:00:00.000Z' }));
        await tx.insertArticle(article(ids, { headline: 'arabic', editionCode: 'ar', sectionId: ids.otherSectionId, topicIds: [] }));
      });
      const bySection = await store.listPublished({ editionCode: 'en', sectionIds: [ids.sectionId, ids.childSectionId], now: NOW, limit: 10, offset: 0 });
      expect(bySection.map((a) => a.headline)).toEqual(['new', 'old']);
      expect(await store.countPublished({ editionCode: 'en', now: NOW })).toBe(2);
      const byTopic = await store.listPublished({ editionCode: 'en', topicId: ids.topicId, now: NOW, limit: 10, offset: 0 });
      expect(byTopic.map((a) => a.headline)).toEqual(['old']);
      const afterEmbargo = await store.listPublished({ editionCode: 'en', now: '2026-07-02T00:00:00.000Z', limit: 10, offset: 0 });
      expect(afterEmbargo.map((a) => a.headline)).toContain('embargoed');
      const page2 = await store.listPublished({ editionCode: 'en', now: NOW, limit: 1, offset: 1 });
      expect(page2.map((a) => a.headline)).toEqual(['old']);
      expect(await store.listPublished({ editionCode: 'en', sectionIds: [], now: NOW, limit: 10, offset: 0 })).toEqual([]);
    });

    it('refuses a duplicate short id with HERALD_CONFLICT and keeps the first article', async () => {
      await store.transaction((tx) => tx.insertArticle(article(ids, { shortId: 'Abc12' })));
      await expect(store.transaction((tx) => tx.insertArticle(article(ids, { shortId: 'Abc12', headline: 'second' })))).rejects.toMatchObject({
        code: 'HERALD_CONFLICT',
      });
      expect(await store.countArticles()).toBe(1);
    });

    it('applies an update only against the current revision', async () => {
      const id = await store.transaction((tx) => tx.insertArticle(article(ids)));
      expect(await store.transaction((tx) => tx.updateArticle(id, 1, { headline: 'first edit', authorIds: [ids.authorIds[1]!] }))).toBe(true);
      expect(await store.transaction((tx) => tx.updateArticle(id, 1, { headline: 'stale edit' }))).toBe(false);
      const loaded = await store.getArticle(id);
      expect(loaded?.headline).toBe('first edit');
      expect(loaded?.authorIds).toEqual([ids.authorIds[1]]);
      expect(loaded?.revision).toBe(2);
    });

    it('rolls back every write of a failed transaction', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.insertArticle(article(ids, { shortId: 'Roll1' }));
          throw new HeraldError('HERALD_VALIDATION', 'stop');
        }),
      ).rejects.toThrow('stop');
      expect(await store.findArticleIdByShortId('Roll1')).toBeNull();
      expect(await store.countArticles()).toBe(0);
    });

    it('enforces foreign keys', async () => {
      await expect(store.transaction((tx) => tx.insertArticle(article(ids, { sectionId: 999_999 })))).rejects.toThrow();
      expect(await store.countArticles()).toBe(0);
    });

    it('bulk-inserts articles with their relations', async () => {
      const many = Array.from({ length: 950 }, (_, i) => article(ids, { shortId: `B${String(i).padStart(4, '0')}`, headline: `bulk ${i}` }));
      const created = await store.transaction((tx) => tx.insertArticles(many));
      expect(new Set(created).size).toBe(950);
      const sample = await store.getArticle(created[700]!);
      expect(sample?.headline).toBe('bulk 700');
      expect(sample?.authorIds).toEqual(ids.authorIds);
    });

    it('finds translations, summaries and taxonomy', async () => {
      const [en, ar] = await store.transaction(async (tx) => [
        await tx.insertArticle(article(ids, { translationGroup: 'g1' })),
        await tx.insertArticle(article(ids, { translationGroup: 'g1', editionCode: 'ar', sectionId: ids.otherSectionId, topicIds: [] })),
      ]);
      expect((await store.listTranslations('g1', NOW)).map((t) => t.id).sort()).toEqual([en, ar].sort());
      expect((await store.getPublishedSummaries([en!, 424242], NOW)).map((s) => s.id)).toEqual([en]);
      const editions = await store.listEditions();
      expect(editions.map((e) => [e.code, e.dir, e.isDefault])).toEqual([['en', 'ltr', true], ['ar', 'rtl', false]]);
      const sections = await store.listSections('en');
      expect(sections.find((s) => s.path === 'world/europe')).toMatchObject({ parentId: ids.sectionId, description: 'News from Europe' });
      expect((await store.listTopics('en'))[0]).toMatchObject({ slug: 'climate', focusPosition: 0 });
      const [image] = await store.getImages([ids.imageId]);
      expect(image).toMatchObject({ width: 1600, creditAgency: 'AFP', derivativeWidths: [480, 960, 1600] });
    });
  });
}
