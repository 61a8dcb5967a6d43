/**
 * Builds the HTTP server: Fastify with the site routes, a chrome-wrapped page
 * for every error, and no stack trace ever sent to a client.
 */
import http from 'node:http';
import Fastify, { LogController, type FastifyInstance, type FastifyReply } from 'fastify';
import { isHeraldError } from '../domain/errors.js';
import type { PageCache } from '../cache/page-cache.js';
import type { HashedAsset } from '../site/assets/stylesheet.js';
import type { PublicSite } from '../site/public-site.js';
import { apiError, isApiRequest, sendApiError } from './api-errors.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { registerSiteRoutes } from './site-routes.js';

export interface ServerDeps {
  site: PublicSite;
  stylesheet: HashedAsset;
  mediaDirectory: string;
  pageCache: PageCache | null;
  logLevel: string;
  /** HERALD_TRUSTED_PROXIES: the only peers whose X-Forwarded-* headers count; empty trusts none. */
  trustedProxies: readonly string[];
}

/** Long URLs get the site's 404 rather than Node's bare 431, up to this header size. */
const MAX_HEADER_BYTES = 64 * 1024;

export function createServer(deps: ServerDeps): FastifyInstance {
  const plainBadRequest = deps.site.errorPage(400).body ?? 'Bad request';
  const app = Fastify({
    logger: deps.logLevel === 'silent' ? false : { level: deps.logLevel },
    // Per-request lines would dominate the log and cost throughput; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    // With `true`, any client could send X-Forwarded-For and choose the IP the per-IP sign-in limit counts.
    trustProxy: deps.trustedProxies.length > 0 ? [...deps.trustedProxies] : false,
    routerOptions: { maxParamLength: 500 },
    serverFactory: (handler) => http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, handler),
    clientErrorHandler: (error, socket) => {
      if (!socket.writable) return socket.destroy(error);
      const status = (error as { code?: string }).code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      const body = Buffer.from(plainBadRequest);
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${plainBadRequest}`);
    },
    frameworkErrors: (error, request, reply: FastifyReply) => {
      request.log.debug({ err: error }, 'rejected malformed request');
      // A bad URL or an over-long path parameter: APIs still answer their JSON error, not the HTML page.
      if (isApiRequest(request.url))
        return void reply.code(400).send(apiError('HERALD_BAD_REQUEST', 'The request URL could not be understood (a part of it is malformed or too long).'));
      reply.code(400).type('text/html; charset=utf-8').send(plainBadRequest);
    },
  });

  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(SECURITY_HEADERS);
    done();
  });

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

  app.get('/healthz', async () => ({ status: 'ok' }));
  registerSiteRoutes(app, deps);
  return app;
}
