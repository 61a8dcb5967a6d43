/**
 * Live coverage pages over HTTP, on the seeded demo (one live page per
 * edition), on every store: the rendered page (key points, pinned entry
 * first, anchors, permalinks, pagination of older entries, LiveBlogPosting,
 * the script and its CSP), the admin API, and the readers' event stream
 * (an entry added through the API arrives on an open stream; closing the
 * coverage ends the stream). Waits are for stream data, never fixed sleeps.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { addLiveEntry } from '../../src/operations/live-coverage.js';
import { demoLiveCoverage } from '../../src/seed/demo-content/live-coverage.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const paragraph = (text: string) => [{ type: 'paragraph' as const, spans: [{ text }] }];

function jsonLdNodes(html: string): Record<string, unknown>[] {
  const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return json ? (JSON.parse(json) as { '@graph': Record<string, unknown>[] })['@graph'] : [];
}

/** An open event stream, read as it arrives. */
async function openStream(url: string) {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let ended = false;
  return {
    response,
    /** Reads until `predicate` holds for what arrived so far (the test's own timeout bounds the wait). */
    async until(predicate: (received: string) => boolean): Promise<string> {
      while (!predicate(text)) {
        const { value, done } = await reader.read();
        if (done) {
          ended = true;
          if (!predicate(text)) throw new Error(`stream ended before the expected data; received: ${text}`);
          break;
        }
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    async ended(): Promise<boolean> {
      while (!ended) {
        const { value, done } = await reader.read();
        if (done) ended = true;
        else text += decoder.decode(value, { stream: true });
      }
      return true;
    },
    close: () => controller.abort(),
  };
}

for (const kind of testStoreKinds) {
  describe(`live coverage pages on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let articleId = 0;
    let path = '';

    beforeAll(async () => {
      running = await startTestApp(kind);
      const { rows } = await running.app.store.searchArticles({ editionCodes: ['en'], text: 'Tamesia', limit: 5, offset: 0 });
      const live = [];
      for (const row of rows) if (await running.app.store.live.getLiveCoverage(row.id)) live.push(row);
      articleId = live[0]!.id;
      const article = (await running.app.store.getArticle(articleId))!;
      path = `/en/${article.slug}/a-${articleId}`;
      editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
    }, 120_000);
    afterAll(async () => running?.stop());

    it('every demo edition has one open live page with a dozen entries', async () => {
      for (const edition of ['en', 'de', 'ar']) {
        const { rows } = await running.app.store.searchArticles({ editionCodes: [edition], limit: 500, offset: 0 });
        const live = [];
        for (const row of rows) {
          const coverage = await running.app.store.live.getLiveCoverage(row.id);
          if (coverage) live.push({ row, coverage });
        }
        expect(live, edition).toHaveLength(1);
        const id = live[0]!.row.id;
        const count = (await running.app.store.live.countLiveEntries(id)) + ((await running.app.store.live.getPinnedLiveEntry(id)) ? 1 : 0);
        expect(count).toBe(12);
        expect(live[0]!.coverage.keyPoints.length).toBeGreaterThan(0);
        // Written in the edition's language, its picture's words too (the library's are English).
        const article = (await running.app.store.getArticle(id))!;
        const demo = demoLiveCoverage.find((d) => d.edition === edition)!;
        expect(article.leadImageAlt).toBe(demo.leadImageAlt);
        const html = await (await running.get(`/${edition}/${encodeURIComponent(article.slug)}/a-${id}`)).text();
        expect(html).toContain(`alt="${demo.leadImageAlt}"`);
      }
    });

    it('renders key points, the pinned entry first, every entry with its anchor and permalink, and LiveBlogPosting', async () => {
      const response = await running.get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await response.text();
      expect(html).toContain('class="live__key-points"');
      const anchors = allMatches(html, /<article class="live-entry[^"]*" id="entry-(\d+)"/g).map(Number);
      expect(anchors).toHaveLength(12);
      const pinned = await running.app.store.live.getPinnedLiveEntry(articleId);
      expect(anchors[0]).toBe(pinned!.id);
      expect(html.indexOf('live-entry--pinned')).toBeLessThan(html.indexOf('class="live__entries"'));
      // The rest newest first.
      expect(anchors.slice(1)).toEqual([...anchors.slice(1)].sort((a, b) => b - a));
      expect(html).toContain(`href="/en/live/${articleId}/entries/${anchors[1]}"`);
      const script = /<script src="(\/assets\/live\.[0-9a-f]{12}\.js)" defer/.exec(html)?.[1];
      expect(script).toBeDefined();
      const js = await running.get(script!);
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toContain('javascript');

      const node = jsonLdNodes(html).find((n) => ([n['@type']].flat() as string[]).includes('LiveBlogPosting'));
      expect(node).toBeDefined();
      expect(node!.coverageStartTime).toEqual(expect.any(String));
      expect(node!.coverageEndTime).toBeUndefined();
      const updates = node!.liveBlogUpdate as { '@type': string; url: string; datePublished: string; articleBody: string }[];
      // The five newest, newest first.
      expect(updates.map((u) => Number(u.url.split('#entry-')[1]))).toEqual([...anchors].sort((a, b) => b - a).slice(0, 5));
      expect(updates[0]).toMatchObject({ '@type': 'BlogPosting', datePublished: expect.any(String), headline: expect.any(String) });
      expect(node!['@type']).toEqual(['LiveBlogPosting', 'NewsArticle']);
    });

    it('pages older entries with ?page=, the permalink finds an entry’s page, and other articles refuse ?page=', async () => {
      for (let i = 0; i < 20; i++) await addLiveEntry(running.app.operations, articleId, { body: paragraph(`Filler update ${i}`), initials: 'tst' }, SYSTEM);
      const first = await (await running.get(path)).text();
      expect(first).toContain(`href="${path}?page=2"`);
      // A full first page stays under the weight the site keeps for articles (HTML + CSS < 50 KB uncompressed).
      expect(allMatches(first, /id="entry-(\d+)"/g)).toHaveLength(21);
      const stylesheets = allMatches(first, /<link rel="stylesheet" href="([^"]+)"/g);
      let cssBytes = 0;
      for (const href of stylesheets) cssBytes += (await (await running.get(href)).arrayBuffer()).byteLength;
      const weight = Buffer.byteLength(first) + cssBytes;
      console.log(`live page weight (21 entries, HTML + CSS): ${weight} bytes`);
      expect(weight).toBeLessThan(50_000);
      const second = await running.get(`${path}?page=2`);
      expect(second.status).toBe(200);
      const html = await second.text();
      const older = allMatches(html, /<article class="live-entry[^"]*" id="entry-(\d+)"/g).map(Number);
      expect(older.length).toBeGreaterThan(0);
      expect(html).not.toContain('live-entry--pinned');
      const firstPageIds = allMatches(first, /id="entry-(\d+)"/g).map(Number);
      expect(older.some((id) => firstPageIds.includes(id))).toBe(false);
      expect((await running.get(`${path}?page=9`)).status).toBe(404);

      const oldest = Math.min(...older);
      const permalink = await running.get(`/en/live/${articleId}/entries/${oldest}`);
      expect(permalink.status).toBe(302);
      expect(permalink.headers.get('location')).toBe(`${path}?page=2#entry-${oldest}`);

      const sectionId = (await running.app.store.listSections('en'))[0]!.id;
      const plainId = await createArticle(running.app.operations, {
        editionCode: 'en', sectionId, headline: 'Plain story', body: paragraph('Text.'), publishedAt: new Date(Date.now() - 60_000).toISOString(),
      }, SYSTEM);
      const plain = await running.app.store.getArticle(plainId);
      const plainPage = await running.get(`/en/${plain!.slug}/a-${plainId}?page=2`);
      expect(plainPage.status).toBe(301);
      expect(plainPage.headers.get('location')).toBe(`/en/${plain!.slug}/a-${plainId}`);
      const plainHtml = await (await running.get(`/en/${plain!.slug}/a-${plainId}`)).text();
      expect(plainHtml).not.toContain('class="live"');
      expect(plainHtml).not.toContain('<script src=');
    });

    it('streams an entry added through the admin API to an open reader, and the page shows it too', async () => {
      await running.get(path); // cached now: the addition must purge it
      const newest = Math.max(...allMatches(await (await running.get(path)).text(), /id="entry-(\d+)"/g).map(Number));
      const stream = await openStream(`${running.baseUrl}/en/live/${articleId}/events?after=${newest}`);
      try {
        expect(stream.response.status).toBe(200);
        expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
        await stream.until((t) => t.includes('retry:'));
        const added = await editor.request('POST', `/api/admin/articles/${articleId}/live/entries`, { body: paragraph('Full time <b>soon</b>') });
        expect(added.status).toBe(201);
        const entry = (await added.json()) as { id: number; permalink: string };
        const received = await stream.until((t) => t.includes(`"id":${entry.id}`));
        const event = received.split('\n\n').find((block) => block.includes(`"id":${entry.id}`))!;
        expect(event).toContain('event: entry');
        const data = JSON.parse(/data: (.*)/.exec(event)![1]!) as { html: string };
        expect(data.html).toContain(`id="entry-${entry.id}"`);
        expect(data.html).toContain('Full time &lt;b>soon&lt;/b>');
        const page = await running.get(path);
        expect(await page.text()).toContain(`id="entry-${entry.id}"`);
      } finally {
        stream.close();
      }
    });

    it('a reconnecting reader gets what it missed; closing the coverage ends open streams and later ones get 204', async () => {
      const before = (await running.app.store.live.listLiveEntries(articleId, { limit: 1, offset: 0 }))[0]!.id;
      const missed = await addLiveEntry(running.app.operations, articleId, { body: paragraph('While you were away') }, SYSTEM);
      const stream = await openStream(`${running.baseUrl}/en/live/${articleId}/events`);
      try {
        const again = await openStream(`${running.baseUrl}/en/live/${articleId}/events?after=${before}`);
        await again.until((t) => t.includes(`"id":${missed.id}`));
        again.close();
        await stream.until((t) => t.includes('retry:'));
        const closed = await editor.request('PUT', `/api/admin/articles/${articleId}/live`, { state: 'closed' });
        expect(closed.status).toBe(200);
        await stream.until((t) => t.includes('event: closed'));
        expect(await stream.ended()).toBe(true);
      } finally {
        stream.close();
      }
      expect((await running.get(`/en/live/${articleId}/events`)).status).toBe(204);
      const html = await (await running.get(path)).text();
      expect(html).toContain('class="live__ended"');
      expect(html).not.toContain('data-live-events');
      const node = jsonLdNodes(html).find((n) => ([n['@type']].flat() as string[]).includes('LiveBlogPosting'));
      expect(node!.coverageEndTime).toEqual(expect.any(String));
      // Reporters read the admin view but may not change it.
      const reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
      expect((await reporter.request('GET', `/api/admin/articles/${articleId}/live`)).status).toBe(200);
      expect((await reporter.request('PUT', `/api/admin/articles/${articleId}/live`, { state: 'open' })).status).toBe(403);
    });
  });
}
