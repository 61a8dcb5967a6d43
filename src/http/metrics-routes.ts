/**
 * Request metrics for every answer (and for every request abandoned by its
 * client before the answer), and `/metrics` for a Prometheus scraper.
 * Metrics describe the inside of the newsroom (traffic, backlog, timings), so
 * they are not public: on the main port `/metrics` needs
 * `Authorization: Bearer $HERALD_METRICS_TOKEN` and is a plain 404 when no
 * token is configured; `HERALD_METRICS_ADDRESS` opens a second listener (for
 * a private network) that serves them, with the health checks, without one.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { isEventStream } from '../api/event-stream.js';
import { apiError } from './api-errors.js';
import { registerHealthRoutes, type Readiness } from './health-routes.js';
import type { HeraldMetrics } from './metrics.js';
import { routeKind } from './route-kind.js';

/** Compares digests, so neither the token's length nor its prefix leaks through timing. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

async function sendMetrics(metrics: HeraldMetrics) {
  return { type: metrics.contentType, body: await metrics.scrape() };
}

export function registerMetricsRoutes(app: FastifyInstance, deps: { metrics: HeraldMetrics; token: string | null }): void {
  app.addHook('onResponse', (request, reply, done) => {
    deps.metrics.observeRequest(routeKind(request.url), reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  // A client that hangs up first never gets an answer, so onResponse never runs for it: counted here instead.
  app.addHook('onRequestAbort', (request, done) => {
    // An event stream (wire desk, live pages) always ends this way: its reader leaving is how it finishes.
    if (isEventStream(request.raw)) return done();
    deps.metrics.countAbandoned(routeKind(request.url));
    request.log.debug({ url: request.url.slice(0, 200) }, 'request abandoned: the client closed the connection');
    done();
  });
  const { token } = deps;
  app.get('/metrics', async (request, reply) => {
    // No token configured: as if there were no such page.
    if (token === null) return reply.callNotFound();
    if (!tokenMatches(request.headers.authorization, token))
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send(apiError('HERALD_UNAUTHORIZED', 'Send the metrics token (HERALD_METRICS_TOKEN) as "Authorization: Bearer <token>".'));
    const { type, body } = await sendMetrics(deps.metrics);
    return reply.header('cache-control', 'no-store').type(type).send(body);
  });
}

/** The private listener of HERALD_METRICS_ADDRESS: /metrics without a token, /healthz and /readyz. */
export async function startMetricsListener(
  address: { host: string; port: number },
  deps: { metrics: HeraldMetrics; readiness: () => Readiness | null },
): Promise<{ url: string; server: FastifyInstance }> {
  const server = Fastify({ logger: false });
  registerHealthRoutes(server, deps.readiness);
  server.get('/metrics', async (_request, reply) => {
    const { type, body } = await sendMetrics(deps.metrics);
    return reply.header('cache-control', 'no-store').type(type).send(body);
  });
  const url = await server.listen({ host: address.host, port: address.port });
  return { url, server };
}
