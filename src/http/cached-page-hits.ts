/**
 * The page-cache hit, answered before Fastify sees the request. A hit is the
 * whole point of the cache under a breaking-news spike, and through Fastify it
 * paid for everything a hit does not need: the request and reply objects,
 * every hook (session lookup, image fallback, personalised-response check,
 * error-page id), header validation one by one, the catch-all route's promise.
 * Here it costs a key lookup and one write of headers prepared once per cached
 * page and encoding (ADR 0011).
 *
 * It must answer exactly as the catch-all route would (src/http/site-routes.ts
 * with src/http/page-delivery.ts deliverPage): the same headers, 304s, HEAD,
 * metrics and read counting. Anything else (not GET/HEAD, the newsroom, APIs,
 * media, a miss, a draining server) falls through to Fastify untouched.
 * test/http/cached-page-hits.test.ts compares the two answers header by header.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { boundedMemo } from '../cache/bounded-memo.js';
import type { CachedPage, PageCache } from '../cache/page-cache.js';
import { isNotModified } from './conditional-get.js';
import { chooseCoding, type ContentCoding } from './encoded-page.js';
import { representPage, type PageDelivery } from './page-delivery.js';
import { REQUEST_ID_HEADER, requestIdFor } from './request-id.js';
import { routeKind, type RouteKind } from './route-kind.js';
import { SECURITY_HEADERS } from './security-headers.js';

export interface CachedPageHitDeps {
  pageCache: PageCache;
  /** PublicSite.cacheKey: the same normalisation the catch-all route uses. */
  cacheKey: (url: string) => string;
  delivery: PageDelivery;
  /** True while shutting down: Fastify's hook answers those with 503. */
  draining: () => boolean;
  /** Called before a hit is written (the debug log's "request received", as Fastify's hook writes it). */
  onReceived?: (request: IncomingMessage, requestId: string) => void;
  /** Called once a hit has been written: metrics and the "Most read" counter. */
  onServed: (request: IncomingMessage, status: number, startedAt: bigint, cacheKey: string, kind: RouteKind) => void;
}

/** Paths other routes own, or that are never public pages: the fast path does not even look them up. */
const NOT_A_PAGE = /^\/(?:api\/|admin(?:\/|$|\?)|media\/|assets\/|healthz|readyz|metrics)/;

type HeaderList = string[];

interface PreparedHit {
  /** Flat [name, value, …] for a 200 in this encoding, without the request id. */
  ok: HeaderList;
  /** The same for a 304: no body, so no content type, length or encoding. */
  notModified: HeaderList;
  body: Buffer;
  /** The metrics label, from the key (the same shape as the URL it was made from). */
  kind: RouteKind;
}

/**
 * Request targets already turned into cache keys (decoding and re-encoding
 * each segment is a good part of a hit's cost). Bounded, so URLs a client
 * makes up cannot grow it.
 */
const MAX_REMEMBERED_KEYS = 4096;

function prepare(page: CachedPage, cacheKey: string, coding: ContentCoding, delivery: PageDelivery): PreparedHit {
  const answer = representPage(page, cacheKey, coding, 'HIT', delivery);
  // An object first, so a page's own header (a live or video page's wider CSP) replaces the default, as Fastify's does.
  const common: HeaderList = Object.entries({ ...SECURITY_HEADERS, ...answer.headers }).flat();
  const ok = [...common, ...Object.entries(answer.bodyHeaders).flat(), 'content-length', String(answer.body.length)];
  return { ok, notModified: common, body: answer.body, kind: routeKind(cacheKey) };
}

export function createCachedPageHits(deps: CachedPageHitDeps): (request: IncomingMessage, response: ServerResponse) => boolean {
  // Per cached page object: a purge or re-render makes a new object, so stale headers cannot outlive their page.
  const prepared = new WeakMap<CachedPage, Partial<Record<ContentCoding, PreparedHit>>>();
  const keys = boundedMemo<string>(MAX_REMEMBERED_KEYS);

  return function answerFromCache(request, response) {
    const method = request.method;
    const url = request.url;
    if ((method !== 'GET' && method !== 'HEAD') || url === undefined || url === '/' || NOT_A_PAGE.test(url) || deps.draining()) return false;
    const startedAt = process.hrtime.bigint();
    const key = keys.get(url, deps.cacheKey);
    const page = deps.pageCache.get(key);
    if (!page) return false;

    const coding = chooseCoding(request.headers['accept-encoding'], page.encodings);
    let byCoding = prepared.get(page);
    if (!byCoding) prepared.set(page, (byCoding = {}));
    const hit = (byCoding[coding] ??= prepare(page, key, coding, deps.delivery));

    const notModified = isNotModified(request.headers, page.headers);
    const headers = notModified ? hit.notModified.slice() : hit.ok.slice();
    const requestId = requestIdFor(request);
    deps.onReceived?.(request, requestId);
    headers.push(REQUEST_ID_HEADER, requestId);
    const status = notModified ? 304 : page.status;
    response.writeHead(status, headers);
    response.end(notModified || method === 'HEAD' ? undefined : hit.body);
    deps.onServed(request, status, startedAt, key, hit.kind);
    return true;
  };
}
