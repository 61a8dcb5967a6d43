/**
 * Sends a Content API answer through the page cache: the JSON is built once
 * per cache entry (keyed by the parsed, normalised request, tagged with the
 * same surrogate keys the pages use, so publishing purges it), with a strong
 * ETag (a hash of the exact bytes) that turns a matching `If-None-Match`
 * into a 304. `Cache-Control` is `public` for anonymous callers and `private`
 * when a key was sent, so shared caches never hold an answer meant for a key.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from '../../cache/page-cache.js';

/** Short enough that a lifted embargo (announced by event anyway) reaches clients quickly. */
const MAX_AGE_SECONDS = 60;

export interface CachedJsonDeps {
  pageCache: PageCache | null;
  isKeyed(request: FastifyRequest): boolean;
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
    const body = Buffer.from(JSON.stringify(answer.body));
    const page = { status: 200, body, headers: { etag: etagOf(body), 'content-type': answer.contentType ?? 'application/json; charset=utf-8' }, keys: answer.keys };
    deps.pageCache?.set(key, page);
    entry = { ...page, storedAt: 0 };
  }
  const etag = entry.headers.etag as string;
  reply
    .header('etag', etag)
    .header('cache-control', `${deps.isKeyed(request) ? 'private' : 'public'}, max-age=${MAX_AGE_SECONDS}`)
    .header('x-cache', deps.pageCache ? (hit ? 'HIT' : 'MISS') : 'BYPASS');
  if (matches(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.code(200).type(entry.headers['content-type'] as string).send(entry.body);
}
