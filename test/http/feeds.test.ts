/**
 * RSS feeds, the Google News sitemap, the sitemap index, article sitemaps and
 * robots.txt of every demo edition, read with real parsers and checked rule by
 * rule against the store, on every store kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPubliclyVisible, type Article } from '../../src/domain/article.js';
import { formatByline } from '../../src/domain/byline.js';
import type { StoredImage } from '../../src/domain/taxonomy.js';
import type { SectionWithDescription, Store } from '../../src/operations/ports.js';
import { allMatches, startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { parseWellFormed, readFeed, RFC_822, textOf, W3C_DATETIME } from './feeds-parsing.js';

const EDITIONS = ['en', 'de', 'ar'] as const;
const NOW = new Date('2026-12-01T12:00:00.000Z');
const HOUR = 3_600_000;

const articleIdOf = (url: string) => Number(/\/a-(\d+)$/.exec(url)?.[1]);

/** Every publicly visible article of an edition, judged here from the raw rows rather than the listing query. */
async function visibleArticles(store: Store, editionCode: string): Promise<Article[]> {
  const { rows } = await store.searchArticles({ editionCodes: [editionCode], status: 'published', limit: 10_000, offset: 0 });
  const articles = await Promise.all(rows.map((r) => store.getArticle(r.id)));
  return articles.filter((a): a is Article => a !== null && isPubliclyVisible(a, NOW));
}

const descendants = (sections: SectionWithDescription[], id: number): number[] => {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const s of sections) if (s.parentId === ids[i]) ids.push(s.id);
  return ids;
};

