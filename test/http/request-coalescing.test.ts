/**
 * Request coalescing: a thousand simultaneous misses for one page render it
 * once; a failed render is not kept (every waiter gets the error, the next
 * request renders again); a purge during a render keeps that render out of
 * the cache and out of later requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache } from '../../src/cache/page-cache.js';
import { createRenderCoalescer, type RenderCoalescer } from '../../src/cache/render-coalescer.js';
import { DEFAULT_CACHE_CONTROL } from '../../src/config/http-cache-config.js';
import { createServer } from '../../src/http/create-server.js';
import { renderPage, type PageDelivery } from '../../src/http/page-delivery.js';
import type { PublicSite, SiteResponse } from '../../src/site/public-site.js';

const PAGE_BODY = `<!doctype html><title>Breaking</title>${'<p>Hot news paragraph.</p>'.repeat(200)}`;

/** Resolves once `condition` holds, checked after each turn of the event loop (no fixed sleep). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const page = (body = PAGE_BODY): SiteResponse => ({ status: 200, body, keys: ['article:1', 'edition:en'] });

describe('render coalescing (unit)', () => {
  it('renders once for concurrent misses, and every waiter gets the same page', async () => {
    const delivery: PageDelivery = { cacheControl: DEFAULT_CACHE_CONTROL, renders: createRenderCoalescer() };
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1 << 20, maxAgeMs: 60_000 });
    const gate = deferred();
    let renders = 0;
    const respond = async () => {
      renders++;
      await gate.promise;
      return page();
    };
    const outcomes = Array.from({ length: 1000 }, () => renderPage('/en/x/a-1', respond, cache, delivery));
    expect(delivery.renders.joined).toBe(999);
    gate.resolve();
    const results = await Promise.all(outcomes);
    expect(renders).toBe(1);
    expect(new Set(results.map((r) => r.page)).size).toBe(1);
    expect(cache.get('/en/x/a-1')?.encodings?.br).toBeInstanceOf(Buffer);
    expect(delivery.renders.inFlight).toBe(0);
  });

  it('keeps the bytes of a page, not also its text: a text held after encoding lingered into the old generation', async () => {
    const delivery: PageDelivery = { cacheControl: DEFAULT_CACHE_CONTROL, renders: createRenderCoalescer() };
    const outcome = await renderPage('/en/x/a-1', async () => page(), null, delivery);
    expect(outcome.page?.body.toString()).toBe(PAGE_BODY);
    expect(outcome.response.body).toBeUndefined();
    expect(outcome.response.status).toBe(200);
  });

  it('does not keep a failure: all waiters get the error, the next request renders again', async () => {
    const renders: RenderCoalescer = createRenderCoalescer();
    const gate = deferred();
    let calls = 0;
    const failing = async () => {
      calls++;
      await gate.promise;
      throw new Error('store unavailable');
    };
    const waiters = Array.from({ length: 50 }, () => renders.run('/en/', failing));
    gate.resolve();
    const settled = await Promise.allSettled(waiters);
    expect(settled.every((s) => s.status === 'rejected' && (s.reason as Error).message === 'store unavailable')).toBe(true);
    expect(calls).toBe(1);
    await expect(renders.run('/en/', async () => 'rendered again')).resolves.toBe('rendered again');
  });

  it('keeps a render that a purge overtook out of the cache and out of later requests', async () => {
    const delivery: PageDelivery = { cacheControl: DEFAULT_CACHE_CONTROL, renders: createRenderCoalescer() };
    const cache = createPageCache({ maxEntries: 10, maxBytes: 1 << 20, maxAgeMs: 60_000 });
    const gate = deferred();
    let version = 'old';
    let calls = 0;
    const respond = async () => {
      calls++;
      const seen = version;
      await gate.promise;
      return page(`${PAGE_BODY}${seen}`);
    };
    const before = renderPage('/en/', respond, cache, delivery);
    await until(() => calls === 1); // the render has read the store
    version = 'new';
    delivery.renders.invalidate(); // an edit was published and purged while the old render ran
    const after = renderPage('/en/', respond, cache, delivery);
    gate.resolve();
    expect((await before).page?.body.toString()).toContain('old');
    expect((await after).page?.body.toString()).toContain('new');
    expect(calls).toBe(2);
    expect(cache.get('/en/')?.body.toString()).toContain('new');
  });
});

describe('request coalescing over HTTP', () => {
  let server: ReturnType<typeof createServer>;
  let baseUrl: string;
  let renders = 0;
  const gate = deferred();
  const coalescer = createRenderCoalescer();

  beforeAll(async () => {
    const site = {
      errorPage: (status: number) => ({ status, body: `${status}`, keys: [] }),
      cacheKey: (url: string) => url.split('?')[0] ?? url,
      rootRedirect: () => ({ status: 302, location: '/en/', keys: [] }),
      searchPage: async () => ({ status: 404, body: '404', keys: [] }),
      async respond(): Promise<SiteResponse> {
        renders++;
        await gate.promise;
        return page();
      },
    } as unknown as PublicSite;
    server = createServer({
      site, stylesheet: { href: '/assets/site.test.css', body: Buffer.from(''), contentType: 'text/css' }, mediaDirectory: '/nonexistent',
      pageCache: createPageCache({ maxEntries: 10, maxBytes: 1 << 20, maxAgeMs: 60_000 }),
      delivery: { cacheControl: DEFAULT_CACHE_CONTROL, renders: coalescer }, logLevel: 'silent', trustedProxies: [],
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => server.close());

  it('renders a page once for a thousand simultaneous misses', async () => {
    const agent = new http.Agent({ maxSockets: 1000 });
    const get = () => new Promise<{ status: number; cache: string; length: number }>((resolve, reject) => {
      http.get(`${baseUrl}/en/breaking/a-1`, { agent }, (response) => {
        let length = 0;
        response.on('data', (chunk: Buffer) => (length += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, cache: String(response.headers['x-cache']), length }));
      }).on('error', reject);
    });
    const responses = Array.from({ length: 1000 }, get);
    // Hold the one render until every request has arrived and is waiting on it.
    await until(() => coalescer.joined === 999);
    gate.resolve();
    const answered = await Promise.all(responses);
    agent.destroy();
    expect(renders).toBe(1);
    expect(answered.every((r) => r.status === 200 && r.cache === 'MISS' && r.length === Buffer.byteLength(PAGE_BODY))).toBe(true);
  });
});
