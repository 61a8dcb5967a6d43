/** `GET /api/v1/search` over real HTTP on every store: shape, escaping, filters, hostile queries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { importArticles } from '../../src/operations/import-articles.js';
import { HOSTILE_QUERIES } from '../helpers/hostile-search-queries.js';
import { startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

interface SearchBody {
  query: string;
  edition: string;
  page: number;
  total: number;
  totalIsLowerBound: boolean;
  results: { id: number; headline: string; headlineHtml: string; url: string; snippet: string; snippetHtml: string; publishedAt: string; sectionId: number }[];
}

for (const kind of testStoreKinds) {
  describe(`search API on ${kind.name}`, () => {
    let running: RunningApp;
    let ids: number[];
    let worldId: number;

    beforeAll(async () => {
      running = await startTestApp(kind);
      const sections = await running.app.store.listSections('en');
      worldId = sections.find((s) => s.parentId === null)!.id;
      const other = sections.filter((s) => s.parentId === null)[1]!;
      ids = await importArticles(running.app.operations, [
        {
          editionCode: 'en', sectionId: worldId, headline: 'Wombatfield <i>votes</i>', publishedAt: '2026-01-05T10:00:00.000Z',
          body: [{ type: 'paragraph', spans: [{ text: 'Wombatfield said "<img src=x onerror=alert(1)>" & more.' }] }],
        },
        { editionCode: 'en', sectionId: other.id, headline: 'Wombatfield budget', body: [], publishedAt: '2026-01-20T10:00:00.000Z' },
      ], SYSTEM);
    });
    afterAll(async () => running.stop());

    const search = async (query: string) => {
      const response = await running.get(`/api/v1/search?${query}`);
      return { response, body: (await response.json()) as SearchBody };
    };

    it('returns results with id, headline, absolute url, snippet and publication time', async () => {
      const { response, body } = await search('q=wombatfield&edition=en');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(response.headers.get('cache-control')).toBe('private, max-age=60');
      expect(body).toMatchObject({ query: 'wombatfield', edition: 'en', page: 1, total: 2, totalIsLowerBound: false });
      expect(body.results.map((r) => r.id).sort()).toEqual([...ids].sort());
      const first = body.results.find((r) => r.id === ids[0])!;
      expect(first.url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/en/[^/]+/a-${ids[0]}$`));
      expect(first.publishedAt).toBe('2026-01-05T10:00:00.000Z');
      expect(first.snippet).toContain('<img src=x onerror=alert(1)>');
    });

    it('escapes the text of snippetHtml and headlineHtml before marking hits', async () => {
      const { body } = await search('q=wombatfield+votes');
      const [hit] = body.results;
      expect(hit?.headlineHtml).toBe('<mark>Wombatfield</mark> &lt;i&gt;<mark>votes</mark>&lt;/i&gt;');
      expect(hit?.snippetHtml).toContain('<mark>Wombatfield</mark>');
      expect(hit?.snippetHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(hit?.snippetHtml.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    });

    it('filters by section (by path or id) and by dates; unknown edition or section is a 404', async () => {
      expect((await search(`q=wombatfield&section=${worldId}`)).body.results.map((r) => r.id)).toEqual([ids[0]]);
      expect((await search('q=wombatfield&from=2026-01-10')).body.results.map((r) => r.id)).toEqual([ids[1]]);
      expect((await search('q=wombatfield&to=2026-01-05')).body.results.map((r) => r.id)).toEqual([ids[0]]);
      const unknown = await running.get('/api/v1/search?q=x&edition=zz');
      expect(unknown.status).toBe(404);
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('HERALD_NOT_FOUND');
      expect((await running.get('/api/v1/search?q=x&section=no-such')).status).toBe(404);
    });

    it('answers hostile queries with a list, never an error', async () => {
      const queries = [
        ...HOSTILE_QUERIES.filter((q) => !/[\uD800-\uDFFF]/.test(q.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))).map((q) => `q=${encodeURIComponent(q)}`),
        'q=%ED%A0%80', 'q=%00', 'q=a&q=b', 'page=abc&q=x', 'page=9999999&q=wombatfield', 'from=2026-13-45&q=x', '',
      ];
      for (const query of queries) {
        const { response, body } = await search(query);
        expect(response.status, query.slice(0, 60)).toBe(200);
        expect(Array.isArray(body.results), query.slice(0, 60)).toBe(true);
      }
    });
  });
}
