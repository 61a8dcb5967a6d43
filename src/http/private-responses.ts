/**
 * Nothing personalised may be held by a shared cache (a CDN, Varnish): the
 * newsroom (`/admin`, `/api/admin/`) answers `private, no-store` unless its
 * route chose something stricter or immutable (the editor's hashed assets),
 * and any answer that sets a cookie is made private whatever its route said.
 */
import type { FastifyInstance } from 'fastify';

const NEWSROOM = /^\/(admin|api\/admin)(\/|$|\?)/;

export function keepPersonalisedPrivate(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    const cacheControl = reply.getHeader('cache-control');
    if (reply.hasHeader('set-cookie')) {
      if (typeof cacheControl !== 'string' || !/\b(private|no-store)\b/.test(cacheControl)) reply.header('cache-control', 'private, no-store');
    } else if (cacheControl === undefined && NEWSROOM.test(request.url)) {
      reply.header('cache-control', 'private, no-store');
    }
    done(null, payload);
  });
}
