/**
 * Feeds and sitemaps follow the newsroom at once, though cached: an
 * unpublished article leaves every feed and sitemap on the next request, an
 * embargoed one appears only when its embargo lifts, a hostile headline keeps
 * the XML well-formed, a busy section keeps its newest 50, and the news
 * sitemap's 48-hour window moves with the (injected) clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { parseWellFormed, readFeed, textOf } from './feeds-parsing.js';

const T0 = new Date('2026-12-01T12:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR).toISOString();

for (const kind of testStoreKinds) {
  describe(`feeds and sitemaps follow changes (${kind.name})`, () => {
    let running: RunningApp;
    let clock = T0;
    beforeAll(async () => {
      running = await startTestApp(kind, { now: () => clock });
    }, 120_000);
    afterAll(async () => running?.stop());

    const text = async (path: string) => {
      const response = await running.get(path);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    const feedLinks = async (path: string) => (readFeed(await text(path)).tree.rss.channel.item ?? []).map((i: Record<string, unknown>) => textOf(i.link));
    const sitemapLocs = async (path: string) => (parseWellFormed(await text(path)).urlset.url ?? []).map((u: Record<string, unknown>) => textOf(u.loc));

    async function sectionAndTopic() {
      const sections = await running.app.store.listSections('en');
      const europe = sections.find((s) => s.path === 'world/europe')!;
      const topic = (await running.app.store.listTopics('en'))[0]!;
      return { europe, topic };
    }

    it('removes an unpublished article from every feed and sitemap on the next request', async () => {
      const { europe, topic } = await sectionAndTopic();
      const id = await createArticle(running.app.operations, {
        editionCode: 'en', sectionId: europe.id, topicIds: [topic.id], headline: 'Ferry strike halts crossings', teaser: 'Crews walked out at dawn.',
        body: [], publishedAt: at(-1),
      }, SYSTEM);
      const link = `${TEST_PUBLIC_URL}/en/ferry-strike-halts-crossings/a-${id}`;
      const documents = {
        feeds: ['/en/rss.xml', '/en/world/rss.xml', '/en/world/europe/rss.xml', `/en/topic/${topic.slug}/rss.xml`],
        sitemaps: ['/en/sitemap-news.xml', '/en/sitemap-articles-1.xml'],
      };
      for (const path of documents.feeds) expect(await feedLinks(path), path).toContain(link);
      for (const path of documents.sitemaps) expect(await sitemapLocs(path), path).toContain(link);
      await text('/sitemap.xml');
      for (const path of [...documents.feeds, ...documents.sitemaps, '/sitemap.xml'])
        expect((await running.get(path)).headers.get('x-cache'), path).toBe('HIT');

      await unpublishArticle(running.app.operations, { articleId: id, actor: SYSTEM });
      for (const path of documents.feeds) expect(await feedLinks(path), path).not.toContain(link);
      for (const path of documents.sitemaps) expect(await sitemapLocs(path), path).not.toContain(link);
      expect((await running.get('/sitemap.xml')).headers.get('x-cache')).toBe('MISS');
      // Other editions' documents were not touched.
      await text('/de/rss.xml');
      expect((await running.get('/de/rss.xml')).headers.get('x-cache')).toBe('HIT');
    });

    it('keeps an embargoed article out until the embargo lifts, then shows it', async () => {
      const { europe } = await sectionAndTopic();
      const id = await createArticle(running.app.operations, {
        editionCode: 'en', sectionId: europe.id, headline: 'Central bank decision under embargo', body: [], publishedAt: at(0), embargoUntil: at(2),
      }, SYSTEM);
      const link = `${TEST_PUBLIC_URL}/en/central-bank-decision-under-embargo/a-${id}`;
      const present = async () => [
        (await feedLinks('/en/rss.xml')).includes(link),
        (await feedLinks('/en/world/europe/rss.xml')).includes(link),
        (await sitemapLocs('/en/sitemap-news.xml')).includes(link),
        (await sitemapLocs('/en/sitemap-articles-1.xml')).includes(link),
      ];
      expect(await present()).toEqual([false, false, false, false]);
      // The scheduler announces the lifted embargo; the purge reaches the cached feeds and sitemaps.
      clock = new Date(at(3));
      await expect.poll(present, { timeout: 10_000, interval: 100 }).toEqual([true, true, true, true]);
    });

    it('keeps the XML well-formed whatever the headline holds', async () => {
      const { europe } = await sectionAndTopic();
      const headline = `Tom & Jerry </script><script>alert("x")</script> ]]> <![CDATA[ 'quoted' \u200Fمرحبا\u200E end`;
      const teaser = 'A teaser with <b>tags</b> & entities &amp; a bell\u0007 and an escape\u001b.';
      const id = await createArticle(running.app.operations, {
        editionCode: 'en', sectionId: europe.id, headline, teaser, body: [], publishedAt: clock.toISOString(),
      }, SYSTEM);
      const stored = (await running.app.store.getArticle(id))!;
      const items: Record<string, unknown>[] = readFeed(await text('/en/world/europe/rss.xml')).tree.rss.channel.item;
      const item = items.find((i) => textOf(i.link).endsWith(`/a-${id}`))!;
      expect(textOf(item.title)).toBe(stored.headline);
      // eslint-disable-next-line no-control-regex
      expect(textOf(item.description)).toBe(stored.teaser.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ''));
      const news = parseWellFormed(await text('/en/sitemap-news.xml')).urlset.url as Record<string, any>[];
      const entry = news.find((u) => textOf(u.loc).endsWith(`/a-${id}`))!;
      expect(textOf(entry['news:news']['news:title'])).toBe(stored.headline);
      parseWellFormed(await text('/en/sitemap-articles-1.xml'));
      parseWellFormed(await text('/sitemap.xml'));
    });

    it('lists only the newest 50 items of a busy section', async () => {
      const sports = (await running.app.store.listSections('en')).find((s) => s.path === 'sports')!;
      const ids: number[] = [];
      for (let n = 0; n < 55; n++)
        ids.push(await createArticle(running.app.operations, {
          editionCode: 'en', sectionId: sports.id, headline: `Match report number ${n}`, body: [], publishedAt: new Date(clock.getTime() - (n + 1) * 60_000).toISOString(),
        }, SYSTEM));
      const links = await feedLinks('/en/sports/rss.xml');
      expect(links).toHaveLength(50);
      expect(links.map((l: string) => Number(/a-(\d+)$/.exec(l)![1]))).toEqual(ids.slice(0, 50));
    });
  });

  describe(`the news sitemap's 48-hour window (${kind.name})`, () => {
    let running: RunningApp;
    let clock = T0;
    beforeAll(async () => {
      // Without the page cache, every request sees the clock as it is now.
      running = await startTestApp(kind, { now: () => clock, env: { HERALD_PAGE_CACHE: 'false', HERALD_SCHEDULER_INTERVAL_MS: '0' } });
    }, 120_000);
    afterAll(async () => running?.stop());

    it('holds exactly the articles first published in the 48 hours up to the clock', async () => {
      const { rows } = await running.app.store.searchArticles({ editionCodes: ['ar'], status: 'published', limit: 1000, offset: 0 });
      const published = (await Promise.all(rows.map((r) => running.app.store.getArticle(r.id)))).filter((a) => a && !a.embargoUntil);
      for (const hours of [0, 12, 30, 24 * 30]) {
        clock = new Date(at(hours));
        const expected = published
          .filter((a) => {
            const age = clock.getTime() - Date.parse(a!.firstPublishedAt!);
            return age >= 0 && age <= 48 * HOUR;
          })
          .map((a) => a!.id)
          .sort();
        const response = await running.get('/ar/sitemap-news.xml');
        const urls = (parseWellFormed(await response.text()).urlset.url ?? []) as Record<string, unknown>[];
        expect(urls.map((u) => Number(/a-(\d+)$/.exec(textOf(u.loc))![1])).sort(), `${hours} h`).toEqual(expected);
        if (hours === 0) expect(expected.length).toBeGreaterThan(2);
        if (hours === 24 * 30) expect(expected).toEqual([]);
      }
    });
  });
}
