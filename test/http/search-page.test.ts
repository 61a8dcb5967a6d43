/** The reader search page over real HTTP on every store: header box, results, filters, no results, hostile queries, RTL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { importArticles } from '../../src/operations/import-articles.js';
import { unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { HOSTILE_QUERIES } from '../helpers/hostile-search-queries.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

/** Percent-encodes UTF-16 as a browser would, but keeps lone surrogates (as %ED%A0%80-style bytes a client could send). */
function encodeQuery(q: string): string {
  let out = '';
  for (const ch of q) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xd800 && code <= 0xdfff) out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

for (const kind of testStoreKinds) {
  describe(`search page on ${kind.name}`, () => {
    let running: RunningApp;
    let worldPath: string;
    let ids: number[];

    beforeAll(async () => {
      running = await startTestApp(kind);
      const sections = await running.app.store.listSections('en');
      const [world, other] = [sections.find((s) => s.parentId === null)!, sections.filter((s) => s.parentId === null)[1]!];
      worldPath = world.path;
      const at = (day: number) => new Date(Date.UTC(2026, 0, day, 12)).toISOString();
      ids = await importArticles(running.app.operations, [
        {
          editionCode: 'en', sectionId: world.id, headline: 'Quokkaville <b>mayor</b> resigns', teaser: 'A teaser.', publishedAt: at(10),
          body: [{ type: 'paragraph', spans: [{ text: 'In Quokkaville the <script>alert(1)</script> mayor & council parted ways.' }] }],
        },
        ...Array.from({ length: 11 }, (_, i) => ({
          editionCode: 'en', sectionId: other.id, headline: `Zebracrossing report ${i + 1}`, body: [], publishedAt: at(i + 1),
        })),
        { editionCode: 'ar', sectionId: (await running.app.store.listSections('ar'))[0]!.id, headline: 'تقرير عن مدينة قوكاڤيل', body: [], publishedAt: at(3) },
      ], SYSTEM);
    });
    afterAll(async () => running.stop());

    const page = async (query: string) => {
      const response = await running.get(`/en/search?${query}`);
      return { response, html: await response.text() };
    };

    it('puts a labelled GET search form in the header of every page of every edition', async () => {
      for (const path of ['/en/', '/de/', '/ar/', `/en/${worldPath}/`, '/en/search']) {
        const html = await (await running.get(path)).text();
        const code = path.split('/')[1];
        expect(html, path).toMatch(new RegExp(`<form class="site-search" role="search" method="get" action="/${code}/search">`));
        expect(html, path).toMatch(/<label class="visually-hidden" for="site-search-q">[^<]+<\/label><input id="site-search-q" type="search" name="q"/);
      }
    });

    it('finds an article with the hits marked and everything from the article escaped', async () => {
      const { response, html } = await page('q=quokkaville+mayor');
      expect(response.status).toBe(200);
      expect(html).toContain(`/a-${ids[0]}"`);
      expect(html).toMatch(/<mark>Quokkaville<\/mark> &lt;b>?<mark>mayor<\/mark>&lt;\/b>? resigns/);
      expect(html).toMatch(/&lt;script(>|&gt;)alert\(1\)&lt;\/script/);
      expect(html).not.toContain('<script>alert(1)');
      expect(html).toContain('<meta name="robots" content="noindex');
    });

    it('is never cached: private, short, and current after an unpublish', async () => {
      const first = await page('q=quokkaville');
      expect(first.response.headers.get('cache-control')).toBe('private, max-age=60');
      expect(first.response.headers.get('x-cache')).toBe('BYPASS');
      const article = (await running.app.store.getArticle(ids[0]!))!;
      await unpublishArticle(running.app.operations, { articleId: article.id, expectedRevision: article.revision, actor: SYSTEM });
      const after = await page('q=quokkaville');
      expect(after.response.headers.get('x-cache')).toBe('BYPASS');
      expect(after.html).not.toContain(`/a-${ids[0]}"`);
    });

    it('pages through results and keeps the filters in the links', async () => {
      const first = await page('q=zebracrossing');
      expect(allMatches(first.html, /<li><h2><a href="(\/en\/[^"]+)"/)).toHaveLength(10);
      expect(first.html).toContain('href="/en/search?q=zebracrossing&amp;page=2" rel="next"');
      const second = await page('q=zebracrossing&page=2');
      expect(allMatches(second.html, /<li><h2><a href="(\/en\/[^"]+)"/)).toHaveLength(1);
      const dated = await page('q=zebracrossing&from=2026-01-02&to=2026-01-03');
      expect(allMatches(dated.html, /<li><h2><a href="(\/en\/[^"]+)"/)).toHaveLength(2);
    });

    it('counts only up to its cap: past it the page says "more than 500" and offers at most 50 pages', async () => {
      const section = (await running.app.store.listSections('en'))[0]!;
      await importArticles(running.app.operations, Array.from({ length: 505 }, (_, i) => ({
        editionCode: 'en', sectionId: section.id, headline: `Capybara census ${i + 1}`, body: [], publishedAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
      })), SYSTEM);
      const { html } = await page('q=capybara');
      expect(html).toContain('More than 500 articles found');
      expect(allMatches(html, /<li><h2><a href="(\/en\/[^"]+)"/)).toHaveLength(10);
      const last = await page('q=capybara&page=50');
      expect(allMatches(last.html, /<li><h2><a href="(\/en\/[^"]+)"/)).toHaveLength(10);
      expect(last.html).not.toContain('rel="next"');
      const api = (await (await running.get('/api/v1/search?q=capybara&edition=en')).json()) as { total: number; totalIsLowerBound: boolean };
      expect(api).toMatchObject({ total: 500, totalIsLowerBound: true });
    });

    it('filters by section and says something useful when nothing is found', async () => {
      const { response, html } = await page(`q=zebracrossing&section=${encodeURIComponent(worldPath)}`);
      expect(response.status).toBe(200);
      expect(html).not.toMatch(/<ol class="search-results">/);
      expect(html).toContain('No articles match “\u2068zebracrossing\u2069”.');
      expect(html).toContain('Check the spelling');
      // Suggestions: the latest articles of the edition, linked.
      expect(allMatches(html, /<li><a href="(\/en\/[^"]+\/a-\d+)"/).length).toBeGreaterThan(0);
      expect(html).toMatch(new RegExp(`<option value="${worldPath}" selected`));
    });

    it('answers every hostile query and parameter with a page, never an error', async () => {
      const queries = [
        ...HOSTILE_QUERIES.map((q) => `q=${encodeQuery(q)}`),
        'q=%00', 'q=%ED%A0%80', 'q=%E0%A4%A', 'q=a&q=b', 'page=abc&q=x', 'page=99999999&q=report', 'page=-1&q=x',
        'from=2026-02-31&q=x', 'to=tomorrow&q=x', 'section=../../etc&q=x', 'section=%00&q=x', `q=${'x'.repeat(10_000)}`,
      ];
      for (const query of queries) {
        const { response, html } = await page(query);
        expect(response.status, query.slice(0, 60)).toBe(200);
        expect(html, query.slice(0, 60)).not.toMatch(/syntax|fts5|tsquery|SQLITE|stack/i);
      }
    });

    it('serves the Arabic edition right to left with its own strings', async () => {
      const response = await running.get(`/ar/search?q=${encodeURIComponent('قوكاڤيل')}`);
      const html = await response.text();
      expect(html).toMatch(/<html lang="ar" dir="rtl"/);
      expect(html).toContain('نتائج البحث عن «\u2068قوكاڤيل\u2069»');
      expect(html).toContain(`/a-${ids[12]}"`);
      expect(html).toContain('<mark>قوكاڤيل</mark>');
    });

    it('is a 404 for an unknown edition', async () => {
      expect((await running.get('/xx/search?q=a')).status).toBe(404);
    });
  });
}
