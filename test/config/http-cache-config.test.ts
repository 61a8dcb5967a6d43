/** HERALD_CACHE_CONTROL_* and HERALD_CDN_PURGE_*: defaults, accepted values, and refusals that name the variable. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_CONTROL, loadHttpCacheConfig } from '../../src/config/http-cache-config.js';

describe('HTTP cache configuration', () => {
  it('defaults to public pages with short browser and longer shared-cache lifetimes, and no CDN purge', () => {
    const { httpCache } = loadHttpCacheConfig({});
    expect(httpCache.cacheControl).toEqual(DEFAULT_CACHE_CONTROL);
    expect(httpCache.cacheControl.article).toMatch(/s-maxage=\d+.*stale-while-revalidate=\d+.*stale-if-error=\d+/);
    expect(httpCache.cdnPurge).toBeNull();
  });

  it('takes a Cache-Control per page type, normalised', () => {
    const { httpCache } = loadHttpCacheConfig({ HERALD_CACHE_CONTROL_FEED: ' Public , max-age=5,s-maxage=10 ' });
    expect(httpCache.cacheControl.feed).toBe('public, max-age=5, s-maxage=10');
  });

  it.each([
    ['HERALD_CACHE_CONTROL_ARTICLE', 'private, max-age=60', /"private" is not allowed/],
    ['HERALD_CACHE_CONTROL_LISTING', 'max-age=60', /must include "public"/],
    ['HERALD_CACHE_CONTROL_MEDIA', 'public, s-maxage=60', /must include max-age/],
    ['HERALD_CACHE_CONTROL_FEED', 'public, max-age=ten', /"max-age=ten" is not allowed/],
    ['HERALD_CDN_PURGE_URL', 'not a url', /is not a URL/],
    ['HERALD_CDN_PURGE_URL', 'ftp://cdn.example/purge', /http:\/\/ or https:\/\//],
  ])('refuses %s=%j, naming it', (variable, value, message) => {
    expect(() => loadHttpCacheConfig({ [variable]: value })).toThrow(new RegExp(`${variable}: .*${message.source}`));
  });

  it('reads the purge endpoint, method and token', () => {
    const { httpCache } = loadHttpCacheConfig({
      HERALD_CDN_PURGE_URL: 'https://api.fastly.com/service/abc/purge/{key}', HERALD_CDN_PURGE_TOKEN: 'secret', HERALD_CDN_PURGE_TOKEN_HEADER: 'Fastly-Key',
    });
    expect(httpCache.cdnPurge).toEqual({ url: 'https://api.fastly.com/service/abc/purge/{key}', method: 'POST', token: 'secret', tokenHeader: 'Fastly-Key' });
    expect(loadHttpCacheConfig({ HERALD_CDN_PURGE_URL: 'http://127.0.0.1:6081/', HERALD_CDN_PURGE_METHOD: 'purge' }).httpCache.cdnPurge?.method).toBe('PURGE');
  });
});
