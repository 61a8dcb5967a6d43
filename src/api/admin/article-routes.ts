/** Admin API: list, create, read, save and delete articles. Thin: parse → check → operation → reply. */
import type { FastifyInstance } from 'fastify';
import { hasRole, requireEdition, requireUser } from '../../auth/guards.js';
import { HeraldError } from '../../domain/errors.js';
import { createArticle } from '../../operations/create-article.js';
import { deleteArticle } from '../../operations/delete-article.js';
import { updateArticle } from '../../operations/update-article.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { presentOrConflict, toAdminArticle } from './admin-article-model.js';
import { loadArticleFor } from './article-access.js';
import { articleListQuery, createArticleBody, saveArticleBody, type ArticleListResponse } from './contract.js';

export function registerArticleRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const present = (article: Parameters<typeof toAdminArticle>[1]) => toAdminArticle(ops.store, article, deps.publicUrl, ops.now());

  app.get('/api/admin/articles', async (request): Promise<ArticleListResponse> => {
    const user = requireUser(request);
    const q = articleListQuery.parse(request.query);
    if (q.edition) requireEdition(user, q.edition);
    const editionCodes = q.edition ? [q.edition] : user.role === 'admin' || user.editionCodes.length === 0 ? undefined : user.editionCodes;
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
    return {
      items: rows.map((r) => ({
        id: r.id, shortId: r.shortId, editionCode: r.editionCode, sectionId: r.sectionId, headline: r.headline, status: r.status,
        updatedAt: r.updatedAt, firstPublishedAt: r.firstPublishedAt, publishAt: r.publishAt, authorIds: r.authorIds,
        revision: r.revision,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  });

  app.post('/api/admin/articles', async (request, reply) => {
    const user = requireUser(request);
    const body = createArticleBody.parse(request.body);
    requireEdition(user, body.editionCode);
    const sections = await ops.store.listSections(body.editionCode);
    if (!sections.some((s) => s.id === body.sectionId))
      throw new HeraldError('HERALD_VALIDATION', `Section ${body.sectionId} does not belong to the ${body.editionCode} edition.`);
    const id = await createArticle(ops, { ...body, createdBy: user.id });
    const article = await ops.store.getArticle(id);
    return reply.code(201).send(await present(article!));
  });

  app.get('/api/admin/articles/:id', async (request) => {
    const { article } = await loadArticleFor(ops.store, request, 'view');
    return present(article);
  });

  app.put('/api/admin/articles/:id', async (request, reply) => {
    const { user, article } = await loadArticleFor(ops.store, request, 'edit');
    const { revision, ...edit } = saveArticleBody.parse(request.body);
    if (edit.editionCode) requireEdition(user, edit.editionCode);
    return presentOrConflict(deps, reply, article.id, async () => {
      await updateArticle(ops, article.id, revision, edit, { userId: user.id });
      return (await ops.store.getArticle(article.id))!;
    });
  });

  app.delete('/api/admin/articles/:id', async (request, reply) => {
    const { user, article } = await loadArticleFor(ops.store, request, 'editor');
    if (!hasRole(user, 'editor')) throw new HeraldError('HERALD_FORBIDDEN', 'Only editors can delete articles.');
    await deleteArticle(ops, article.id, { userId: user.id });
    return reply.code(204).send();
  });
}
