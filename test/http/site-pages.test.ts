/**
 * The public site over real HTTP, on every store: each page type's status and
 * every element of the article page, checked by structure rather than wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMatches, startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const count = (html: string, pattern: RegExp) => allMatches(html, pattern).length;

for (const kind of testStoreKinds) {
  describe(`public site on ${kind.name}`, () => {
    let running: RunningApp;
    let homeHtml: string;
    let articleUrl: string;
    let articleHtml: string;

    beforeAll(async () => {
      running = await startTestApp(kind);
      homeHtml = await (await running.get('/en/')).text();
      // An article with translations, so the language menu has links to the same story.
      const articleLinks = allMatches(homeHtml, /href="(\/en\/[^"/]+\/a-\d+)"/);
      expect(articleLinks.length).toBeGreaterThan(5);
      for (const link of articleLinks) {
        const html = await (await running.get(link)).text();
        articleUrl = link;
        articleHtml = html;
        if (/<link rel="alternate" hreflang="de"/.test(html) && /<figure/.test(html) && /<h2[^>]*id="h-/.test(html)) break;
      }
    });
    afterAll(async () => running.stop());

    it('redirects / to the default edition and /en to /en/', async () => {
      const root = await running.get('/');
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/en/');
      const bare = await running.get('/en');
      expect(bare.status).toBe(301);
      expect(bare.headers.get('location')).toBe('/en/');
    });

    it('serves the edition home with top story, latest and section blocks', async () => {
      const response = await running.get('/en/');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(homeHtml).toMatch(/<html[^>]* lang="en"[^>]* dir="ltr"/);
      expect(count(homeHtml, /<h1[\s>]/)).toBe(1);
      expect(count(homeHtml, /<article[\s>]/)).toBeGreaterThan(10);
      expect(homeHtml).toMatch(/<nav[^>]*id="main-menu"/);
    });

    it('serves the Arabic edition right-to-left in Arabic', async () => {
      const response = await running.get('/ar/');
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toMatch(/<html[^>]* lang="ar"[^>]* dir="rtl"/);
      expect(html).toMatch(/[\u0600-\u06FF]{3,}/);
    });

    describe('article page', () => {
      it('is served at its canonical URL with one h1 and correct html attributes', () => {
        expect(articleUrl).toMatch(/^\/en\/[^/]+\/a-\d+$/);
        expect(articleHtml.startsWith('<!doctype html>')).toBe(true);
        expect(articleHtml).toMatch(/<html[^>]* lang="en"[^>]* dir="ltr"/);
        expect(count(articleHtml, /<h1[\s>]/)).toBe(1);
        expect(articleHtml).toContain(`<link rel="canonical" href="${TEST_PUBLIC_URL}${articleUrl}"`);
      });

      it('has skip links first, each pointing at an element that exists', () => {
        const firstLinks = allMatches(articleHtml, /<a[^>]*href="(#[^"]+)"/).slice(0, 3);
        expect(firstLinks).toEqual(['#main-content', '#main-menu', '#language-menu']);
        for (const target of firstLinks) expect(articleHtml).toContain(`id="${target.slice(1)}"`);
        const firstFocusable = articleHtml.search(/<(a|button|input)[\s>]/);
        expect(articleHtml.slice(firstFocusable, firstFocusable + 60)).toContain('#main-content');
      });

      it('uses semantic landmarks: header, nav, main, article, footer', () => {
        for (const tag of ['header', 'nav', 'main', 'article', 'footer']) expect(articleHtml).toMatch(new RegExp(`<${tag}[\\s>]`));
        expect(articleHtml).toMatch(/<main[^>]*id="main-content"/);
      });

      it('has the "In focus" bar, a breadcrumb of the section path and the main menu', () => {
        const focusNav = articleHtml.match(/<nav[^>]*aria-label="In focus"[^>]*>([\s\S]*?)<\/nav>/);
        expect(focusNav?.[1]).toMatch(/href="\/en\/topic\/[^"]+\/"/);
        const breadcrumb = articleHtml.match(/<nav[^>]*aria-label="[^"]*"[^>]*>\s*<ol[\s\S]*?<\/ol>/);
        expect(breadcrumb?.[0]).toMatch(/href="\/en\/"/);
        expect(breadcrumb?.[0]).toMatch(/href="\/en\/[a-z-]+\/"/);
      });

      it('shows kicker, headline, teaser, a machine-readable date and the short link', () => {
        expect(articleHtml).toMatch(/class="[^"]*kicker/);
        expect(articleHtml).toMatch(/<time[^>]*datetime="\d{4}-\d{2}-\d{2}T[\d:.]+Z"/);
        expect(articleHtml).toMatch(/class="[^"]*teaser/);
        const shortLinks = allMatches(articleHtml, /(\/p\/[0-9A-Za-z]{5,7})\b/);
        expect(shortLinks.length).toBeGreaterThan(0);
        expect(articleHtml).toContain(`${TEST_PUBLIC_URL}${shortLinks[0]}`);
      });

      it('shows the lead image as a figure with caption and "Image:" credit', () => {
        const figure = articleHtml.match(/<figure[\s\S]*?<\/figure>/)?.[0] ?? '';
        expect(figure).toMatch(/<img[^>]*src="\/media\/[0-9a-f]+(-\d+)?\.jpg"/);
        expect(figure).toMatch(/<img[^>]*alt="[^"]+"/);
        expect(figure).toMatch(/<img[^>]*width="\d+"[^>]*height="\d+"|<img[^>]*height="\d+"[^>]*width="\d+"/);
        expect(figure).toMatch(/<figcaption[\s\S]*Image:[\s\S]*<\/figcaption>/);
      });

      it('closes with a newsroom byline and lists topics and translations', () => {
        const byline = articleHtml.match(/class="[^"]*byline[^"]*"[^>]*>([\s\S]*?)<\/(p|div|footer)>/)?.[1] ?? '';
        const text = byline.replace(/<[^>]+>/g, '').trim();
        expect(text).toMatch(/[a-z]+(\/[a-z]+)*( \([A-Za-z]+(, [A-Za-z]+)*\))?/);
        expect(articleHtml).toMatch(/href="\/en\/topic\/[^"]+\/"/);
        expect(articleHtml).toMatch(/<link rel="alternate" hreflang="de" href="http:\/\/news\.example\/de\/[^"]+\/a-\d+"/);
        const languageMenu = articleHtml.match(/<nav[^>]*id="language-menu"[\s\S]*?<\/nav>/)?.[0] ?? '';
        expect(languageMenu).toMatch(/href="\/de\/[^"]+\/a-\d+"/);
        expect(languageMenu).toMatch(/lang="ar"/);
      });

      it('renders body subheadings', () => {
        expect(articleHtml).toMatch(/<h2[^>]*id="h-[^"]+"/);
      });
    });

    it('redirects a short link and a wrong slug to the canonical URL', async () => {
      const short = allMatches(articleHtml, /(\/p\/[0-9A-Za-z]{5,7})\b/)[0] as string;
      const viaShort = await running.get(short);
      expect(viaShort.status).toBe(301);
      expect(viaShort.headers.get('location')).toBe(articleUrl);
      const id = articleUrl.split('/a-')[1];
      const wrongSlug = await running.get(`/en/some-other-words/a-${id}`);
      expect(wrongSlug.status).toBe(301);
      expect(wrongSlug.headers.get('location')).toBe(articleUrl);
      expect((await running.get('/p/ZZZZZZ')).status).toBe(404);
    });

    it('serves section pages (nested too), paginated, and topic pages', async () => {
      const sections = [...new Set(allMatches(homeHtml, /href="(\/en\/[a-z-]+(?:\/[a-z-]+)?\/)"/))].filter((h) => !h.includes('/topic/'));
      expect(sections.some((h) => h.split('/').length === 5)).toBe(true);
      for (const href of sections) {
        const response = await running.get(href);
        expect(response.status, href).toBe(200);
        const html = await response.text();
        expect(count(html, /<h1[\s>]/)).toBe(1);
      }
      const topic = allMatches(homeHtml, /href="(\/en\/topic\/[^"]+\/)"/)[0] as string;
      expect((await running.get(topic)).status).toBe(200);
      expect((await running.get(`${sections[0]}?page=1`)).status).toBe(200);
    });

    it('serves the content-hashed stylesheet and media with immutable caching', async () => {
      const css = articleHtml.match(/<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]+\.css)"/)?.[1];
      expect(css).toBeDefined();
      const cssResponse = await running.get(css as string);
      expect(cssResponse.status).toBe(200);
      expect(cssResponse.headers.get('cache-control')).toContain('immutable');
      const image = articleHtml.match(/src="(\/media\/[^"]+)"/)?.[1] as string;
      const imageResponse = await running.get(image);
      expect(imageResponse.status).toBe(200);
      expect(imageResponse.headers.get('content-type')).toBe('image/jpeg');
      expect(imageResponse.headers.get('cache-control')).toContain('immutable');
      expect((await running.get('/media/..%2f..%2fetc%2fpasswd')).status).toBe(404);
      expect((await running.get('/media/deadbeef.jpg')).status).toBe(404);
    });
  });
}
