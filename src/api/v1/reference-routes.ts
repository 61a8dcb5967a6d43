/**
 * GET /api/v1/editions, /sections, /topics, /authors: the site's structure,
 * from the site directory (rebuilt on curation changes). Cached with the
 * `edition:{code}` keys that a curation change purges.
 */
import type { FastifyInstance } from 'fastify';
import { surrogateKeys } from '../../cache/page-cache.js';
import { notFound } from '../../domain/errors.js';
import type { SiteDirectory } from '../../site/site-directory.js';
import { sendCachedJson, type CachedJsonDeps } from './cached-json.js';
import { authorView, editionView, sectionView, topicView } from './article-view.js';
import { editionFilterQuery } from './contract.js';
import type { ContentApiDeps } from './register-content-api.js';

export type RouteDeps = ContentApiDeps & { respond: CachedJsonDeps };

const editionKeys = (directory: SiteDirectory) => directory.editions.map((e) => surrogateKeys.edition(e.code));

/** The editions a query names (all when none), or 404 for an unknown one. */
function editionsOf(directory: SiteDirectory, code: string | undefined) {
  if (code === undefined) return [...directory.byCode.values()];
  const dir = directory.byCode.get(code);
  if (!dir) throw notFound(`The edition "${code}"`);
  return [dir];
}

export function registerReferenceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { publicUrl } = deps;

  app.get('/api/v1/editions', (request, reply) =>
    sendCachedJson(deps.respond, request, reply, 'v1:editions', async () => {
      const directory = deps.directory();
      return { body: { items: directory.editions.map((e) => editionView(e, publicUrl)) }, keys: editionKeys(directory) };
    }),
  );

  app.get('/api/v1/sections', (request, reply) => {
    const { edition } = editionFilterQuery.parse(request.query);
    return sendCachedJson(deps.respond, request, reply, `v1:sections:${edition ?? '*'}`, async () => {
      const dirs = editionsOf(deps.directory(), edition);
      return { body: { items: dirs.flatMap((d) => d.sections.map((s) => sectionView(s, publicUrl))) }, keys: dirs.map((d) => surrogateKeys.edition(d.edition.code)) };
    });
  });

  app.get('/api/v1/topics', (request, reply) => {
    const { edition } = editionFilterQuery.parse(request.query);
    return sendCachedJson(deps.respond, request, reply, `v1:topics:${edition ?? '*'}`, async () => {
      const dirs = editionsOf(deps.directory(), edition);
      return { body: { items: dirs.flatMap((d) => d.topics.map((t) => topicView(t, publicUrl))) }, keys: dirs.map((d) => surrogateKeys.edition(d.edition.code)) };
    });
  });

  app.get('/api/v1/authors', (request, reply) =>
    sendCachedJson(deps.respond, request, reply, 'v1:authors', async () => {
      const directory = deps.directory();
      const authors = await deps.store.listAuthors();
      return { body: { items: authors.map(authorView) }, keys: [...editionKeys(directory), ...authors.map((a) => surrogateKeys.author(a.id))] };
    }),
  );
}
