/**
 * Mounts the Content API (/api/v1/) in its own Fastify scope: the access
 * hook (keys, rate limits, CORS) runs for every route in it, the search
 * route included, and the routes registered in it are recorded so the tests
 * can check each one is in the OpenAPI document.
 */
import type { FastifyInstance } from 'fastify';
import type { PageCache } from '../../cache/page-cache.js';
import type { ContentApiConfig } from '../../config/content-api-config.js';
import type { Store } from '../../operations/ports.js';
import type { SiteDirectory } from '../../site/site-directory.js';
import { createApiAccess, CORS_ALLOWED_HEADERS } from './api-access.js';
import { registerArticleRoutes } from './article-routes.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerReferenceRoutes } from './reference-routes.js';

export interface ContentApiDeps {
  store: Store;
  pageCache: PageCache | null;
  directory: () => SiteDirectory;
  publicUrl: string;
  config: ContentApiConfig['contentApi'];
  now: () => Date;
  /** Registers more /api/v1 routes inside this scope (the search route), returning their OpenAPI paths. */
  extraRoutes?: (scope: FastifyInstance) => Parameters<typeof buildOpenApiDocument>[0]['extraPaths'];
}

const registries = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** The /api/v1 routes registered on `app` (filled once the server is ready). */
export function contentApiRoutesOf(app: FastifyInstance): { method: string; url: string }[] {
  return [...(registries.get(app) ?? [])];
}

export function registerContentApi(app: FastifyInstance, deps: ContentApiDeps): void {
  const routes: { method: string; url: string }[] = [];
  registries.set(app, routes);
  const access = createApiAccess({ store: deps.store, config: deps.config, now: () => deps.now().getTime() });

  void app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) if (method !== 'HEAD' && method !== 'OPTIONS') routes.push({ method, url: route.url });
    });
    scope.addHook('onRequest', access.onRequest);
    // Preflights: answered for any /api/v1 path; the CORS headers (or their absence) were set by the hook.
    scope.options('/api/v1/*', async (_request, reply) =>
      reply
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', CORS_ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .code(204)
        .send(),
    );
    const respond = { pageCache: deps.pageCache, isKeyed: access.isKeyed };
    registerReferenceRoutes(scope, { ...deps, respond });
    registerArticleRoutes(scope, { ...deps, respond });
    const extraPaths = deps.extraRoutes?.(scope) ?? [];

    const document = Buffer.from(JSON.stringify(buildOpenApiDocument({ publicUrl: deps.publicUrl, extraPaths })));
    scope.get('/api/v1/openapi.json', async (_request, reply) =>
      reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(document),
    );
  });
}
