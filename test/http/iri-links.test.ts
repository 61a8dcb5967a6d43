/**
 * Issue 12: the site's own links carry slugs as IRIs (an Arabic letter is 2
 * bytes, not the 6 of `%D8%A7`); whatever must be a URI — Location headers,
 * sitemaps, feeds, og:url — stays percent-encoded; and every spelling of an
 * Arabic URL a client may send is one page and one page cache entry.
 * Also: each page links the stylesheets its content needs, and no more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMatches, startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const ARABIC = /[\u0600-\u06ff]/;
const ENCODED_ARABIC = /%D[89AB]%/i;

const stylesheetsOf = (html: string) => allMatches(html, /<link rel="stylesheet" href="([^"]+)"/);

for (const kind of testStoreKinds) {
  describe(`IRI links and URI headers on ${kind.name}`, () => {
    let running: RunningApp;
    let iri: string;
    beforeAll(async () => {
      running = await startTestApp(kind);
      const home = await (await running.get('/ar/')).text();
      iri = allMatches(home, /href="(\/ar\/[^"/]+\/a-\d+)"/).find((href) => ARABIC.test(href)) ?? '';
    });
    afterAll(async () => {
      await running?.stop();
    });

    it('links Arabic articles by their letters, never percent-encoded', async () => {
      expect(iri).toMatch(ARABIC);
      for (const path of ['/ar/', iri]) {
        const html = await (await running.get(encodeURI(path))).text();
        const hrefs = allMatches(html, /href="([^"]*)"/);
        expect(hrefs.filter((href) => ENCODED_ARABIC.test(href) && !href.startsWith('mailto:') && !href.startsWith('https://')), path).toEqual([]);
      }
    });

    it('serves one page, from one cache entry, for the spellings clients send', async () => {
      // What a browser requests for the link: the WHATWG URL parser encodes the letters as UTF-8.
      // (Raw UTF-8 bytes in the request line never reach the site: Node's HTTP parser answers 400 itself.)
      const encoded = new URL(iri, running.baseUrl).pathname;
      expect(encoded).toBe(encodeURI(iri));
      expect(encoded).toMatch(ENCODED_ARABIC);
      const first = await running.get(encoded);
      expect(first.status).toBe(200);
      const body = await first.text();
      const lower = await running.get(encoded.toLowerCase());
      expect(lower.status).toBe(200);
      expect(lower.headers.get('x-cache')).toBe('HIT');
      expect(await lower.text()).toBe(body);
    });

    it('names the page by IRI in its canonical link and by URI in og:url', async () => {
      const html = await (await running.get(encodeURI(iri))).text();
      expect(html).toContain(`<link rel="canonical" href="${TEST_PUBLIC_URL}${iri}"/>`);
      expect(html).toContain(`<meta property="og:url" content="${TEST_PUBLIC_URL}${encodeURI(iri)}"/>`);
    });

    it('redirects with a percent-encoded Location, for articles and for videos whose paths carry raw letters', async () => {
      const id = /a-(\d+)$/.exec(iri)?.[1];
      const article = await running.get(`/ar/wrong-slug/a-${id}`);
      expect(article.status).toBe(301);
      expect(article.headers.get('location')).toBe(encodeURI(iri));
      const videos = await (await running.get('/ar/video/')).text();
      const video = allMatches(videos, /href="(\/ar\/video\/[^"/]+\/v-\d+)"/).find((href) => ARABIC.test(href)) ?? '';
      expect(video).toMatch(ARABIC);
      const moved = await running.get(`/ar/video/wrong-slug/v-${/v-(\d+)$/.exec(video)?.[1]}`);
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe(encodeURI(video));
    });

    it('keeps URIs in sitemaps and feeds', async () => {
      for (const path of ['/ar/sitemap-news.xml', '/ar/rss.xml']) {
        const xml = await (await running.get(path)).text();
        const urls = allMatches(xml, /<(?:loc|link)>([^<]+)<\/(?:loc|link)>/);
        expect(urls.some((url) => ENCODED_ARABIC.test(url)), path).toBe(true);
        expect(urls.filter((url) => ARABIC.test(url)), path).toEqual([]);
      }
    });

    it('links the players’ and live coverage’s stylesheets only from pages that use them', async () => {
      const sheetsAt = async (path: string) => stylesheetsOf(await (await running.get(encodeURI(path))).text());
      const [base] = await sheetsAt('/en/');
      expect(base).toMatch(/^\/assets\/site\.[0-9a-f]{12}\.css$/);
      for (const path of ['/en/', '/ar/world/', '/de/search?q=x']) expect(await sheetsAt(path), path).toEqual([base]);
      // Articles: the base sheet alone, unless they play a video (media) or are live coverage (live).
      const arabicArticles = [...new Set(allMatches(await (await running.get('/ar/')).text(), /href="(\/ar\/[^"/]+\/a-\d+)"/))];
      const articleSheets = await Promise.all(arabicArticles.map(sheetsAt));
      expect(articleSheets.filter((sheets) => sheets.length === 1 && sheets[0] === base).length).toBeGreaterThan(5);
      for (const sheets of articleSheets) expect(sheets.slice(1).every((href) => /^\/assets\/(media|live)\./.test(href))).toBe(true);
      const media = /^\/assets\/media\.[0-9a-f]{12}\.css$/;
      for (const path of ['/en/live-tv/', '/ar/audio/']) {
        const sheets = await sheetsAt(path);
        expect(sheets[0], path).toBe(base);
        expect(sheets[1], path).toMatch(media);
      }
      const videos = await (await running.get('/en/video/')).text();
      const video = allMatches(videos, /href="(\/en\/video\/[^"/]+\/v-\d+)"/)[0] ?? '';
      expect((await sheetsAt(video))[1]).toMatch(media);
      const home = await (await running.get('/en/')).text();
      const live = allMatches(home, /href="(\/en\/[^"/]*live[^"/]*\/a-\d+)"/)[0] ?? '';
      expect(await sheetsAt(live)).toEqual([base, expect.stringMatching(/^\/assets\/live\.[0-9a-f]{12}\.css$/)]);
    });
  });
}
