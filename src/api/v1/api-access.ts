/**
 * Who may call the Content API and how often, plus CORS: one onRequest hook
 * for every /api/v1/ route (the search route included).
 *
 * - A key comes as `Authorization: Bearer hk_…` or `X-Api-Key: hk_…`. An
 *   unknown, malformed or revoked key is a 401 (never silently anonymous:
 *   a client should learn its key stopped working), and counts against the
 *   caller's anonymous allowance, so guessing keys is rate limited too.
 * - Without a key the caller is anonymous and limited per IP address
 *   (HERALD_API_ANON_RATE_PER_MINUTE; 0 means a key is required). Everything
 *   the API serves is public on the site anyway, so anonymous reading is
 *   allowed by default, at a lower rate than a key gets.
 * - Over the limit: 429 with `Retry-After`. Every answer carries
 *   `RateLimit-Limit` and `RateLimit-Remaining`.
 * - CORS (HERALD_API_CORS_ORIGINS): an allowed origin gets
 *   `Access-Control-Allow-Origin`; preflights are answered before any limit,
 *   since browsers send them without credentials.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ContentApiConfig } from '../../config/content-api-config.js';
import { HeraldError } from '../../domain/errors.js';
import { resolveApiKey } from '../../operations/api-keys.js';
import type { Store } from '../../operations/ports.js';
import { createRateLimiter } from './rate-limiter.js';

/** Most clients (keys or IP addresses) whose buckets are remembered at once. */
const MAX_TRACKED_CLIENTS = 10_000;

export const CORS_ALLOWED_HEADERS = 'Authorization, X-Api-Key, If-None-Match, Content-Type';
const CORS_EXPOSED_HEADERS = 'ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining, X-Cache';

export interface ApiAccessDeps {
  store: Store;
  config: ContentApiConfig['contentApi'];
  /** The clock the buckets refill by (tests inject one). */
  now: () => number;
}

export interface ApiAccess {
  onRequest(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Was the request made with a valid key? (Decides `Cache-Control: private`.) */
  isKeyed(request: FastifyRequest): boolean;
  applyCors(request: FastifyRequest, reply: FastifyReply): void;
}

function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim() !== '') return header.trim();
  const auth = request.headers.authorization;
  const match = typeof auth === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
  return match?.[1];
}

export function createApiAccess(deps: ApiAccessDeps): ApiAccess {
  const anonymous = createRateLimiter({ perMinute: deps.config.anonymousPerMinute, maxClients: MAX_TRACKED_CLIENTS, now: deps.now });
  const keyed = createRateLimiter({ perMinute: deps.config.keyPerMinute, maxClients: MAX_TRACKED_CLIENTS, now: deps.now });
  const keyedRequests = new WeakSet<FastifyRequest>();
  const origins = new Set(deps.config.corsOrigins);
  const anyOrigin = origins.has('*');

  const limit = (reply: FastifyReply, decision: ReturnType<typeof anonymous.take>, who: string) => {
    reply.header('ratelimit-limit', decision.limit).header('ratelimit-remaining', decision.remaining);
    if (decision.allowed) return;
    reply.header('retry-after', decision.retryAfterSeconds);
    throw new HeraldError('HERALD_RATE_LIMITED', `Too many requests for ${who}; try again in ${decision.retryAfterSeconds} s.`, {
      details: { retryAfterSeconds: decision.retryAfterSeconds },
    });
  };

  const applyCors: ApiAccess['applyCors'] = (request, reply) => {
    if (origins.size === 0) return;
    const origin = request.headers.origin;
    if (anyOrigin) reply.header('access-control-allow-origin', '*');
    else {
      reply.header('vary', 'Origin');
      if (typeof origin !== 'string' || !origins.has(origin)) return;
      reply.header('access-control-allow-origin', origin);
    }
    reply.header('access-control-expose-headers', CORS_EXPOSED_HEADERS);
  };

  return {
    applyCors,
    isKeyed: (request) => keyedRequests.has(request),
    async onRequest(request, reply) {
      applyCors(request, reply);
      if (request.method === 'OPTIONS') return;
      const key = presentedKey(request);
      if (key !== undefined) {
        const record = await resolveApiKey({ store: deps.store }, key);
        if (record) {
          keyedRequests.add(request);
          return limit(reply, keyed.take(`key:${record.id}`), 'this API key');
        }
        limit(reply, anonymous.take(`ip:${request.ip}`), 'your address');
        throw new HeraldError('HERALD_UNAUTHENTICATED', 'This API key is not valid (unknown or revoked); ask the newsroom for a new one, or send no key to read anonymously.');
      }
      if (deps.config.anonymousPerMinute === 0)
        throw new HeraldError('HERALD_UNAUTHENTICATED', 'This API needs a key: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>".');
      return limit(reply, anonymous.take(`ip:${request.ip}`), 'your address (send an API key for a higher limit)');
    },
  };
}
