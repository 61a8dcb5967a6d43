/**
 * Reader-site details over real HTTP, on every store: an article taken down
 * answers 410 Gone (never cached), a trailing slash after an article URL
 * redirects to the canonical URL, and every page links a favicon and a web app
 * manifest that are served with their proper types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortLinkPath } from '../../src/domain/article.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { publishArticle, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const GONE_TEXT: Record<string, string> = {
  en: 'This article has been removed',
  de: 'Dieser Artikel wurde entfernt',
  ar: 'تمت إزالة هذا المقال',
};

for (const kind of testStoreKinds) {
  describe(`reader site details on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running.stop());

    async function newArticle(editionCode: string, headline: string): Promise<number> {
      const [section] = await running.app.store.listSections(editionCode);
      return createArticle(running.app.operations, {
        editionCode, sectionId: section!.id, headline, body: [{ type: 'paragraph', spans: [{ text: 'Body text.' }] }],
      }, SYSTEM);
    }

    describe('410 Gone for a taken-down article', () => {
      for (const edition of ['en', 'de', 'ar']) {
        it(`answers 410 with the ${edition} error page and chrome, and so does its short link`, async () => {
          const id = await newArticle(edition, `Story later withdrawn ${edition}`);
          await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
          const article = (await running.app.store.getArticle(id))!;
          const url = `/${edition}/${article.slug}/a-${id}`;
          expect((await running.get(url)).status).toBe(200);
          expect((await running.get(url)).headers.get('x-cache')).toBe('HIT');

          await unpublishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
          for (let attempt = 0; attempt < 2; attempt++) {
            const response = await running.get(url);
            expect(response.status).toBe(410);
            // Not from the page cache, on the first request or any later one.
            expect(response.headers.get('x-cache')).not.toBe('HIT');
            const html = await response.text();
            expect(html).toContain(`<h1>${GONE_TEXT[edition]}</h1>`);
            expect(html).toMatch(new RegExp(`<html[^>]* lang="${edition}"`));
            expect(html).toMatch(/<nav[^>]*id="main-menu"/);
            expect(html).toContain('<meta name="robots" content="noindex"/>');
          }
          // Any slug for the id is the same article: still gone, no redirect to it.
          expect((await running.get(`/${edition}/other-slug/a-${id}`)).status).toBe(410);
          const short = await running.get(shortLinkPath(article.shortId));
          expect(short.status).toBe(410);
          expect(short.headers.get('location')).toBeNull();
          expect(await short.text()).toContain(GONE_TEXT[edition]);

          // Published again: back at once (the 410 was never cached).
          await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
          expect((await running.get(url)).status).toBe(200);
        });
      }

      it('keeps 404 for a never-published article, an unknown id and another edition', async () => {
        const id = await newArticle('en', 'Draft that never went out');
        const draft = (await running.app.store.getArticle(id))!;
        expect((await running.get(`/en/${draft.slug}/a-${id}`)).status).toBe(404);
        expect((await running.get(shortLinkPath(draft.shortId))).status).toBe(404);
        expect((await running.get('/en/nothing-here/a-987654321')).status).toBe(404);

        await publishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
        await unpublishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
        expect((await running.get(`/en/${draft.slug}/a-${id}`)).status).toBe(410);
        // Taken down, but asked for under another edition: that edition has no such article.
        expect((await running.get(`/de/${draft.slug}/a-${id}`)).status).toBe(404);
      });
    });

    it('redirects an article URL with a trailing slash to the canonical URL', async () => {
      const home = await (await running.get('/en/')).text();
      const articleUrl = allMatches(home, /href="(\/en\/[^"/]+\/a-\d+)"/)[0]!;
      const response = await running.get(`${articleUrl}/`);
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(articleUrl);
      const doubled = await running.get(`/${articleUrl}//`);
      expect(doubled.status).toBe(301);
      expect(doubled.headers.get('location')).toBe(articleUrl);
      expect((await running.get(articleUrl)).status).toBe(200);
      // A query string does not carry the slash past the redirect either.
      const withQuery = await running.get(`${articleUrl}/?utm_source=x`);
      expect(withQuery.status).toBe(301);
      expect(withQuery.headers.get('location')).toBe(articleUrl);
    });

    describe('favicon and web app manifest', () => {
      it('links both from every kind of page, in every edition', async () => {
        const home = await (await running.get('/en/')).text();
        const article = allMatches(home, /href="(\/en\/[^"/]+\/a-\d+)"/)[0]!;
        const section = allMatches(home, /href="(\/en\/[a-z-]+\/)"/).find((href) => !href.includes('/topic/'))!;
        const pages = ['/en/', '/de/', '/ar/', article, section, '/en/search?q=harbour', '/en/no-such-page/'];
        for (const page of pages) {
          const html = await (await running.get(page)).text();
          expect(allMatches(html, /<link rel="icon" type="image\/svg\+xml" href="(\/assets\/favicon\.[0-9a-f]{12}\.svg)"\/>/), page).toHaveLength(1);
          expect(allMatches(html, /<link (rel="manifest" href="\/manifest\.webmanifest")\/>/), page).toHaveLength(1);
        }
      });

      it('serves the favicon as an immutable SVG under its content hash', async () => {
        const html = await (await running.get('/en/')).text();
        const href = allMatches(html, /<link rel="icon" type="image\/svg\+xml" href="([^"]+)"/)[0]!;
        const response = await running.get(href);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/svg+xml');
        expect(response.headers.get('cache-control')).toContain('immutable');
        const svg = await response.text();
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(svg).toContain('#0b2e59');
        expect(svg).not.toMatch(/<script|on\w+=/i);
      });

      it('serves the manifest as application/manifest+json with working icons', async () => {
        const response = await running.get('/manifest.webmanifest');
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
        const manifest = (await response.json()) as {
          name: string; short_name: string; start_url: string; display: string; theme_color: string; background_color: string;
          icons: { src: string; type: string; sizes: string }[];
        };
        const site = running.app.store;
        const editions = await site.listEditions();
        const defaultEdition = editions.find((e) => e.isDefault)!;
        expect(manifest.name).toBe(defaultEdition.siteTitle);
        expect(manifest.short_name.length).toBeGreaterThan(0);
        expect(manifest.short_name.length).toBeLessThanOrEqual(12);
        expect(manifest).toMatchObject({ start_url: '/', display: 'browser', theme_color: '#0b2e59', background_color: '#ffffff' });
        expect(manifest.icons.map((i) => [i.type, i.sizes])).toEqual([['image/svg+xml', 'any'], ['image/png', '256x256']]);
        for (const icon of manifest.icons) {
          const served = await running.get(icon.src);
          expect(served.status, icon.src).toBe(200);
          expect(served.headers.get('content-type'), icon.src).toBe(icon.type);
        }
        // Cached like the pages; a slash after it is no manifest.
        expect((await running.get('/manifest.webmanifest')).headers.get('x-cache')).toBe('HIT');
        expect((await running.get('/manifest.webmanifest/')).status).toBe(404);
      });
    });
  });
}
