/**
 * The page cache is keyed on what changes a page (its path and, on listings,
 * `page`), so unique query strings neither grow it nor turn requests into
 * misses, and only 200 pages are stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/site/public-site.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe('cacheKey', () => {
  it.each([
    ['/en/world/?utm_source=x&fbclid=1', '/en/world/'],
    ['/en/world/?page=1', '/en/world/'],
    ['/en/world/?x=1&page=2&page=3', '/en/world/?page=2'],
    ['/en/world/?page=abc', '/en/world/?page=abc'],
    ['/en/?page=7', '/en/'],
    // Live coverage pages page their older entries; other articles redirect `?page=` away (never cached).
    ['/en/some-story/a-12?page=3&ref=x', '/en/some-story/a-12?page=3'],
    ['//en//world/', '/en/world/'],
    ['/en/%77orld/', '/en/world/'],
    ['/en/caf%c3%a9/a-1', '/en/caf%C3%A9/a-1'],
    ['/p/abc?x=1', '/p/abc'],
    ['/', '/'],
  ])('%s → %s', (url, key) => {
    expect(cacheKey(url)).toBe(key);
  });
});

for (const kind of testStoreKinds) {
  describe(`page cache keys on ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind);
    });
    afterAll(async () => running?.stop());

    it('does not grow with unique query strings, and serves them from the cache', async () => {
      const cache = running.app.pageCache!;
      expect((await running.get('/en/world/')).status).toBe(200);
      const size = cache.size;
      for (let i = 0; i < 50; i++) {
        const path = ['/en/world/', '//en/world/', '/en//world/', '/en/%77orld/'][i % 4];
        const response = await running.get(`${path}?nocache=${i}&utm_campaign=${i}`);
        expect(response.status).toBe(200);
        expect(response.headers.get('x-cache')).toBe('HIT');
      }
      expect(cache.size).toBe(size);
    });

    it('renders the page from the key, so ignored parameters never change what is cached', async () => {
      const plain = await (await running.get('/en/world/')).text();
      running.app.pageCache!.clear();
      const noisy = await running.get('/en/world/?page=1&q=<b>injected</b>&lang=de');
      expect(noisy.headers.get('x-cache')).toBe('MISS');
      expect(await noisy.text()).toBe(plain);
    });

    it('stores no 4xx page', async () => {
      const cache = running.app.pageCache!;
      cache.clear();
      for (const url of ['/en/no-such-section/', '/en/world/?page=abc', '/en/slug/a-999999999', '/zz/', '/en/world/?page=99999']) {
        const status = (await running.get(url)).status;
        expect(status, url).toBeGreaterThanOrEqual(400);
        expect(status, url).toBeLessThan(500);
        expect((await running.get(url)).headers.get('x-cache'), url).not.toBe('HIT');
      }
      expect(cache.size).toBe(0);
      expect(cache.bytes).toBe(0);
    });
  });
}
