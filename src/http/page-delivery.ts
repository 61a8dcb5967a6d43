/**
 * How a cacheable public page leaves the server, hit or miss: the encoding the
 * reader accepts (prepared once, src/http/encoded-page.ts), its ETag, `Vary`,
 * the `Cache-Control` of its page type (HERALD_CACHE_CONTROL_*), and a
 * `Surrogate-Key` header with the same keys the page cache purges by, so a
 * CDN or Varnish in front can be purged precisely too (ADR 0009). A matching
 * `If-None-Match` gets a 304, from the cache or right after a render.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedPage, PageCache } from '../cache/page-cache.js';
import type { RenderCoalescer } from '../cache/render-coalescer.js';
import type { PageType } from '../config/http-cache-config.js';
import type { SiteResponse } from '../site/public-site.js';
import { isNotModified } from './conditional-get.js';
import { utf8Body } from './utf8-body.js';
import { chooseCoding, codingFor, etagFor, preparePage, withCoding, type ContentCoding } from './encoded-page.js';

export interface PageDelivery {
  /** Cache-Control by page type (src/config/http-cache-config.ts). */
  cacheControl: Record<PageType, string>;
  renders: RenderCoalescer;
}

const ARTICLE_PATH = /\/a-\d{1,15}$/;

/** Feeds and sitemaps are `.xml`; article URLs end in `a-ID`; every other cached page lists articles. */
export function pageTypeOf(cacheKey: string): PageType {
  const path = cacheKey.split('?')[0] ?? '';
  if (path.endsWith('.xml')) return 'feed';
  return ARTICLE_PATH.test(path) ? 'article' : 'listing';
}

/** A page's answer in one coding: the hit path (src/http/cached-page-hits.ts) and `deliverPage` both send this. */
export interface PageRepresentation {
  /** What every answer carries, a 304 included: cache status, the page's own headers, validators, caching, keys. */
  headers: Record<string, string>;
  /** What only an answer with the body adds: its coding and type. */
  bodyHeaders: Record<string, string>;
  body: Buffer;
}

export function representPage(
  page: Omit<CachedPage, 'storedAt'>, cacheKey: string, coding: ContentCoding, cacheStatus: 'HIT' | 'MISS' | 'BYPASS',
  delivery: PageDelivery,
): PageRepresentation {
  const { 'content-type': type = 'text/html; charset=utf-8', etag = '', ...otherValidators } = page.headers;
  const headers: Record<string, string> = {
    'x-cache': cacheStatus,
    ...otherValidators,
    etag: etagFor(etag, coding),
    'cache-control': delivery.cacheControl[pageTypeOf(cacheKey)],
    'surrogate-key': page.keys.join(' '),
    ...(page.encodings ? { vary: 'Accept-Encoding' } : {}),
  };
  const encoded = coding === 'identity' ? undefined : page.encodings?.[coding];
  return {
    headers,
    bodyHeaders: encoded ? { 'content-encoding': coding, 'content-type': type } : { 'content-type': type },
    body: encoded ?? page.body,
  };
}

export function deliverPage(
  request: FastifyRequest, reply: FastifyReply, page: Omit<CachedPage, 'storedAt'>, cacheKey: string,
  cacheStatus: 'HIT' | 'MISS' | 'BYPASS', delivery: PageDelivery,
): FastifyReply {
  const coding = chooseCoding(request.headers['accept-encoding'], page.encodings);
  const answer = representPage(page, cacheKey, coding, cacheStatus, delivery);
  reply.code(page.status).headers(answer.headers);
  if (isNotModified(request.headers, page.headers)) return reply.code(304).send();
  return reply.headers(answer.bodyHeaders).send(answer.body);
}

export interface RenderOutcome {
  /**
   * Without its text when `page` is made: the bytes are what is sent. A page's text is a string of thousands of
   * parts that encoding flattens into one more copy; kept while its waiters were answered, the copies outlived
   * young-generation collections and became most of the old-generation garbage under uncached load (issue 12).
   */
  response: SiteResponse;
  /** The prepared page when the response is cacheable (a 200 with surrogate keys). */
  page: Omit<CachedPage, 'storedAt'> | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A miss: renders once however many requests ask at the same moment, prepares
 * the page (ETag, encodings) and stores it unless a purge came during the
 * render, in which case the page answers its waiters but is not kept. A page
 * that will not be stored (no page cache, or overtaken by a purge) is
 * compressed only in the codings its waiters take, each at most once.
 */
export async function renderPage(
  cacheKey: string, respond: (cacheKey: string) => Promise<SiteResponse>, pageCache: PageCache | null, delivery: PageDelivery,
  acceptEncoding?: string | string[],
): Promise<RenderOutcome> {
  const rendered = await delivery.renders.run(cacheKey, async (isCurrent) => {
    // The store answers synchronously (SQLite), so without this a render would run to its end before the event
    // loop reads the next request: requests for this page that arrived with this one join it here instead.
    await nextTurn();
    const response = await respond(cacheKey);
    if (response.status !== 200 || response.keys.length === 0 || response.body === undefined) return { response, page: null, stored: false };
    const headers = { ...response.headers, ...(response.contentType ? { 'content-type': response.contentType } : {}) };
    const stored = pageCache !== null && isCurrent();
    const { body: text, ...withoutText } = response;
    const page = await preparePage({ status: 200, body: utf8Body(text), headers, keys: response.keys }, stored ? {} : { codings: [] });
    if (stored && isCurrent()) pageCache.set(cacheKey, page);
    // And requests for it that arrived while it rendered (read by the event loop only now) are answered with it too.
    await nextTurn();
    return { response: withoutText, page, stored, encoded: new Map<ContentCoding, Promise<Omit<CachedPage, 'storedAt'>>>() };
  });
  const { response, page } = rendered;
  if (!page || rendered.stored) return { response, page };
  const coding = codingFor(page, acceptEncoding);
  let encoded = rendered.encoded.get(coding);
  if (!encoded) rendered.encoded.set(coding, (encoded = withCoding(page, coding)));
  return { response, page: await encoded };
}
