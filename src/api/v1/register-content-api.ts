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
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { registerReferenceRoutes } from './reference-routes.js';

export interface ContentApiDeps {
  store: Store;
  pageCache: PageCache | null;
  directory: () => SiteDirectory;
  publicUrl: string;
  config: ContentApiConfig['contentApi'];
  /** `Cache-Control` of anonymous answers (HERALD_CACHE_CONTROL_API); keyed answers are private. */
  cacheControl: string;
  now: () => Date;
  /** Registers more /api/v1 routes inside this scope (the search route), returning how to get their OpenAPI paths. */
  extraRoutes?: (scope: FastifyInstance) => () => Promise<RouteConfig[]>;
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
    // Errors (a 404 before a publish, a 401, a 429) carry no surrogate key, so no purge could reach a stored copy.
    scope.addHook('onSend', async (_request, reply, payload) => {
      if (reply.statusCode >= 400 && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
      return payload;
    });
    // Preflights: answered for any /api/v1 path; the CORS headers (or their absence) were set by the hook.
    scope.options('/api/v1/*', async (_request, reply) =>
      reply
        .header('access-control-allow-methods', 'GET, HEAD, OPTIONS')
        .header('access-control-allow-headers', CORS_ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .code(204)
        .send(),
    );
    const respond = { pageCache: deps.pageCache, isKeyed: access.isKeyed, cacheControl: deps.cacheControl };
    registerReferenceRoutes(scope, { ...deps, respond });
    registerArticleRoutes(scope, { ...deps, respond });
    const extraPaths = deps.extraRoutes?.(scope) ?? (async () => []);

    // Generated on the first request, not at start-up: the generator and the walk over the schemas cost a cold start
    // (docs/adr/0010-cold-start.md). A failure is not kept, so the next request tries again.
    let document: Promise<Buffer> | undefined;
    const openApiDocument = async () => {
      const [{ buildOpenApiDocument }, paths] = await Promise.all([import('./openapi.js'), extraPaths()]);
      return Buffer.from(JSON.stringify(buildOpenApiDocument({ publicUrl: deps.publicUrl, extraPaths: paths })));
    };
    scope.get('/api/v1/openapi.json', async (_request, reply) => {
      document ??= openApiDocument().catch((error: unknown) => {
        document = undefined;
        throw error;
      });
      return reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=300').send(await document);
    });
  });
}
