/** Article → the admin API's AdminArticle (with notices, wire alerts and URLs), and the 409 that carries it. */
import { articlePath, isPubliclyVisible, type Article } from '../../domain/article.js';
import type { AccountStore } from '../../operations/account-ports.js';
import type { ContentReader } from '../../operations/ports.js';
import type { WireReader } from '../../operations/wire-ports.js';
import type { FastifyReply } from 'fastify';
import { isHeraldError } from '../../domain/errors.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import type { AdminArticle } from './contract.js';

type ArticleReader = ContentReader & WireReader & { accounts: Pick<AccountStore, 'userNames'> };

async function reviewNoteOf(reader: ArticleReader, articleId: number): Promise<AdminArticle['reviewNote']> {
  const step = await reader.latestReviewNote(articleId);
  if (!step) return null;
  const names = step.userId === null ? new Map<number, string>() : await reader.accounts.userNames([step.userId]);
  return { kind: step.kind, note: step.note, userName: step.userId === null ? null : names.get(step.userId) ?? null, createdAt: step.createdAt, revision: step.revision };
}

export async function toAdminArticle(reader: ArticleReader, article: Article, publicUrl: string, now: Date): Promise<AdminArticle> {
  const [notices, alerts, reviewNote] = await Promise.all([
    reader.listNotices(article.id),
    reader.listWireAlerts({ articleId: article.id, openOnly: true }),
    reviewNoteOf(reader, article.id),
  ]);
  return {
    id: article.id,
    shortId: article.shortId,
    editionCode: article.editionCode,
    sectionId: article.sectionId,
    kicker: article.kicker,
    headline: article.headline,
    teaser: article.teaser,
    slug: article.slug,
    body: article.body,
    leadImageId: article.leadImageId,
    leadImageCaption: article.leadImageCaption,
    leadImageAlt: article.leadImageAlt,
    topicIds: article.topicIds,
    authorIds: article.authorIds,
    agencyIds: article.agencyIds,
    translationGroup: article.translationGroup,
    embargoUntil: article.embargoUntil,
    status: article.status,
    revision: article.revision,
    firstPublishedAt: article.firstPublishedAt,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
    publishAt: article.publishAt,
    createdBy: article.createdBy,
    wireOrigin: article.wireOrigin,
    notices,
    publicUrl: isPubliclyVisible(article, now) ? publicUrl + articlePath(article) : null,
    previewUrl: `/api/admin/articles/${article.id}/preview`,
    wireAlerts: alerts.map((a) => ({ id: a.id, kind: a.kind, message: a.message, createdAt: a.createdAt })),
    reviewNote,
  };
}

/**
 * Runs a change and presents the resulting article; a conflict (409) carries
 * the current article in `details.current`, so the editor can show both versions.
 */
export async function presentOrConflict(deps: AdminApiDeps, reply: FastifyReply, articleId: number, work: () => Promise<Article>) {
  const present = (article: Article) => toAdminArticle(deps.ops.store, article, deps.publicUrl, deps.ops.now());
  try {
    return await present(await work());
  } catch (error) {
    if (!isHeraldError(error) || error.code !== 'HERALD_CONFLICT') throw error;
    const current = await deps.ops.store.getArticle(articleId);
    return reply.code(409).send({ error: { code: error.code, message: error.message, details: { current: current && (await present(current)) } } });
  }
}
