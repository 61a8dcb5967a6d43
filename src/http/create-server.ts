/**
 * Builds the HTTP server: Fastify with the site routes, a chrome-wrapped page
 * for every error, and no stack trace ever sent to a client. Every request
 * has an id (src/http/request-id.ts) on its log lines, in `X-Request-Id`, on
 * the error page and in API error bodies; health checks and /metrics are
 * registered here too (src/http/health-routes.ts, src/http/metrics-routes.ts).
 */
import http from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import { isHeraldError } from '../domain/errors.js';
import type { PageCache } from '../cache/page-cache.js';
import type { HashedAsset } from '../site/assets/stylesheet.js';
import type { PublicSite } from '../site/public-site.js';
import { addRequestIdToApiError, apiError, isApiRequest, sendApiError } from './api-errors.js';
import { registerHealthRoutes, type Readiness } from './health-routes.js';
import type { HeraldMetrics } from './metrics.js';
import { registerMetricsRoutes } from './metrics-routes.js';
import { REQUEST_ID_HEADER, fillRequestIdSlot, requestIdFor } from './request-id.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { registerSiteRoutes } from './site-routes.js';
import type { PageDelivery } from './page-delivery.js';
import { keepPersonalisedPrivate } from './private-responses.js';
import { lazySchemaCompilers } from './lazy-schema-compilers.js';
import { createCachedPageHits } from './cached-page-hits.js';
import { observeRead, registerReadCounting } from './read-counting.js';
import type { ReadCounter } from '../site/read-counter.js';

export interface ServerDeps {
  site: PublicSite;
  stylesheet: HashedAsset;
  mediaDirectory: string;
  pageCache: PageCache | null;
  /** Cache-Control per page type and request coalescing for public pages (src/http/page-delivery.ts). */
  delivery: PageDelivery;
  logLevel: string;
  /** HERALD_TRUSTED_PROXIES: the only peers whose X-Forwarded-* headers count; empty trusts none. */
  trustedProxies: readonly string[];
  /** What /readyz checks; null answers 503 "starting". */
  readiness?: () => Readiness | null;
  /** Request counts and latencies; /metrics when `metricsToken` is set. */
  metrics?: HeraldMetrics | null;
  /** HERALD_METRICS_TOKEN: /metrics needs it as a bearer token; null hides /metrics (404). */
  metricsToken?: string | null;
  /** "Most read": every answered article page, cache hit or not (src/http/read-counting.ts). */
  readCounter?: ReadCounter | null;
}

const HEALTH_PATHS = new Set(['/healthz', '/readyz']);

/** Long URLs get the site's 404 rather than Node's bare 431, up to this header size. */
const MAX_HEADER_BYTES = 64 * 1024;

