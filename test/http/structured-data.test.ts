/**
 * Structured data and link-preview tags of real pages, over HTTP, on every
 * store and for every demo edition: the JSON-LD is extracted from the page,
 * parsed, and every field search engines require is checked, including on an
 * article whose headline tries to break out of the script element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle } from '../../src/operations/create-article.js';
import { allMatches, startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

type Node = Record<string, unknown> & { '@type': string | string[] };
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const HOSTILE = 'Quote "this" </script><script>alert(1)</script> <!-- \u200Fمرحبا\u200E & \u2028 end';

/** The page's one JSON-LD block, parsed; fails when there is none, several, or any other script. */
function jsonLd(html: string): Node[] {
  const blocks = allMatches(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  expect(blocks).toHaveLength(1);
  // Live coverage pages alone also load their one script file (src/site/assets/live-updates.js).
  expect(allMatches(html, /<script\b(?![^>]*src="\/assets\/live\.[0-9a-f]{12}\.js")/)).toHaveLength(1);
  const document = JSON.parse(blocks[0] as string) as { '@context': string; '@graph': Node[] };
  expect(document['@context']).toBe('https://schema.org');
  return document['@graph'];
}
const isType = (node: Node, type: string) => (Array.isArray(node['@type']) ? node['@type'].includes(type) : node['@type'] === type);
const nodeOf = (graph: Node[], type: string) => {
  const node = graph.find((n) => isType(n, type));
  expect(node, `${type} node`).toBeDefined();
  return node as Node;
};
const absolute = (url: unknown) => expect(String(url)).toMatch(new RegExp(`^${TEST_PUBLIC_URL.replace(/\./g, '\\.')}/`));
const sitePath = (url: unknown) => String(url).slice(TEST_PUBLIC_URL.length);
const meta = (html: string, attr: 'property' | 'name', key: string) =>
  allMatches(html, new RegExp(`<meta ${attr}="${key.replace(/:/g, ':')}" content="([^"]*)"`, 'g'));

const unescapeHtml = (text: string) =>
  text.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" })[name] ?? '');

function checkImageObject(image: Node) {
  expect(image['@type']).toBe('ImageObject');
  absolute(image.url);
  expect(image.width).toBeGreaterThan(0);
  expect(image.height).toBeGreaterThan(0);
}

for (const kind of testStoreKinds) {
  describe(`structured data on ${kind.name}`, () => {
    let running: RunningApp;
    let hostilePath = '';

    beforeAll(async () => {
      running = await startTestApp(kind);
      const ops = running.app.operations;
      const [section] = await running.app.store.listSections('en');
      const [topic] = await running.app.store.listTopics('en');
      const [author] = await running.app.store.listAuthors();
      const [image] = await running.app.store.listImages({ limit: 1, offset: 0 });
      const id = await createArticle(ops, {
        editionCode: 'en', sectionId: section!.id, headline: HOSTILE, teaser: `Teaser with ${HOSTILE}`, slug: 'hostile-headline',
        body: [{ type: 'paragraph', spans: [{ text: 'Body.' }] }], leadImageId: image!.id, topicIds: [topic!.id], authorIds: [author!.id],
        publishedAt: new Date(Date.now() - 3_600_000).toISOString(),
      }, SYSTEM);
      const article = await running.app.store.getArticle(id);
      await correctArticle(ops, { articleId: id, expectedRevision: article!.revision, edit: {}, notice: { kind: 'correction', text: 'An earlier version misnamed the </script> tag.' }, actor: SYSTEM });
      hostilePath = `/en/hostile-headline/a-${id}`;
    });
    afterAll(async () => running?.stop());

    for (const code of ['en', 'de', 'ar']) {
      it(`describes every article of the ${code} home page as a NewsArticle with every required field`, async () => {
        const home = await (await running.get(`/${code}/`)).text();
        const links = [...new Set(allMatches(home, new RegExp(`href="(/${code}/[^"]+/a-\\d+)"`, 'g')))];
        expect(links.length).toBeGreaterThan(4);
        const lang = code;
        for (const link of links) {
          const html = await (await running.get(link)).text();
          const graph = jsonLd(html);
          const article = nodeOf(graph, 'NewsArticle');
          const where = link;
          expect(article.headline, where).toEqual(expect.any(String));
          expect(String(article.headline).length, where).toBeGreaterThan(0);
          expect(article.description, where).toEqual(expect.any(String));
          expect(article.url, where).toBe(TEST_PUBLIC_URL + link);
          expect(article.mainEntityOfPage, where).toMatchObject({ '@type': 'WebPage', '@id': TEST_PUBLIC_URL + link });
          const images = article.image as Node[];
          expect(images.length, where).toBe(1);
          checkImageObject(images[0]!);
          expect(article.datePublished, where).toMatch(ISO);
          expect(article.dateModified, where).toMatch(ISO);
          expect(Date.parse(String(article.dateModified)), where).toBeGreaterThanOrEqual(Date.parse(String(article.datePublished)));
          const authors = article.author as Node[];
          expect(authors.length, where).toBeGreaterThan(0);
          for (const author of authors) {
            expect(author['@type']).toBe('Person');
            expect(author.name).toEqual(expect.any(String));
            expect(sitePath(author.url)).toMatch(new RegExp(`^/${code}/author/[^/]+/$`));
          }
          const publisher = article.publisher as Node;
          expect(publisher['@type']).toBe('NewsMediaOrganization');
          expect(publisher.name).toEqual(expect.any(String));
          absolute(publisher.url);
          checkImageObject(publisher.logo as Node);
          expect(article.inLanguage).toBe(lang);
          expect(article.isAccessibleForFree).toBe(true);
          expect(article.articleSection, where).toEqual(expect.any(String));
          // Keywords are the article's topics, the same as its article:tag meta tags (none for an article without topics).
          expect(article.keywords ?? [], where).toEqual(meta(html, 'property', 'article:tag').map(unescapeHtml));
          const breadcrumb = nodeOf(graph, 'BreadcrumbList');
          expect((breadcrumb.itemListElement as Node[])[0]).toMatchObject({ position: 1, item: `${TEST_PUBLIC_URL}/${code}/` });
          nodeOf(graph, 'WebSite');
        }
        // Each author URL is a real page.
        const first = jsonLd(await (await running.get(links[0] as string)).text());
        const authorUrl = (nodeOf(first, 'NewsArticle').author as Node[])[0]!.url;
        expect((await running.get(sitePath(authorUrl))).status).toBe(200);
      });

      it(`puts WebSite with a SearchAction, CollectionPage and BreadcrumbList on the ${code} home, section, topic and author pages`, async () => {
        const home = await (await running.get(`/${code}/`)).text();
        const section = allMatches(home, new RegExp(`<h2 class="block-heading"[^>]*><a href="(/${code}/[^"]+/)"`))[0] as string;
        const topic = allMatches(home, new RegExp(`href="(/${code}/topic/[^"]+/)"`))[0] as string;
        const [author] = await running.app.store.listAuthors();
        const pages = [`/${code}/`, section, topic, `/${code}/author/${encodeURIComponent(author!.slug)}/`];
        for (const path of pages) {
          const response = await running.get(path);
          expect(response.status, path).toBe(200);
          const graph = jsonLd(await response.text());
          const website = nodeOf(graph, 'WebSite');
          expect(website.url).toBe(`${TEST_PUBLIC_URL}/${code}/`);
          expect(website.inLanguage).toBe(code);
          expect(website.potentialAction).toMatchObject({
            '@type': 'SearchAction',
            target: { '@type': 'EntryPoint', urlTemplate: `${TEST_PUBLIC_URL}/${code}/search?q={search_term_string}` },
            'query-input': 'required name=search_term_string',
          });
          const page = nodeOf(graph, 'CollectionPage');
          expect(page.url, path).toBe(TEST_PUBLIC_URL + path);
          expect(page.inLanguage).toBe(code);
          expect(page.name).toEqual(expect.any(String));
          const crumbs = nodeOf(graph, 'BreadcrumbList').itemListElement as Node[];
          expect(crumbs[0]).toMatchObject({ '@type': 'ListItem', position: 1, item: `${TEST_PUBLIC_URL}/${code}/` });
          expect(crumbs[crumbs.length - 1]?.item, path).toBe(TEST_PUBLIC_URL + path);
          crumbs.forEach((crumb, i) => expect(crumb.position).toBe(i + 1));
        }
      });
    }

    it('keeps JSON-LD parseable and inert when the headline holds </script>, quotes and RTL marks', async () => {
      const response = await running.get(hostilePath);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'none'");
      const html = await response.text();
      expect(html).not.toContain('<script>alert(1)');
      const article = nodeOf(jsonLd(html), 'NewsArticle');
      expect(article.headline).toBe(HOSTILE);
      expect(article.description).toBe(`Teaser with ${HOSTILE}`);
      expect(article.correction).toEqual([
        { '@type': 'CorrectionComment', text: 'An earlier version misnamed the </script> tag.', datePublished: expect.stringMatching(ISO) },
      ]);
    });

    it('gives articles Open Graph and Twitter card tags with the lead image', async () => {
      const html = await (await running.get(hostilePath)).text();
      expect(meta(html, 'property', 'og:type')).toEqual(['article']);
      const [image] = meta(html, 'property', 'og:image');
      absolute(image);
      expect((await running.get(sitePath(image))).status).toBe(200);
      expect(Number(meta(html, 'property', 'og:image:width')[0])).toBeGreaterThan(0);
      expect(Number(meta(html, 'property', 'og:image:height')[0])).toBeGreaterThan(0);
      expect(meta(html, 'property', 'og:image:alt')[0]).not.toBe('');
      expect(meta(html, 'property', 'article:published_time')[0]).toMatch(ISO);
      expect(meta(html, 'property', 'article:modified_time')[0]).toMatch(ISO);
      expect(meta(html, 'property', 'article:section')[0]).not.toBe('');
      expect(meta(html, 'property', 'article:tag').length).toBe(1);
      expect(meta(html, 'name', 'twitter:card')).toEqual(['summary_large_image']);
      expect(meta(html, 'name', 'twitter:image')).toEqual([image]);
      const title = meta(html, 'name', 'twitter:title')[0] ?? '';
      expect(title).not.toMatch(/</);
      expect(unescapeHtml(title)).toBe(HOSTILE);
    });

    it('serves the publisher logo as an immutable PNG', async () => {
      const html = await (await running.get('/en/')).text();
      const logo = (nodeOf(jsonLd(html), 'NewsMediaOrganization').logo as Node).url;
      const response = await running.get(sitePath(logo));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toContain('immutable');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    });

    it('keeps canonical and hreflang links, with x-default at the default edition when translations exist', async () => {
      const home = await (await running.get('/de/')).text();
      for (const link of allMatches(home, /href="(\/de\/[^"]+\/a-\d+)"/g)) {
        const html = await (await running.get(link)).text();
        if (!/hreflang="en"/.test(html)) continue;
        expect(html).toContain(`<link rel="canonical" href="${TEST_PUBLIC_URL}${link}"`);
        expect(html).toContain(`<link rel="alternate" hreflang="de" href="${TEST_PUBLIC_URL}${link}"`);
        const english = allMatches(html, /<link rel="alternate" hreflang="en" href="([^"]+)"/)[0];
        expect(allMatches(html, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toEqual([english]);
        return;
      }
      throw new Error('no German article with an English translation');
    });
  });
}
