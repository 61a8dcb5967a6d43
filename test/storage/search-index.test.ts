/** The reader search index on every store: kept in the article's transaction, filtered, ranked, hostile-proof. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { HIT_START, parseSearchQuery, SEARCH_PAGE_SIZE } from '../../src/domain/search-query.js';
import { createEventBus } from '../../src/events/event-bus.js';
import type { OperationContext } from '../../src/operations/context.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle, type CreateArticleInput } from '../../src/operations/create-article.js';
import { deleteArticle } from '../../src/operations/delete-article.js';
import { importArticles } from '../../src/operations/import-articles.js';
import type { SearchQuery } from '../../src/operations/search-ports.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { publishArticle, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { HOSTILE_QUERIES } from '../helpers/hostile-search-queries.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';


for (const kind of testStoreKinds) {
  describe(`search index on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let clock: Date;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-01T12:00:00.000Z');
      ctx = { store: handle.store, events: createEventBus(), now: () => clock };
    });
    afterEach(async () => handle.dispose());

    const paragraph = (text: string) => [{ type: 'paragraph' as const, spans: [{ text }] }];
    const create = (input: Partial<CreateArticleInput> & { headline: string }) =>
      createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, body: paragraph('Nothing to see.'), ...input }, SYSTEM);
    const search = async (text: string, extra: Partial<SearchQuery> = {}, signal?: AbortSignal) =>
      handle.store.search.search({
        editionCode: 'en', query: parseSearchQuery(text), now: clock.toISOString(), limit: SEARCH_PAGE_SIZE, offset: 0, ...extra,
      }, signal ? { signal } : {});
    const foundIds = async (text: string, extra: Partial<SearchQuery> = {}) => (await search(text, extra)).hits.map((h) => h.articleId);

    it('finds a published article at once, never a draft, and forgets it when unpublished or deleted', async () => {
      const published = await create({ headline: 'Flood warning on the river', publishedAt: clock.toISOString() });
      const draft = await create({ headline: 'River draft nobody may read' });
      expect(await foundIds('river')).toEqual([published]);

      const live = await publishArticle(ctx, { articleId: draft, expectedRevision: 1, actor: SYSTEM });
      expect((await foundIds('river')).sort()).toEqual([published, draft].sort());

      await unpublishArticle(ctx, { articleId: draft, expectedRevision: live.revision, actor: SYSTEM });
      expect(await foundIds('river')).toEqual([published]);

      await deleteArticle(ctx, published, SYSTEM);
      expect(await foundIds('river')).toEqual([]);
      expect(await foundIds('flood warning')).toEqual([]);
    });

    it('writes the index in the article transaction: a rolled-back publish leaves nothing findable', async () => {
      await expect(
        handle.store.transaction(async (tx) => {
          await tx.insertArticles([{
            shortId: 'Rb001', editionCode: 'en', slug: 'rolled-back', kicker: '', headline: 'Rolled back harbour story', teaser: '',
            body: [], leadImageId: null, sectionId: ids.sectionId, topicIds: [], authorIds: [], agencyIds: [], status: 'published',
            firstPublishedAt: clock.toISOString(), updatedAt: clock.toISOString(), createdAt: clock.toISOString(), publishAt: null,
            embargoUntil: null, translationGroup: null, wireGuid: null, wireVersion: null,
          }]);
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await foundIds('harbour')).toEqual([]);
    });

    it('follows edits, corrections and bulk imports', async () => {
      const id = await create({ headline: 'Bridge reopens', teaser: 'Traffic flows again', publishedAt: clock.toISOString() });
      await updateArticle(ctx, id, 1, { headline: 'Viaduct reopens' }, SYSTEM);
      expect(await foundIds('bridge')).toEqual([]);
      expect(await foundIds('viaduct')).toEqual([id]);
      await correctArticle(ctx, { articleId: id, expectedRevision: 2, actor: SYSTEM, edit: { body: paragraph('The mayor cut a ribbon.') }, notice: { kind: 'correction', text: 'A correction.' } });
      expect(await foundIds('ribbon')).toEqual([id]);
      const [imported] = await importArticles(ctx, [{ editionCode: 'en', sectionId: ids.sectionId, headline: 'Imported lighthouse story', body: [], publishedAt: clock.toISOString() }], SYSTEM);
      expect(await foundIds('lighthouse')).toEqual([imported]);
    });

    it('keeps an embargoed article out until its embargo lifts', async () => {
      const id = await create({ headline: 'Embargoed budget figures', embargoUntil: '2026-06-02T00:00:00.000Z', publishedAt: clock.toISOString() });
      expect(await foundIds('budget')).toEqual([]);
      clock = new Date('2026-06-02T00:00:01.000Z');
      expect(await foundIds('budget')).toEqual([id]);
    });

    it('ranks headline hits above body hits, and newer above older for the same text', async () => {
      const inBody = await create({ headline: 'Council meets', body: paragraph('The glacier retreated again this year.'), publishedAt: clock.toISOString() });
      const inHeadline = await create({ headline: 'Glacier retreats', publishedAt: '2026-05-01T00:00:00.000Z' });
      expect(await foundIds('glacier')).toEqual([inHeadline, inBody]);
      const older = await create({ headline: 'Orchard harvest', publishedAt: '2025-06-01T00:00:00.000Z' });
      const newer = await create({ headline: 'Orchard harvest', publishedAt: '2026-05-31T00:00:00.000Z' });
      expect(await foundIds('orchard harvest')).toEqual([newer, older]);
    });

    it('matches phrases in order, filters by section and date, pages and counts', async () => {
      const a = await create({ headline: 'Solar panels on every roof', publishedAt: '2026-05-10T00:00:00.000Z' });
      const b = await create({ headline: 'Every roof gets solar panels', sectionId: ids.childSectionId, publishedAt: '2026-05-20T00:00:00.000Z' });
      expect(await foundIds('"roof gets solar"')).toEqual([b]);
      expect(await foundIds('"panels every"')).toEqual([]);
      expect((await foundIds('solar roof')).sort()).toEqual([a, b].sort());
      expect(await foundIds('solar', { sectionIds: [ids.childSectionId] })).toEqual([b]);
      expect(await foundIds('solar', { sectionIds: [] })).toEqual([]);
      expect(await foundIds('solar', { from: '2026-05-15T00:00:00.000Z' })).toEqual([b]);
      expect(await foundIds('solar', { to: '2026-05-15T00:00:00.000Z' })).toEqual([a]);
      const page2 = await search('solar', { limit: 1, offset: 1 });
      expect(page2.total).toBe(2);
      expect(page2.hits).toHaveLength(1);
      expect(await foundIds('solar', { editionCode: 'ar' })).toEqual([]);
    });

    it('marks hits in headline and snippet with markers only, keeping markup in the text as text', async () => {
      await create({
        headline: 'Harbour <b>news</b>', teaser: 'A teaser',
        body: paragraph('Before \uE000fake\uE001 markers, the <script>harbour</script> crane & co. moved.'), publishedAt: clock.toISOString(),
      });
      const [hit] = (await search('harbour')).hits;
      expect(hit?.headline.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['harbour']);
      const snippet = hit?.snippet ?? [];
      expect(snippet.some((p) => p.hit && p.text === 'harbour')).toBe(true);
      expect(snippet.map((p) => p.text).join('')).toContain('<script>');
      expect(snippet.some((p) => p.hit && p.text.includes('fake'))).toBe(false);
      expect(snippet.map((p) => p.text).join('')).not.toContain(HIT_START);
    });

    it('folds case (and accents on SQLite), and ignores Arabic short vowels', async () => {
      const en = await create({ headline: 'Café owners protest', publishedAt: clock.toISOString() });
      expect(await foundIds('CAFÉ')).toEqual([en]);
      // PostgreSQL keeps accents unless the unaccent extension is configured (docs/adr/0007-search-index.md).
      if (kind.name === 'sqlite') expect(await foundIds('cafe')).toEqual([en]);
      const ar = await createArticle(ctx, {
        editionCode: 'ar', sectionId: ids.otherSectionId, headline: 'كَتَبَ الصحفي تقريراً عن المدينة', body: [], publishedAt: clock.toISOString(),
      }, SYSTEM);
      expect(await foundIds('كتب', { editionCode: 'ar' })).toEqual([ar]);
      expect(await foundIds('المدينة', { editionCode: 'ar' })).toEqual([ar]);
    });

    if (kind.name === 'postgres')
      it('stems with the edition language on PostgreSQL', async () => {
        const id = await create({ headline: 'The election results are in', publishedAt: clock.toISOString() });
        expect(await foundIds('elections')).toEqual([id]);
        expect(await foundIds('the')).toEqual([]);
      });

    it('stops a search whose caller gave up: before it starts, and between its statements', async () => {
      await create({ headline: 'Ferry timetable changes', publishedAt: clock.toISOString() });
      const gone = new AbortController();
      gone.abort();
      await expect(search('ferry', {}, gone.signal)).rejects.toMatchObject({ code: 'HERALD_ABORTED', status: 499 });
      // Given up once the search has begun: the statement already sent finishes, the next is not sent.
      const leaving = new AbortController();
      const begun = search('ferry', {}, leaving.signal);
      leaving.abort();
      await expect(begun).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      // A signal that never fires changes nothing.
      expect((await search('ferry', {}, new AbortController().signal)).total).toBe(1);
    });

    it('answers every hostile query with results or an empty list', async () => {
      await create({ headline: 'River flood headline', body: paragraph('river flood body'), publishedAt: clock.toISOString() });
      for (const q of HOSTILE_QUERIES) {
        const result = await search(q);
        expect(Array.isArray(result.hits), q.slice(0, 40)).toBe(true);
      }
      // Operators are plain words (PostgreSQL drops English stop words such as "and", "not").
      expect(await foundIds('NEAR(river flood)')).toHaveLength(0);
      expect(await foundIds('-river')).toHaveLength(1);
      expect(await foundIds('"river flood"')).toHaveLength(1);
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...HOSTILE_QUERIES)), async (q) => {
          const result = await search(q);
          expect(result.hits.length).toBeLessThanOrEqual(1);
        }),
        { numRuns: 150 },
      );
    });
  });
}

describe('search index migration', () => {
  it('indexes the published articles of a database made before search existed', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'herald.db');
    fs.copyFileSync(fileURLToPath(new URL('../fixtures/herald-v1.db', import.meta.url)), file);
    const store = await openMigratedStore(openSqlite(file));
    try {
      const article = await store.getArticle(1);
      const result = await store.search.search({
        editionCode: article!.editionCode, query: parseSearchQuery('survive upgrade'), now: new Date().toISOString(), limit: 10, offset: 0,
      });
      expect(article!.status === 'published' ? result.hits.map((h) => h.articleId) : []).toEqual(article!.status === 'published' ? [1] : []);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