export function createServer(deps: ServerDeps): FastifyInstance {
  const plainBadRequest = deps.site.errorPage(400).body ?? 'Bad request';
  const { readCounter, metrics, pageCache } = deps;
  // Page-cache hits are answered before Fastify (src/http/cached-page-hits.ts); everything else goes on to it.
  const answerFromCache = pageCache
    ? createCachedPageHits({
        pageCache, cacheKey: deps.site.cacheKey, delivery: deps.delivery, draining: () => deps.readiness?.()?.draining() ?? false,
        // The same debug line Fastify's onRequest hook writes below, only when that level is on.
        ...(deps.logLevel === 'debug' || deps.logLevel === 'trace'
          ? { onReceived: (request: http.IncomingMessage, reqId: string) => app.log.debug({ reqId, method: request.method, url: (request.url ?? '').slice(0, 200) }, 'request received') }
          : {}),
        onServed: (request, status, startedAt, cacheKey, kind) => {
          metrics?.observeRequest(kind, status, Number(process.hrtime.bigint() - startedAt) / 1e9);
          if (readCounter) observeRead(readCounter, deps.site.cacheKey, request, status, cacheKey);
        },
      })
    : null;
  const app = Fastify({
    // No route declares a JSON schema (zod validates at the edge): ajv loads only if one ever does.
    schemaController: { compilersFactory: lazySchemaCompilers() },
    logger: deps.logLevel === 'silent' ? false : { level: deps.logLevel },
    // Per-request lines would dominate the log and cost throughput; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // Our own id rules (length, characters) instead of trusting any incoming header; logged as `reqId`.
    genReqId: requestIdFor,
    requestIdHeader: false,
    // With `true`, any client could send X-Forwarded-For and choose the IP the per-IP sign-in limit counts.
    trustProxy: deps.trustedProxies.length > 0 ? [...deps.trustedProxies] : false,
    routerOptions: { maxParamLength: 500 },
    serverFactory: (handler) =>
      http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, answerFromCache ? (request, response) => answerFromCache(request, response) || handler(request, response) : handler),
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return socket.destroy(error);
      const status = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      const body = Buffer.from(plainBadRequest);
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${plainBadRequest}`);
    },
    frameworkErrors: (error, request, reply: FastifyReply) => {
      request.log.debug({ err: error }, 'rejected malformed request');
      // Called before the onRequest hooks: the id header and the page's reference are set here.
      reply.header(REQUEST_ID_HEADER, request.id);
      // A bad URL or an over-long path parameter: APIs still answer their JSON error, not the HTML page.
      if (isApiRequest(request.url))
        return void reply.code(400).send(apiError('HERALD_BAD_REQUEST', 'The request URL could not be understood (a part of it is malformed or too long).'));
      reply.code(400).type('text/html; charset=utf-8').send(fillRequestIdSlot(plainBadRequest, request.id));
    },
  });

  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(SECURITY_HEADERS).header(REQUEST_ID_HEADER, request.id);
    // Only at LOG_LEVEL=debug (pino skips disabled levels for free): which requests this node took on.
    request.log.debug({ method: request.method, url: request.url.slice(0, 200) }, 'request received');
    // Shutting down (src/http/graceful-shutdown.ts): turn new requests away cleanly, health checks excepted.
    if (deps.readiness?.()?.draining() && !HEALTH_PATHS.has(request.url.split('?')[0] ?? '')) {
      reply.code(503).header('connection', 'close').header('retry-after', '1');
      if (isApiRequest(request.url)) return void reply.send(apiError('HERALD_UNAVAILABLE', 'This server is restarting; try again in a moment.'));
      return void reply.type('text/plain; charset=utf-8').send('This server is restarting; try again in a moment.');
    }
    done();
  });
  // Error pages carry an empty reference slot; only error answers are looked at, so pages pay nothing.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (reply.statusCode >= 400 && typeof payload === 'string' && String(reply.getHeader('content-type')).startsWith('text/html'))
      return done(null, fillRequestIdSlot(payload, request.id));
    done(null, payload);
  });
  app.addHook('preSerialization', addRequestIdToApiError);
  keepPersonalisedPrivate(app);

  app.setNotFoundHandler((request, reply) => {
    if (isApiRequest(request.url))
      return reply.code(404).send(apiError('HERALD_NOT_FOUND', `No API endpoint ${request.method} ${request.url.split('?')[0]}.`));
    return reply.code(404).type('text/html; charset=utf-8').send(deps.site.errorPage(404).body);
  });

  app.setErrorHandler((error: unknown, request, reply: FastifyReply) => {
    if (isApiRequest(request.url)) return sendApiError(error, request, reply);
    if (isHeraldError(error) && error.status < 500) {
      const status = error.status === 404 ? 404 : 400;
      return reply.code(error.status).type('text/html; charset=utf-8').send(deps.site.errorPage(status).body);
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500)
      return reply
        .code(status).type('text/html; charset=utf-8').send(deps.site.errorPage(status === 404 ? 404 : 400).body);
    request.log.error({ err: error }, 'unhandled error while serving a page');
    return reply.code(500).type('text/html; charset=utf-8').send(deps.site.errorPage(500).body);
  });

  if (readCounter) registerReadCounting(app, readCounter, deps.site.cacheKey);
  registerHealthRoutes(app, deps.readiness ?? (() => null));
  if (deps.metrics) registerMetricsRoutes(app, { metrics: deps.metrics, token: deps.metricsToken ?? null });
  registerSiteRoutes(app, deps);
  return app;
}
