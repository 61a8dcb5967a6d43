/** Admin API: list, create, read, save and delete articles. Thin: parse → check → operation → reply. */
import type { FastifyInstance } from 'fastify';
import { requireEdition, requireUser } from '../../auth/guards.js';
import { userActor } from '../../domain/identity.js';
import { editionScope } from '../../operations/access-policy.js';
import { createArticle } from '../../operations/create-article.js';
import { deleteArticle } from '../../operations/delete-article.js';
import { updateArticle } from '../../operations/update-article.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { presentOrConflict, toAdminArticle } from './admin-article-model.js';
import { loadArticleFor } from './article-access.js';
import { articleListQuery, createArticleBody, saveArticleRequest, type ArticleListResponse } from './contract.js';

export function registerArticleRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const present = (article: Parameters<typeof toAdminArticle>[1]) => toAdminArticle(ops.store, article, deps.publicUrl, ops.now());

  app.get('/api/admin/articles', async (request): Promise<ArticleListResponse> => {
    const user = requireUser(request);
    const q = articleListQuery.parse(request.query);
    if (q.edition) requireEdition(user, q.edition);
    const editionCodes = q.edition ? [q.edition] : editionScope(user);
    const { rows, total } = await ops.store.searchArticles({
      ...(editionCodes ? { editionCodes } : {}),
      ...(q.section ? { sectionId: q.section } : {}),
      ...(q.status ? { status: q.status } : {}),
      ...(q.author ? { authorId: q.author } : {}),
      ...(q.from ? { from: q.from } : {}),
      ...(q.to ? { to: q.to } : {}),
      ...(q.q ? { text: q.q } : {}),
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    // Open alerts are few (each waits for one acknowledgement), so one read covers the whole page.
    const openAlerts = rows.length > 0 ? await ops.store.listWireAlerts({ openOnly: true }) : [];
    const alertKinds = (id: number) => [...new Set(openAlerts.filter((a) => a.articleId === id).map((a) => a.kind))];
    return {
      items: rows.map((r) => ({
        id: r.id, shortId: r.shortId, editionCode: r.editionCode, sectionId: r.sectionId, headline: r.headline, status: r.status,
        updatedAt: r.updatedAt, firstPublishedAt: r.firstPublishedAt, publishAt: r.publishAt, authorIds: r.authorIds,
        revision: r.revision, openWireAlerts: alertKinds(r.id),
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  });

  app.post('/api/admin/articles', async (request, reply) => {
    const user = requireUser(request);
    const id = await createArticle(ops, createArticleBody.parse(request.body), userActor(user));
    const article = await ops.store.getArticle(id);
    return reply.code(201).send(await present(article!));
  });

  app.get('/api/admin/articles/:id', async (request) => {
    const { article } = await loadArticleFor(ops.store, request);
    return present(article);
  });

  app.put('/api/admin/articles/:id', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision, minor, ...edit } = saveArticleRequest.parse(request.body);
    return presentOrConflict(deps, reply, article.id, async () => {
      await updateArticle(ops, article.id, revision, edit, actor, { minor });
      return (await ops.store.getArticle(article.id))!;
    });
  });

  app.delete('/api/admin/articles/:id', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    await deleteArticle(ops, article.id, actor);
    return reply.code(204).send();
  });
}
