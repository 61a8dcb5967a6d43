/** Fastify routes for the public site: static assets, media files and every page. */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { PageCache } from '../cache/page-cache.js';
import { isSafeMediaName } from '../media/media-store.js';
import type { HashedAsset } from '../site/assets/stylesheet.js';
import type { PublicSite, SiteResponse } from '../site/public-site.js';
import { HTML_CACHE_CONTROL, IMMUTABLE } from './security-headers.js';

export interface SiteRouteDeps {
  site: PublicSite;
  stylesheet: HashedAsset;
  mediaDirectory: string;
  pageCache: PageCache | null;
}

const MEDIA_TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

function send(reply: FastifyReply, response: SiteResponse, cacheStatus: 'HIT' | 'MISS' | 'BYPASS') {
  reply.code(response.status).header('x-cache', cacheStatus);
  if (response.location) return reply.header('cache-control', 'public, max-age=300').redirect(response.location, response.status);
  return reply.type('text/html; charset=utf-8').header('cache-control', HTML_CACHE_CONTROL).send(response.body ?? '');
}

export function registerSiteRoutes(app: FastifyInstance, deps: SiteRouteDeps): void {
  app.get(deps.stylesheet.href, (_request, reply) =>
    reply.type(deps.stylesheet.contentType).header('cache-control', IMMUTABLE).send(deps.stylesheet.body),
  );

  app.get('/media/:file', (request, reply) => {
    const file = (request.params as { file: string }).file;
    const type = MEDIA_TYPES[path.extname(file)];
    if (!type || !isSafeMediaName(file)) return send(reply, deps.site.errorPage(404), 'BYPASS');
    const full = path.join(deps.mediaDirectory, file);
    fs.stat(full, (error, stat) => {
      if (error || !stat.isFile()) return void send(reply, deps.site.errorPage(404), 'BYPASS');
      reply.type(type).header('cache-control', IMMUTABLE).header('content-length', stat.size).send(fs.createReadStream(full));
    });
    return reply;
  });

  app.get('/*', async (request, reply) => {
    const url = request.url;
    const cached = deps.pageCache?.get(url);
    if (cached)
      return reply
        .code(cached.status)
        .header('x-cache', 'HIT')
        .type('text/html; charset=utf-8')
        .header('cache-control', HTML_CACHE_CONTROL)
        .send(cached.body);
    const response = await deps.site.respond(url);
    if (deps.pageCache && response.status === 200 && response.keys.length > 0 && response.body !== undefined)
      deps.pageCache.set(url, { status: 200, body: Buffer.from(response.body), headers: {}, keys: response.keys });
    return send(reply, response, deps.pageCache ? 'MISS' : 'BYPASS');
  });
}
