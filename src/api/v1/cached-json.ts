/**
 * Sends a Content API answer through the page cache: the JSON is built once
 * per cache entry (keyed by the parsed, normalised request, tagged with the
 * same surrogate keys the pages use, so publishing purges it), with a strong
 * ETag (a hash of the exact bytes) that turns a matching `If-None-Match`
 * into a 304. Anonymous callers get the configured public `Cache-Control`
 * (HERALD_CACHE_CONTROL_API: s-maxage, stale-while-revalidate for a CDN or
 * Varnish) and a `Surrogate-Key` header with the keys the page cache purges
 * by, so the edge is purged with the pages. A caller with a key gets
 * `private`: its answer is counted against that key's limit, and a shared
 * cache must never hold anything tied to a key (ADR 0009).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from '../../cache/page-cache.js';
import { utf8Body } from '../../http/utf8-body.js';

export interface CachedJsonDeps {
  pageCache: PageCache | null;
  isKeyed(request: FastifyRequest): boolean;
  /** `Cache-Control` of an anonymous answer (HERALD_CACHE_CONTROL_API, validated public). */
  cacheControl: string;
}

/** A keyed answer: browsers (the key holder's own client) keep it as long as an anonymous one; no shared cache may. */
export function privateCacheControl(publicPolicy: string): string {
  const maxAge = /(?:^|,\s*)max-age=(\d+)/.exec(publicPolicy)?.[1] ?? '0';
  return `private, max-age=${maxAge}`;
}

export interface JsonAnswer {
  body: unknown;
  /** Surrogate keys whose purge must drop this answer. */
  keys: string[];
  contentType?: string;
}

const etagOf = (bytes: Buffer) => `"${createHash('sha256').update(bytes).digest('base64url')}"`;

/** Does `If-None-Match` name this ETag? (A list, `*`, or weak forms of it all match for a GET.) */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

export async function sendCachedJson(
  deps: CachedJsonDeps, request: FastifyRequest, reply: FastifyReply, cacheKey: string, build: () => Promise<JsonAnswer>,
): Promise<FastifyReply> {
  const key = `api:${cacheKey}`;
  let entry = deps.pageCache?.get(key);
  const hit = entry !== undefined;
  if (!entry) {
    const answer = await build();
    const body = utf8Body(JSON.stringify(answer.body));
    const page = { status: 200, body, headers: { etag: etagOf(body), 'content-type': answer.contentType ?? 'application/json; charset=utf-8' }, keys: answer.keys };
    deps.pageCache?.set(key, page);
    entry = { ...page, storedAt: 0 };
  }
  const etag = entry.headers.etag as string;
  const keyed = deps.isKeyed(request);
  reply
    .header('etag', etag)
    .header('cache-control', keyed ? privateCacheControl(deps.cacheControl) : deps.cacheControl)
    .header('x-cache', deps.pageCache ? (hit ? 'HIT' : 'MISS') : 'BYPASS');
  if (!keyed) reply.header('surrogate-key', entry.keys.join(' '));
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).type(entry.headers['content-type'] as string).send(entry.body);
}
