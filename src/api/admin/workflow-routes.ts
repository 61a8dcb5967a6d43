/** Admin API: workflow transitions (submit, send back, publish…), corrections, history, diff, restore and the private preview. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { HeraldError, notFound } from '../../domain/errors.js';
import type { Article } from '../../domain/article.js';
import { correctArticle } from '../../operations/correct-article.js';
import { restoreRevision } from '../../operations/restore-revision.js';
import { REVISION_KIND_LABELS } from '../../domain/revision-kinds.js';
import { publishArticle, scheduleArticle, sendBackToDraft, submitForReview, unpublishArticle } from '../../operations/workflow-transitions.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { presentOrConflict } from './admin-article-model.js';
import { loadArticleFor } from './article-access.js';
import { correctBody, scheduleBody, sendBackBody, submitBody, transitionBody, type RevisionDiff, type RevisionSummary } from './contract.js';

export function registerWorkflowRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;

  const withConflictDetails = (reply: FastifyReply, articleId: number, work: () => Promise<Article>) =>
    presentOrConflict(deps, reply, articleId, work);

  app.post('/api/admin/articles/:id/submit', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision, note } = submitBody.parse(request.body ?? {});
    return withConflictDetails(reply, article.id, () => submitForReview(ops, { articleId: article.id, expectedRevision: revision, actor, note }));
  });

  app.post('/api/admin/articles/:id/send-back', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision, note } = sendBackBody.parse(request.body);
    return withConflictDetails(reply, article.id, () => sendBackToDraft(ops, { articleId: article.id, expectedRevision: revision, actor, note }));
  });

  app.post('/api/admin/articles/:id/publish', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision } = transitionBody.parse(request.body);
    return withConflictDetails(reply, article.id, () => publishArticle(ops, { articleId: article.id, expectedRevision: revision, actor }));
  });

  app.post('/api/admin/articles/:id/schedule', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision, publishAt } = scheduleBody.parse(request.body);
    return withConflictDetails(reply, article.id, () =>
      scheduleArticle(ops, { articleId: article.id, expectedRevision: revision, publishAt, actor }),
    );
  });

  app.post('/api/admin/articles/:id/unpublish', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision } = transitionBody.parse(request.body);
    return withConflictDetails(reply, article.id, () => unpublishArticle(ops, { articleId: article.id, expectedRevision: revision, actor }));
  });

  app.post('/api/admin/articles/:id/correct', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const { revision, notice, ...edit } = correctBody.parse(request.body);
    return withConflictDetails(reply, article.id, () =>
      correctArticle(ops, { articleId: article.id, expectedRevision: revision, edit, notice, actor }),
    );
  });

  app.get('/api/admin/articles/:id/revisions', async (request): Promise<RevisionSummary[]> => {
    const { article } = await loadArticleFor(ops.store, request);
    const revisions = await ops.store.listRevisions(article.id);
    const names = await userNames(deps, revisions.map((r) => r.userId));
    return revisions.map((r) => ({
      revision: r.revision, userId: r.userId, userName: r.userId === null ? null : names.get(r.userId) ?? null, createdAt: r.createdAt, summary: r.summary,
      kind: r.kind, label: REVISION_KIND_LABELS[r.kind], note: r.note,
    }));
  });

  app.get('/api/admin/articles/:id/revisions/:revision', async (request) => {
    const { article } = await loadArticleFor(ops.store, request);
    const number = Number((request.params as { revision: string }).revision);
    const revision = Number.isInteger(number) ? await ops.store.getRevision(article.id, number) : null;
    if (!revision) throw notFound(`Revision ${(request.params as { revision: string }).revision}`);
    return revision;
  });

  app.get('/api/admin/articles/:id/diff', async (request): Promise<RevisionDiff> => {
    const { article } = await loadArticleFor(ops.store, request);
    const query = request.query as { from?: string; to?: string };
    const from = Number(query.from);
    const to = Number(query.to ?? article.revision);
    if (!Number.isInteger(from) || !Number.isInteger(to)) throw new HeraldError('HERALD_BAD_REQUEST', 'Give the two revisions to compare as ?from=N&to=M.');
    const [a, b] = await Promise.all([ops.store.getRevision(article.id, from), ops.store.getRevision(article.id, to)]);
    if (!a || !b) throw notFound(`Revision ${!a ? from : to}`);
    // The diff library loads with the first comparison, not with the server (docs/adr/0010-cold-start.md).
    const { diffSnapshots } = await import('../../operations/revision-diff.js');
    return { from, to, fields: diffSnapshots(a.snapshot, b.snapshot) };
  });

  app.post('/api/admin/articles/:id/revisions/:revision/restore', async (request, reply) => {
    const { actor, article } = await loadArticleFor(ops.store, request);
    const revision = Number((request.params as { revision: string }).revision);
    const { revision: expectedRevision } = transitionBody.parse(request.body);
    if (!Number.isInteger(revision)) throw notFound('That revision');
    return withConflictDetails(reply, article.id, () => restoreRevision(ops, { articleId: article.id, revision, expectedRevision, actor }));
  });

  app.get('/api/admin/articles/:id/preview', async (request, reply) => {
    const { article } = await loadArticleFor(ops.store, request);
    const html = await deps.site.renderPreview(article);
    if (!html) throw notFound(`A preview of article ${article.id}`);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'private, no-store').header('x-robots-tag', 'noindex').send(html);
  });
}

async function userNames(deps: AdminApiDeps, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0 || !deps.userNames) return new Map();
  return deps.userNames(wanted);
}
