/**
 * HTTP caching for a CDN in front (docs/adr/0009-http-caching-and-edge.md):
 * strong ETags per encoding and 304s, brotli/gzip prepared once and chosen by
 * Accept-Encoding, Cache-Control per page type (configurable), Surrogate-Key
 * headers, nothing shared-cacheable in the newsroom, and CDN purges sent to a
 * local HTTP server on every page-cache purge.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL } from '../../src/config/http-cache-config.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { publicChangedAt } from '../../src/operations/public-content-ports.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET that leaves the body as sent (fetch would decompress it). */
function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(baseUrl + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

interface PurgeRequest {
  method: string;
  url: string;
  surrogateKey: string;
  authorization: string | undefined;
}

/** A stand-in CDN purge endpoint; `failFirst` answers that many requests with a 503 first. */
async function startPurgeReceiver(failFirst = 0) {
  const received: PurgeRequest[] = [];
  let failures = failFirst;
  const server = http.createServer((request, response) => {
    if (failures > 0) {
      failures--;
      response.writeHead(503).end();
      return;
    }
    received.push({
      method: request.method ?? '', url: request.url ?? '', surrogateKey: String(request.headers['surrogate-key'] ?? ''),
      authorization: request.headers.authorization,
    });
    response.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { received, url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }) };
}

async function firstArticlePath(running: RunningApp): Promise<{ path: string; id: number }> {
  const home = await (await running.get('/en/')).text();
  const match = /href="(\/en\/[^"]+\/a-(\d+))"/.exec(home);
  if (!match) throw new Error('no article link on the English home page');
  return { path: match[1] as string, id: Number(match[2]) };
}

