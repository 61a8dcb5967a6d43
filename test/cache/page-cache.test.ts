/** The page cache's bounds: entry count, bytes (LRU first), and age. */
import { describe, expect, it } from 'vitest';
import { createPageCache } from '../../src/cache/page-cache.js';
import { loadConfig } from '../../src/config/config.js';

const page = (bytes: number, keys: string[] = ['listing:en']) => ({ status: 200, body: Buffer.alloc(bytes, 'x'), headers: {}, keys });

describe('createPageCache', () => {
  it('evicts the least recently used pages once the bodies pass maxBytes, however few entries there are', () => {
    const cache = createPageCache({ maxEntries: 1000, maxBytes: 10_000, maxAgeMs: 60_000 });
    cache.set('/a', page(4000));
    cache.set('/b', page(4000));
    expect(cache.get('/a')).toBeDefined(); // now /b is the least recently used
    cache.set('/c', page(4000));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(8000);
  });

  it('never stores a page larger than the whole budget', () => {
    const cache = createPageCache({ maxEntries: 1000, maxBytes: 10_000, maxAgeMs: 60_000 });
    cache.set('/small', page(100));
    cache.set('/huge', page(10_001));
    expect(cache.get('/huge')).toBeUndefined();
    expect(cache.get('/small')).toBeDefined();
    expect(cache.bytes).toBe(100);
  });

  it('keeps the byte count right through replace, purge, expiry and clear', () => {
    let now = 0;
    const cache = createPageCache({ maxEntries: 1000, maxBytes: 10_000, maxAgeMs: 1000, now: () => now });
    cache.set('/a', page(1000, ['article:1']));
    cache.set('/a', page(3000, ['article:1']));
    cache.set('/b', page(500, ['article:2']));
    expect(cache.bytes).toBe(3500);
    expect(cache.purge('article:1')).toBe(1);
    expect(cache.bytes).toBe(500);
    now = 2000;
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.bytes).toBe(0);
    cache.set('/c', page(700));
    cache.clear();
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('still bounds the entry count', () => {
    const cache = createPageCache({ maxEntries: 3, maxBytes: 1_000_000, maxAgeMs: 60_000 });
    for (const key of ['/1', '/2', '/3', '/4']) cache.set(key, page(10));
    expect(cache.size).toBe(3);
    expect(cache.get('/1')).toBeUndefined();
  });
});

describe('HERALD_PAGE_CACHE_MAX_BYTES', () => {
  it('defaults to 64 MiB and is validated at start with the variable named', () => {
    expect(loadConfig({}).pageCacheMaxBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ HERALD_PAGE_CACHE_MAX_BYTES: '1048576' }).pageCacheMaxBytes).toBe(1048576);
    for (const value of ['lots', '-1', '100', '1.5'])
      expect(() => loadConfig({ HERALD_PAGE_CACHE_MAX_BYTES: value })).toThrow(/HERALD_PAGE_CACHE_MAX_BYTES/);
  });
});
