/** Fastify routes for the public site: static assets, media files and every page. */
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PageCache } from '../cache/page-cache.js';
import { isHeraldError } from '../domain/errors.js';
import { isSafeMediaName } from '../media/media-store.js';
import { FAVICON } from '../site/assets/favicon.js';
import { hlsLibrary, videoPlayerScript } from '../site/assets/video-assets.js';
import { extraStylesheets, type HashedAsset } from '../site/assets/stylesheet.js';
import { uriOf } from '../site/paths.js';
import type { PublicSite, SiteResponse } from '../site/public-site.js';
import { isApiRequest } from './api-errors.js';
import { clientGoneSignal } from './client-gone.js';
import { registerDemoLiveStreamRoutes } from './demo-live-stream-routes.js';
import { decideRange } from './byte-ranges.js';
import { isNotModified } from './conditional-get.js';
import { sendEncodedAsset } from './encoded-asset.js';
import { deliverPage, renderPage, type PageDelivery } from './page-delivery.js';
import { HTML_CACHE_CONTROL, IMMUTABLE } from './security-headers.js';

export interface SiteRouteDeps {
  site: PublicSite;
  stylesheet: HashedAsset;
  mediaDirectory: string;
  pageCache: PageCache | null;
  /** Cache-Control per page type and request coalescing (src/http/page-delivery.ts). */
  delivery: PageDelivery;
}

const MEDIA_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif',
  // Audio/video/captions: only ever stored under these extensions after sniffing (src/media/store-media-file.ts).
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.m4a': 'audio/mp4', '.mp3': 'audio/mpeg', '.vtt': 'text/vtt; charset=utf-8',
};

/**
 * A location a redirect may send: one "/" then anything but "/" or "\" (which
 * browsers read as another host), with no control characters or spaces
 * (which browsers strip, so `/\t/evil` would become `//evil`).
 */
// eslint-disable-next-line no-control-regex
const SAFE_LOCATION = /^\/(?![/\\])[^\u0000-\u0020\u007f-\u009f\s]*$/u;

export function isSafeRedirectLocation(location: string): boolean {
  return SAFE_LOCATION.test(location);
}

function send(
  request: FastifyRequest, reply: FastifyReply, site: PublicSite, response: SiteResponse, cacheStatus: 'HIT' | 'MISS' | 'BYPASS',
) {
  // The one place redirects leave the server: whatever built the location, it never points off-site.
  if (response.location !== undefined && !isSafeRedirectLocation(response.location)) {
    request.log.warn({ location: response.location, url: request.url }, 'refused an off-site redirect');
    return send(request, reply, site, site.errorPage(404), 'BYPASS');
  }
  reply.code(response.status).header('x-cache', cacheStatus);
  // A header carries a URI: a path built with raw letters (a video's Arabic slug) is percent-encoded here.
  if (response.location) return reply.header('cache-control', 'public, max-age=300').redirect(uriOf(response.location), response.status);
  const validators = response.headers ?? {};
  reply.headers(validators).header('cache-control', HTML_CACHE_CONTROL);
  if (response.status === 200 && isNotModified(request.headers, validators)) return reply.code(304).send();
  return reply.type(response.contentType ?? 'text/html; charset=utf-8').send(response.body ?? '');
}

/**
 * `/` redirects by `Accept-Language`: `Vary` tells every cache the answer
 * depends on it, and `private` keeps shared caches that ignore `Vary` from
 * handing one reader's language to the next. It never enters the page cache.
 */
function sendRootRedirect(request: FastifyRequest, reply: FastifyReply, site: PublicSite) {
  const header = request.headers['accept-language'];
  const response = site.rootRedirect(Array.isArray(header) ? header.join(',') : header);
  return reply.code(response.status).header('x-cache', 'BYPASS').header('vary', 'Accept-Language')
    .header('cache-control', 'private, max-age=300').redirect(response.location ?? '/', response.status);
}

