/**
 * Feeds every answered public page to the "Most read" counter
 * (src/site/read-counter.ts), after the response went out, whether it came
 * from the page cache or was rendered. The counter decides what counts; this
 * only passes the method, status, page URL and the two request headers it
 * looks at — nothing is stored about the request. The newsroom's previews
 * (`/api/admin/…/preview`) and other API paths never reach it.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { ReadCounter } from '../site/read-counter.js';

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

/** Hands an answered request to the counter; also called by the cache-hit fast path (src/http/cached-page-hits.ts). */
export function observeRead(
  counter: ReadCounter, cacheKey: (url: string) => string, request: { method?: string | undefined; url?: string | undefined; headers: IncomingHttpHeaders }, status: number,
  /** The request's cache key when the caller already has it. */
  knownKey?: string,
): void {
  const url = request.url ?? '';
  // Cheap pre-filter: only article URLs (`…/a-12`, with an optional query) are worth a closer look.
  if (request.method === 'GET' && status === 200 && !url.startsWith('/api/') && !url.startsWith('/admin') && url.includes('/a-'))
    counter.observe({
      method: request.method,
      status,
      url: knownKey ?? cacheKey(url),
      userAgent: header(request.headers['user-agent']),
      purpose: header(request.headers['sec-purpose'] ?? request.headers['purpose']),
    });
}

export function registerReadCounting(app: FastifyInstance, counter: ReadCounter, cacheKey: (url: string) => string): void {
  app.addHook('onResponse', (request, reply, done) => {
    observeRead(counter, cacheKey, request, reply.statusCode);
    done();
  });
}
