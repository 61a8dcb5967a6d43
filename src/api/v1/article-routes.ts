/**
 * GET /api/v1/articles (filters + cursor pagination), /api/v1/articles/:id and
 * /api/v1/articles/by-short-id/:shortId (JSON, ninjs 3.x or ninjs 2.x).
 * Only public articles exist here: the listing query and the single-article
 * check apply the site's visibility rule at `now`, whatever the key; a draft,
 * an unpublished or an embargoed article is a 404 exactly like a missing one.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { surrogateKeys } from '../../cache/page-cache.js';
import { isPubliclyVisible } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import { publicChangedAt, type PublicArticleQuery } from '../../operations/public-content-ports.js';
import { sectionWithDescendants } from '../../site/site-directory.js';
import { loadBundles, type ArticleBundle } from './article-bundle.js';
import { articleView } from './article-view.js';
import { sendCachedJson } from './cached-json.js';
import { articleFormatQuery, articleIdParams, articleListQuery, shortIdParams, type ArticleListQuery } from './contract.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { toNinjs2 } from './ninjs/ninjs-2.js';
import { toNinjs3 } from './ninjs/ninjs-3.js';
import type { RouteDeps } from './reference-routes.js';

type Format = (typeof articleFormatQuery)['_output']['format'];

const render = (bundle: ArticleBundle, format: Format) =>
  format === 'ninjs' ? toNinjs3(bundle) : format === 'ninjs-2' ? toNinjs2(bundle) : articleView(bundle);

/** Surrogate keys of a listing: every article event of these editions purges it (home or listing key, as for pages). */
const listingKeys = (editionCodes: string[]) => editionCodes.flatMap((code) => [surrogateKeys.home(code), surrogateKeys.listings(code), surrogateKeys.edition(code)]);

export function registerArticleRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const bundleDeps = { store: deps.store, directory: deps.directory, publicUrl: deps.publicUrl };

  /** Turns the parsed query into the store's query; 404 for a section, topic or author that does not exist. */
  async function storeQuery(q: ArticleListQuery): Promise<{ query: PublicArticleQuery; editionCodes: string[] }> {
    const directory = deps.directory();
    if (q.edition !== undefined && !directory.byCode.has(q.edition)) throw notFound(`The edition "${q.edition}"`);
    let editionCodes = q.edition !== undefined ? [q.edition] : [...directory.byCode.keys()];
    const query: PublicArticleQuery = {
      now: deps.now().toISOString(), order: q.order, limit: q.limit + 1,
      ...(q.edition !== undefined ? { editionCode: q.edition } : {}),
      ...(q.updated_since !== undefined ? { updatedSince: new Date(q.updated_since).toISOString() } : {}),
      ...(q.cursor !== undefined ? { after: decodeCursor(q.cursor, q.order) } : {}),
    };
    if (q.section !== undefined) {
      const dir = [...directory.byCode.values()].find((d) => d.sectionsById.has(q.section as number));
      if (!dir) throw notFound(`Section #${q.section}`);
      // A section of another edition than the one asked for matches nothing (filters combine).
      query.sectionIds = q.edition === undefined || q.edition === dir.edition.code ? sectionWithDescendants(dir, q.section) : [];
      editionCodes = [dir.edition.code];
    }
    if (q.topic !== undefined) {
      if (![...directory.byCode.values()].some((d) => d.topicsById.has(q.topic as number))) throw notFound(`Topic #${q.topic}`);
      query.topicId = q.topic;
    }
    if (q.author !== undefined) {
      if ((await deps.store.getAuthors([q.author])).length === 0) throw notFound(`Author #${q.author}`);
      query.authorId = q.author;
    }
    return { query, editionCodes };
  }

  app.get('/api/v1/articles', (request, reply) => {
    const q = articleListQuery.parse(request.query);
    const normalized = { ...q, ...(q.updated_since !== undefined ? { updated_since: new Date(q.updated_since).toISOString() } : {}) };
    return sendCachedJson(deps.respond, request, reply, `v1:articles:${JSON.stringify(normalized)}`, async () => {
      const { query, editionCodes } = await storeQuery(q);
      const rows = await deps.store.listPublicArticles(query);
      const page = rows.slice(0, q.limit);
      const last = page[page.length - 1];
      const nextCursor = rows.length > q.limit && last ? encodeCursor({ changedAt: last.changedAt, id: last.id }, q.order) : null;
      const bundles = await loadBundles(bundleDeps, page);
      return { body: { items: bundles.map(articleView), nextCursor }, keys: listingKeys(editionCodes) };
    });
  });

  async function sendArticle(request: FastifyRequest, reply: FastifyReply, cacheKey: string, findId: () => Promise<number | null>, what: string) {
    const { format } = articleFormatQuery.parse(request.query);
    return sendCachedJson(deps.respond, request, reply, `${cacheKey}:${format}`, async () => {
      const id = await findId();
      const article = id === null ? null : await deps.store.getArticle(id);
      if (!article || !isPubliclyVisible(article, deps.now())) throw notFound(what);
      const [bundle] = await loadBundles(bundleDeps, [{ ...article, changedAt: publicChangedAt(article) }]);
      if (!bundle) throw notFound(what);
      return {
        body: render(bundle, format),
        keys: [surrogateKeys.article(article.id), surrogateKeys.edition(article.editionCode), ...article.authorIds.map((a) => surrogateKeys.author(a))],
      };
    });
  }

  app.get('/api/v1/articles/:id', (request, reply) => {
    const { id } = articleIdParams.parse(request.params);
    return sendArticle(request, reply, `v1:article:${id}`, async () => id, `Article #${id}`);
  });

  app.get('/api/v1/articles/by-short-id/:shortId', (request, reply) => {
    const { shortId } = shortIdParams.parse(request.params);
    return sendArticle(request, reply, `v1:short:${shortId}`, () => deps.store.findArticleIdByShortId(shortId), `The article ${shortId}`);
  });
}