export function registerSiteRoutes(app: FastifyInstance, deps: SiteRouteDeps): void {
  for (const sheet of [deps.stylesheet, ...Object.values(extraStylesheets())])
    app.get(sheet.href, (request, reply) => sendEncodedAsset(request, reply, sheet));
  // Only pages with a video player name these (src/site/assets/video-assets.ts).
  for (const asset of [videoPlayerScript(), hlsLibrary()])
    app.get(asset.href, (_request, reply) => reply.type(asset.contentType).header('cache-control', IMMUTABLE).send(asset.body));
  app.get(FAVICON.href, (_request, reply) => reply.type(FAVICON.contentType).header('cache-control', IMMUTABLE).send(FAVICON.body));
  registerDemoLiveStreamRoutes(app); // the demo's local HLS stream (src/seed/seed-demo-live-tv.ts)

  app.get('/media/:file', (request, reply) => {
    const file = (request.params as { file: string }).file;
    const type = MEDIA_TYPES[path.extname(file)];
    if (!type || !isSafeMediaName(file)) return send(request, reply, deps.site, deps.site.errorPage(404), 'BYPASS');
    const full = path.join(deps.mediaDirectory, file);
    fs.stat(full, (error, stat) => {
      if (error || !stat.isFile()) return void send(request, reply, deps.site, deps.site.errorPage(404), 'BYPASS');
      reply.type(type).header('cache-control', deps.delivery.cacheControl.media).header('accept-ranges', 'bytes');
      // If-Range with a validator we never hand out cannot match: the whole file is the safe answer.
      const range = request.headers['if-range'] ? { kind: 'full' as const } : decideRange(request.headers.range, stat.size);
      if (range.kind === 'unsatisfiable') return void reply.code(416).header('content-range', `bytes */${stat.size}`).send();
      if (range.kind === 'partial') {
        return void reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${stat.size}`)
          .header('content-length', range.end - range.start + 1).send(fs.createReadStream(full, { start: range.start, end: range.end }));
      }
      reply.header('content-length', stat.size).send(fs.createReadStream(full));
    });
    return reply;
  });

  // Reader search: never in the page cache (its key would be free text), private and short-lived for browsers.
  app.get('/:edition/search', async (request, reply) => {
    const queryStart = request.url.indexOf('?');
    const query = new URLSearchParams(queryStart === -1 ? '' : request.url.slice(queryStart + 1));
    const edition = (request.params as { edition: string }).edition;
    // A reader who leaves mid-search frees its place in the search queue (src/storage/search/off-thread-search.ts).
    const response = await deps.site.searchPage(edition, query, { signal: clientGoneSignal(reply) }).catch((error: unknown) => {
      if (isHeraldError(error) && error.code === 'HERALD_ABORTED') return null;
      throw error;
    });
    // Nobody to answer. The socket is gone, so the response never finishes: no access-log line, metric or error
    // for it; the status is set only so that nothing downstream mistakes it for a page.
    if (!response) return reply.code(499).header('x-cache', 'BYPASS').send();
    if (response.status === 503) reply.header('retry-after', '1'); // the search queue is full (src/storage/search/off-thread-search.ts)
    return reply.code(response.status).header('x-cache', 'BYPASS').header('cache-control', 'private, max-age=60')
      .type('text/html; charset=utf-8').send(response.body ?? '');
  });

  app.get('/*', async (request, reply) => {
    // Unknown API paths get the API's JSON 404, not the site's HTML page.
    if (isApiRequest(request.url)) return reply.callNotFound();
    // Rendered from the key, not the raw URL, so a cached page never depends on what the key leaves out.
    const url = deps.site.cacheKey(request.url);
    if (url === '/') return sendRootRedirect(request, reply, deps.site);
    const cached = deps.pageCache?.get(url);
    if (cached) return deliverPage(request, reply, cached, url, 'HIT', deps.delivery);
    // Concurrent misses for one URL share one render (src/cache/render-coalescer.ts).
    const { response, page } = await renderPage(url, deps.site.respond, deps.pageCache, deps.delivery, request.headers['accept-encoding']);
    if (page) return deliverPage(request, reply, page, url, deps.pageCache ? 'MISS' : 'BYPASS', deps.delivery);
    return send(request, reply, deps.site, response, deps.pageCache ? 'MISS' : 'BYPASS');
  });
}