for (const kind of testStoreKinds) {
  describe(`HTTP caching headers (${kind.name})`, () => {
    let running: RunningApp;
    let purges: Awaited<ReturnType<typeof startPurgeReceiver>>;
    let offsetMs = 0;
    /** When set, the app's clock stands still there (a step that must stay within one second). */
    let frozenAt: number | null = null;
    beforeAll(async () => {
      purges = await startPurgeReceiver(1);
      running = await startTestApp(kind, {
        now: () => new Date(frozenAt ?? Date.now() + offsetMs),
        env: {
          HERALD_CACHE_CONTROL_LISTING: 'public, max-age=5, s-maxage=20, stale-while-revalidate=10, stale-if-error=600',
          HERALD_CDN_PURGE_URL: `${purges.url}/purge`,
          HERALD_CDN_PURGE_METHOD: 'PURGE',
          HERALD_CDN_PURGE_TOKEN: 'a-purge-token-for-tests',
        },
      });
    });
    afterAll(async () => {
      await running.stop();
      await purges.close();
    });

    it('sends brotli, gzip or plain bytes by Accept-Encoding, each with its own strong ETag, prepared once', async () => {
      const { path } = await firstArticlePath(running);
      running.app.pageCache?.clear();
      const plain = await rawGet(running.baseUrl, path, { 'accept-encoding': 'identity' });
      expect([plain.status, plain.headers['x-cache'], plain.headers['content-encoding']]).toEqual([200, 'MISS', undefined]);
      const br = await rawGet(running.baseUrl, path, { 'accept-encoding': 'gzip, deflate, br' });
      const gz = await rawGet(running.baseUrl, path, { 'accept-encoding': 'gzip, br;q=0' });
      expect([br.headers['x-cache'], br.headers['content-encoding'], gz.headers['content-encoding']]).toEqual(['HIT', 'br', 'gzip']);
      expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
      expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
      expect(br.body.length).toBeLessThan(plain.body.length / 2);
      for (const response of [plain, br, gz]) expect(response.headers.vary).toBe('Accept-Encoding');
      const tags = [plain, br, gz].map((r) => r.headers.etag);
      expect(tags[0]).toMatch(/^"[A-Za-z0-9_-]{20,}"$/);
      expect(tags[1]).toBe(`${tags[0]!.slice(0, -1)}-br"`);
      expect(tags[2]).toBe(`${tags[0]!.slice(0, -1)}-gz"`);
      // A hit sends the encoding stored with the page: compressed when it entered the cache, not per request.
      const stored = running.app.pageCache!.get(path);
      expect(stored?.encodings?.br?.equals(br.body)).toBe(true);
      expect(stored?.encodings?.gzip?.equals(gz.body)).toBe(true);
    });

    it('answers 304 to If-None-Match naming any encoding of the page, from the cache and right after a render', async () => {
      const { path } = await firstArticlePath(running);
      const first = await rawGet(running.baseUrl, path, { 'accept-encoding': 'br' });
      const etag = String(first.headers.etag);
      const hit = await rawGet(running.baseUrl, path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
      expect([hit.status, hit.headers['x-cache'], hit.body.length, hit.headers.vary]).toEqual([304, 'HIT', 0, 'Accept-Encoding']);
      running.app.pageCache?.clear();
      const miss = await rawGet(running.baseUrl, path, { 'accept-encoding': 'br', 'if-none-match': `"other", W/${etag}` });
      expect([miss.status, miss.headers['x-cache']]).toEqual([304, 'MISS']);
      const changed = await rawGet(running.baseUrl, path, { 'accept-encoding': 'br', 'if-none-match': '"not-this-page"' });
      expect(changed.status).toBe(200);
    });

    it('sends Cache-Control by page type (configurable) and the page cache surrogate keys', async () => {
      const { path, id } = await firstArticlePath(running);
      const article = await rawGet(running.baseUrl, path);
      expect(article.headers['cache-control']).toBe(DEFAULT_CACHE_CONTROL.article);
      expect(String(article.headers['surrogate-key']).split(' ')).toEqual(expect.arrayContaining([`article:${id}`, 'edition:en']));
      const listing = await rawGet(running.baseUrl, '/en/world/');
      expect(listing.headers['cache-control']).toBe('public, max-age=5, s-maxage=20, stale-while-revalidate=10, stale-if-error=600');
      expect(String(listing.headers['surrogate-key']).split(' ')).toEqual(expect.arrayContaining(['listing:en', 'edition:en']));
      const feed = await rawGet(running.baseUrl, '/en/rss.xml');
      expect([feed.headers['cache-control'], typeof feed.headers['last-modified']]).toEqual([DEFAULT_CACHE_CONTROL.feed, 'string']);
    });

    it('never lets a shared cache keep the newsroom or anything that sets a cookie', async () => {
      const session = await running.get('/api/admin/session');
      expect(session.headers.get('cache-control')).toMatch(/private|no-store/);
      const articles = await running.get('/api/admin/articles');
      expect(articles.headers.get('cache-control')).toBe('private, no-store');
      const login = await running.get('/api/admin/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong password!' }),
      });
      expect(login.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/);
    });

    it('purges the CDN by surrogate key on every purge, retrying a failed request', async () => {
      const { id } = await firstArticlePath(running);
      const article = await running.app.store.getArticle(id);
      await updateArticle(running.app.operations, id, article!.revision, { headline: 'A headline edited for the CDN purge' }, SYSTEM);
      await running.app.cdnPurger!.idle();
      // The receiver failed the first request: it was retried, and then the keys arrived. Only this edit's purge is
      // looked at: the demo's Live TV schedule has its own boundary purges, at whatever time of day the test runs.
      expect(running.app.cdnPurger!.stats).toMatchObject({ retried: 1, failed: 0 });
      const forArticle = purges.received.filter((p) => p.surrogateKey.split(' ').includes(`article:${id}`));
      expect(forArticle).toHaveLength(1);
      const [purge] = forArticle;
      expect([purge!.method, purge!.url, purge!.authorization]).toEqual(['PURGE', '/purge', 'Bearer a-purge-token-for-tests']);
      expect(purge!.surrogateKey.split(' ')).toEqual(expect.arrayContaining([`article:${id}`, 'home:en']));
      const metrics = await running.app.metrics.scrape();
      expect(metrics).toMatch(/herald_cdn_purges_total\{outcome="sent"\} [1-9]/);
      expect(metrics).toMatch(/herald_cdn_purges_total\{outcome="retried"\} 1/);
    });

    it('sends Last-Modified on article pages (their last public change) and honours If-Modified-Since only without If-None-Match', async () => {
      offsetMs += 2_000; // every change so far is in an earlier second
      const { path, id } = await firstArticlePath(running);
      running.app.pageCache?.clear();
      const first = await rawGet(running.baseUrl, path);
      const article = await running.app.store.getArticle(id);
      const lastModified = String(first.headers['last-modified']);
      expect(lastModified).toBe(new Date(publicChangedAt(article!)).toUTCString());
      const hit = await rawGet(running.baseUrl, path, { 'if-modified-since': lastModified });
      expect([hit.status, hit.headers['x-cache'], hit.headers['last-modified'], hit.body.length]).toEqual([304, 'HIT', lastModified, 0]);
      running.app.pageCache?.clear();
      expect((await rawGet(running.baseUrl, path, { 'if-modified-since': lastModified })).status).toBe(304);
      // RFC 9110 §13.2.2: with If-None-Match present, If-Modified-Since is not looked at.
      expect((await rawGet(running.baseUrl, path, { 'if-none-match': '"stale"', 'if-modified-since': lastModified })).status).toBe(200);
      expect((await rawGet(running.baseUrl, path, { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).status).toBe(200);
      // Listings change with time (embargoes, pins) and list many articles: the ETag alone validates them.
      expect((await rawGet(running.baseUrl, '/en/world/')).headers['last-modified']).toBeUndefined();

      // An edit: the old date no longer validates; within the edit's own second no date is sent (another edit could share it).
      const headline = 'A headline edited for Last-Modified';
      // The edit and the request in one second whatever the machine's load: the clock stands still for both.
      frozenAt = Date.now() + offsetMs;
      await updateArticle(running.app.operations, id, article!.revision, { headline }, SYSTEM);
      const edited = await rawGet(running.baseUrl, path, { 'if-modified-since': lastModified });
      frozenAt = null;
      expect(edited.status).toBe(200);
      expect(edited.body.toString()).toContain(headline);
      expect(edited.headers['last-modified']).toBeUndefined();
      offsetMs += 2_000;
      running.app.pageCache?.clear();
      const later = await rawGet(running.baseUrl, path);
      const updated = await running.app.store.getArticle(id);
      expect(later.headers['last-modified']).toBe(new Date(publicChangedAt(updated!)).toUTCString());
      expect(Date.parse(String(later.headers['last-modified']))).toBeGreaterThan(Date.parse(lastModified));
    });
  });
}
