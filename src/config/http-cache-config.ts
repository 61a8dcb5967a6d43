/**
 * HTTP caching for a CDN or Varnish in front, validated at start-up:
 *
 * - `HERALD_CACHE_CONTROL_ARTICLE`, `…_LISTING`, `…_FEED`, `…_MEDIA`, `…_API`:
 *   the `Cache-Control` each public page type (and anonymous Content API
 *   answers) is sent with. Only `public`,
 *   `max-age`, `s-maxage`, `stale-while-revalidate`, `stale-if-error`,
 *   `must-revalidate`, `proxy-revalidate`, `immutable` and `no-transform` are
 *   accepted, and `max-age` is required: a typo must not turn into a directive
 *   a shared cache reads differently.
 * - `HERALD_CDN_PURGE_URL`: called on every purge with the surrogate keys. With
 *   `{key}` in it (Fastly: `https://api.fastly.com/service/ID/purge/{key}`) one
 *   request per key; without, one request per batch naming the keys in a
 *   `Surrogate-Key` header (the shipped Varnish VCL, most generic endpoints).
 * - `HERALD_CDN_PURGE_METHOD` (`POST`; `PURGE` for Varnish), `HERALD_CDN_PURGE_TOKEN`
 *   and `HERALD_CDN_PURGE_TOKEN_HEADER` (unset: `Authorization: Bearer TOKEN`;
 *   e.g. `Fastly-Key` sends the token as that header's value).
 */
import { HeraldError } from '../domain/errors.js';

export type PageType = 'article' | 'listing' | 'feed' | 'media' | 'api';

export interface CdnPurgeConfig {
  url: string;
  method: string;
  token: string | null;
  tokenHeader: string | null;
}

export interface HttpCacheConfig {
  httpCache: {
    cacheControl: Record<PageType, string>;
    cdnPurge: CdnPurgeConfig | null;
  };
}

/**
 * Browsers keep pages briefly (no purge reaches them); shared caches longer,
 * since every change purges them by key. The long stale-if-error keeps the
 * site up at the edge while every origin is down.
 */
export const DEFAULT_CACHE_CONTROL: Record<PageType, string> = {
  article: 'public, max-age=30, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400',
  // Listings also change with time (embargoes lifting, front-page pins ending), which no purge announces.
  listing: 'public, max-age=15, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400',
  feed: 'public, max-age=60, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400',
  // Media file names are content hashes: a changed picture is a new URL.
  media: 'public, max-age=31536000, immutable',
  // Anonymous Content API answers (keyed ones are private): listings among them change with time, like listing pages.
  api: 'public, max-age=30, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400',
};

const FLAGS = new Set(['public', 'must-revalidate', 'proxy-revalidate', 'immutable', 'no-transform']);
const SECONDS = new Set(['max-age', 's-maxage', 'stale-while-revalidate', 'stale-if-error']);

const invalid = (variable: string, rule: string) => new HeraldError('HERALD_CONFIG', `Invalid configuration: ${variable}: ${rule}`);

function parseCacheControl(variable: string, value: string): string {
  const directives = value.split(',').map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
  for (const directive of directives) {
    const [name = '', seconds] = directive.split('=');
    if (seconds === undefined ? FLAGS.has(name) : SECONDS.has(name) && /^\d{1,9}$/.test(seconds)) continue;
    throw invalid(variable, `"${directive}" is not allowed here (use public, max-age=N, s-maxage=N, stale-while-revalidate=N, stale-if-error=N, must-revalidate, immutable)`);
  }
  if (!directives.includes('public')) throw invalid(variable, 'must include "public" (these pages are the same for every reader)');
  if (!directives.some((d) => d.startsWith('max-age='))) throw invalid(variable, 'must include max-age=N (seconds browsers may keep the page)');
  return directives.join(', ');
}

export function loadHttpCacheConfig(env: NodeJS.ProcessEnv): HttpCacheConfig {
  const given: Record<PageType, [string, string | undefined]> = {
    article: ['HERALD_CACHE_CONTROL_ARTICLE', env.HERALD_CACHE_CONTROL_ARTICLE],
    listing: ['HERALD_CACHE_CONTROL_LISTING', env.HERALD_CACHE_CONTROL_LISTING],
    feed: ['HERALD_CACHE_CONTROL_FEED', env.HERALD_CACHE_CONTROL_FEED],
    media: ['HERALD_CACHE_CONTROL_MEDIA', env.HERALD_CACHE_CONTROL_MEDIA],
    api: ['HERALD_CACHE_CONTROL_API', env.HERALD_CACHE_CONTROL_API],
  };
  const cacheControl = { ...DEFAULT_CACHE_CONTROL };
  for (const [type, [variable, value]] of Object.entries(given) as Array<[PageType, [string, string | undefined]]>)
    if (value?.trim()) cacheControl[type] = parseCacheControl(variable, value.trim());
  const url = env.HERALD_CDN_PURGE_URL?.trim();
  let cdnPurge: CdnPurgeConfig | null = null;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url.replaceAll('{key}', 'key'));
    } catch {
      throw invalid('HERALD_CDN_PURGE_URL', `"${url}" is not a URL (e.g. https://api.fastly.com/service/ID/purge/{key} or http://127.0.0.1:6081/)`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalid('HERALD_CDN_PURGE_URL', 'must be an http:// or https:// URL');
    const method = (env.HERALD_CDN_PURGE_METHOD?.trim() || 'POST').toUpperCase();
    if (!/^[A-Z]{3,16}$/.test(method)) throw invalid('HERALD_CDN_PURGE_METHOD', `"${method}" is not an HTTP method (POST, PURGE)`);
    const tokenHeader = env.HERALD_CDN_PURGE_TOKEN_HEADER?.trim() || null;
    if (tokenHeader && !/^[A-Za-z0-9-]{1,64}$/.test(tokenHeader)) throw invalid('HERALD_CDN_PURGE_TOKEN_HEADER', `"${tokenHeader}" is not a header name`);
    cdnPurge = { url, method, token: env.HERALD_CDN_PURGE_TOKEN?.trim() || null, tokenHeader };
  }
  return { httpCache: { cacheControl, cdnPurge } };
}