for (const kind of testStoreKinds) {
  describe(`feeds and sitemaps (${kind.name})`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind, { now: () => NOW });
    }, 120_000);
    afterAll(async () => running?.stop());

    /** Checks one feed against every rule and returns its item links. */
    async function checkFeed(path: string, expected: { pagePath: string; lang: string; articles: Article[] }): Promise<string[]> {
      const store = running.app.store;
      const response = await running.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{16,}"$/);
      expect(response.headers.get('last-modified')).toMatch(RFC_822);
      const { tree, feed } = readFeed(await response.text());
      const channel = tree.rss.channel;
      expect(tree.rss['@_version']).toBe('2.0');
      expect(textOf(channel.title).length).toBeGreaterThan(0);
      expect(textOf(channel.description).length).toBeGreaterThan(0);
      expect(textOf(channel.link)).toBe(TEST_PUBLIC_URL + expected.pagePath);
      expect(textOf(channel.language)).toBe(expected.lang);
      expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_href': TEST_PUBLIC_URL + path, '@_type': 'application/rss+xml' });
      expect(textOf(channel.lastBuildDate)).toMatch(RFC_822);
      expect(textOf(channel.lastBuildDate)).toBe(response.headers.get('last-modified'));

      const items: Record<string, unknown>[] = channel.item ?? [];
      const newest = [...expected.articles].sort((a, b) => Date.parse(b.firstPublishedAt!) - Date.parse(a.firstPublishedAt!) || b.id - a.id);
      expect(items.map((i) => articleIdOf(textOf(i.link)))).toEqual(newest.slice(0, 50).map((a) => a.id));
      expect(feed.entries?.map((e) => e.link)).toEqual(items.map((i) => textOf(i.link)));
      expect(feed.language).toBe(expected.lang);

      for (const item of items) {
        const link = textOf(item.link);
        const article = expected.articles.find((a) => a.id === articleIdOf(link))!;
        expect(link).toBe(`${TEST_PUBLIC_URL}/${article.editionCode}/${encodeURIComponent(article.slug)}/a-${article.id}`);
        expect(item.guid).toMatchObject({ '#text': link, '@_isPermaLink': 'true' });
        expect(textOf(item.title)).toBe(article.headline);
        expect(textOf(item.description)).toBe(article.teaser);
        expect(textOf(item.pubDate)).toMatch(RFC_822);
        expect(Date.parse(textOf(item.pubDate))).toBe(Math.floor(Date.parse(article.firstPublishedAt!) / 1000) * 1000);
        const [authors, agencies, sections, topics] = await Promise.all([
          store.getAuthors(article.authorIds), store.getAgencies(article.agencyIds), store.listSections(article.editionCode), store.listTopics(article.editionCode),
        ]);
        const byline = formatByline({
          initials: article.authorIds.map((id) => authors.find((a) => a.id === id)!.initials),
          agencies: article.agencyIds.map((id) => agencies.find((a) => a.id === id)!.code),
        });
        if (byline) expect(textOf(item['dc:creator'])).toBe(byline);
        else expect(item['dc:creator']).toBeUndefined();
        expect((item.category as unknown[]).map(textOf)).toEqual([
          sections.find((s) => s.id === article.sectionId)!.name,
          ...article.topicIds.map((id) => topics.find((t) => t.id === id)!.name),
        ]);
        const media = item['media:content'] as Record<string, unknown> | undefined;
        if (article.leadImageId === null) {
          expect(media).toBeUndefined();
          continue;
        }
        const [image] = (await store.getImages([article.leadImageId])) as StoredImage[];
        expect(media).toMatchObject({ '@_type': image!.mimeType, '@_medium': 'image' });
        expect(String(media!['@_url'])).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/${image!.fileName.replace('.jpg', '')}(-\\d+)?\\.jpg$`));
        const [width, height] = [Number(media!['@_width']), Number(media!['@_height'])];
        expect(width).toBeGreaterThan(0);
        expect(Math.abs(height - (image!.height * width) / image!.width)).toBeLessThanOrEqual(1);
        expect(textOf(media!['media:description'])).toBe(image!.caption || image!.alt);
        if (image!.creditName) expect(textOf(media!['media:credit'])).toContain(image!.creditName);
      }
      return items.map((i) => textOf(i.link));
    }

    it('serves RSS 2.0 per edition, per section (nested too) and per topic, read by a feed reader library', async () => {
      const store = running.app.store;
      for (const code of EDITIONS) {
        const visible = await visibleArticles(store, code);
        const sections = await store.listSections(code);
        const nested = sections.find((s) => s.parentId !== null && visible.some((a) => a.sectionId === s.id))!;
        const parent = sections.find((s) => s.id === nested.parentId)!;
        const topic = (await store.listTopics(code)).find((t) => visible.some((a) => a.topicIds.includes(t.id)))!;
        expect(nested && parent && topic, code).toBeTruthy();
        const links = await checkFeed(`/${code}/rss.xml`, { pagePath: `/${code}/`, lang: code, articles: visible });
        expect(links.length).toBeGreaterThan(3);
        for (const section of [parent, nested]) {
          const ids = descendants(sections, section.id);
          await checkFeed(`/${code}/${section.path}/rss.xml`, {
            pagePath: `/${code}/${section.path}/`, lang: code, articles: visible.filter((a) => ids.includes(a.sectionId)),
          });
        }
        await checkFeed(`/${code}/topic/${encodeURIComponent(topic.slug)}/rss.xml`, {
          pagePath: `/${code}/topic/${encodeURIComponent(topic.slug)}/`, lang: code, articles: visible.filter((a) => a.topicIds.includes(topic.id)),
        });
        // Every item link is a live article page.
        for (const link of links.slice(0, 3)) expect((await running.get(link.slice(TEST_PUBLIC_URL.length))).status).toBe(200);
      }
    });

    it('answers 304 to a matching If-None-Match or If-Modified-Since, from the cache and from a fresh render', async () => {
      for (const path of ['/en/rss.xml', '/ar/world/rss.xml', '/de/sitemap-news.xml', '/sitemap.xml', '/en/sitemap-articles-1.xml']) {
        running.app.pageCache?.clear();
        const first = await running.get(path);
        expect(first.headers.get('x-cache')).toBe('MISS');
        const etag = first.headers.get('etag')!;
        const lastModified = first.headers.get('last-modified')!;
        const body = await first.text();
        // A miss: the cache was cleared, so this one renders again and must still revalidate.
        running.app.pageCache?.clear();
        const fresh = await running.get(path, { headers: { 'if-none-match': etag } });
        expect([fresh.status, fresh.headers.get('x-cache')]).toEqual([304, 'MISS']);
        expect(await fresh.text()).toBe('');
        const hit = await running.get(path, { headers: { 'if-none-match': `W/${etag}, "other"` } });
        expect([hit.status, hit.headers.get('x-cache'), hit.headers.get('etag')]).toEqual([304, 'HIT', etag]);
        expect((await running.get(path, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
        // If-None-Match wins over If-Modified-Since; a different tag or date gets the whole document.
        const changed = await running.get(path, { headers: { 'if-none-match': '"stale"', 'if-modified-since': lastModified } });
        expect(changed.status).toBe(200);
        expect(await changed.text()).toBe(body);
        const earlier = new Date(Date.parse(lastModified) - HOUR).toUTCString();
        expect((await running.get(path, { headers: { 'if-modified-since': earlier } })).status).toBe(200);
      }
      // Pages carry a strong ETag too (docs/adr/0009-http-caching-and-edge.md); listings and homes no Last-Modified.
      const page = await running.get('/en/', { headers: { 'if-none-match': '*' } });
      expect([page.status, page.headers.get('last-modified')]).toEqual([304, null]);
    });

    it('links the feeds from every page head and visibly from section and topic pages, in each language', async () => {
      const labels = { en: 'RSS feed', de: 'RSS-Feed', ar: 'موجز RSS' };
      const feedLinks = (html: string) => allMatches(html, /<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/);
      for (const code of EDITIONS) {
        const edition = `${TEST_PUBLIC_URL}/${code}/rss.xml`;
        const home = await (await running.get(`/${code}/`)).text();
        expect(feedLinks(home)).toEqual([edition]);
        const [section] = await running.app.store.listSections(code);
        const sectionPage = await (await running.get(`/${code}/${section!.path}/`)).text();
        expect(feedLinks(sectionPage)).toEqual([edition, `${TEST_PUBLIC_URL}/${code}/${section!.path}/rss.xml`]);
        expect(sectionPage).toContain(`<a href="/${code}/${section!.path}/rss.xml" type="application/rss+xml">${labels[code]}</a>`);
        const [topic] = await running.app.store.listTopics(code);
        const topicPath = `/${code}/topic/${encodeURIComponent(topic!.slug)}/`;
        const topicPage = await (await running.get(topicPath)).text();
        expect(feedLinks(topicPage)).toEqual([edition, `${TEST_PUBLIC_URL}${topicPath}rss.xml`]);
        expect(topicPage).toContain(`<a href="${topicPath}rss.xml" type="application/rss+xml">${labels[code]}</a>`);
        const [article] = await visibleArticles(running.app.store, code);
        const articlePage = await (await running.get(`/${code}/${encodeURIComponent(article!.slug)}/a-${article!.id}`)).text();
        expect(feedLinks(articlePage)).toEqual([edition]);
        expect(feedLinks(await (await running.get(`/${code}/no-such-page/`)).text())).toEqual([edition]);
      }
    });

    it('lists in the Google News sitemap only articles first published in the last 48 hours', async () => {
      for (const code of EDITIONS) {
        const response = await running.get(`/${code}/sitemap-news.xml`);
        expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
        const tree = parseWellFormed(await response.text());
        expect(tree.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
        const urls: Record<string, any>[] = tree.urlset.url ?? [];
        const visible = await visibleArticles(running.app.store, code);
        const recent = visible.filter((a) => NOW.getTime() - Date.parse(a.firstPublishedAt!) <= 48 * HOUR);
        expect(recent.length).toBeLessThan(visible.length);
        expect(urls.map((u) => articleIdOf(textOf(u.loc))).sort()).toEqual(recent.map((a) => a.id).sort());
        const siteTitle = (await running.app.store.listEditions()).find((e) => e.code === code)!.siteTitle;
        for (const url of urls) {
          const article = recent.find((a) => a.id === articleIdOf(textOf(url.loc)))!;
          const news = url['news:news'];
          expect(textOf(news['news:publication']['news:name'])).toBe(siteTitle);
          expect(textOf(news['news:publication']['news:language'])).toBe(code);
          expect(textOf(news['news:publication_date'])).toMatch(W3C_DATETIME);
          expect(Date.parse(textOf(news['news:publication_date']))).toBe(Math.floor(Date.parse(article.firstPublishedAt!) / 1000) * 1000);
          expect(textOf(news['news:title'])).toBe(article.headline);
        }
      }
    });

    it('links every edition from the sitemap index; article sitemaps list every visible article with lastmod and its image', async () => {
      const index = parseWellFormed(await (await running.get('/sitemap.xml')).text());
      const locs: string[] = index.sitemapindex.sitemap.map((s: Record<string, unknown>) => textOf(s.loc));
      for (const entry of index.sitemapindex.sitemap) expect(textOf(entry.lastmod)).toMatch(W3C_DATETIME);
      for (const code of EDITIONS) {
        expect(locs).toContain(`${TEST_PUBLIC_URL}/${code}/sitemap-news.xml`);
        const pages = locs.filter((l) => l.startsWith(`${TEST_PUBLIC_URL}/${code}/sitemap-articles-`));
        expect(pages.length).toBeGreaterThan(0);
        const listed = new Map<number, Record<string, any>>();
        for (const page of pages) {
          const response = await running.get(page.slice(TEST_PUBLIC_URL.length));
          const tree = parseWellFormed(await response.text());
          expect(tree.urlset['@_xmlns:image']).toBe('http://www.google.com/schemas/sitemap-image/1.1');
          expect(tree.urlset.url.length).toBeLessThanOrEqual(50_000);
          for (const url of tree.urlset.url) listed.set(articleIdOf(textOf(url.loc)), url);
        }
        const visible = await visibleArticles(running.app.store, code);
        expect([...listed.keys()].sort()).toEqual(visible.map((a) => a.id).sort());
        for (const article of visible) {
          const url = listed.get(article.id)!;
          expect(textOf(url.loc)).toBe(`${TEST_PUBLIC_URL}/${code}/${encodeURIComponent(article.slug)}/a-${article.id}`);
          expect(textOf(url.lastmod)).toMatch(W3C_DATETIME);
          expect(Date.parse(textOf(url.lastmod))).toBe(Math.floor(Date.parse(article.updatedAt) / 1000) * 1000);
          if (article.leadImageId === null) expect(url['image:image']).toBeUndefined();
          else {
            const [image] = await running.app.store.getImages([article.leadImageId]);
            expect(textOf(url['image:image']['image:loc'])).toBe(`${TEST_PUBLIC_URL}/media/${image!.fileName}`);
          }
        }
      }
      expect((await running.get('/en/sitemap-articles-99.xml')).status).toBe(404);
      expect((await running.get('/en/sitemap-articles-0.xml')).status).toBe(404);
    });

    it('names the sitemap index in robots.txt and keeps crawlers out of the newsroom', async () => {
      const response = await running.get('/robots.txt');
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      const lines = (await response.text()).split('\n');
      expect(lines).toContain(`Sitemap: ${TEST_PUBLIC_URL}/sitemap.xml`);
      expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /admin', 'Disallow: /api/admin']));
    });
  });
}
