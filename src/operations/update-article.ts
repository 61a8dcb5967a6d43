/**
 * Saves changes to an article against the revision the editor started from.
 * A stale revision is refused with HERALD_CONFLICT (409) and nothing is written.
 */
import { HeraldError, notFound } from '../domain/errors.js';
import { isValidSlug } from '../domain/slug.js';
import type { OperationContext } from './context.js';
import type { ArticleChanges } from './ports.js';

export type ArticleEdit = Omit<ArticleChanges, 'status' | 'firstPublishedAt' | 'updatedAt' | 'publishAt'>;

export async function updateArticle(
  ctx: OperationContext,
  articleId: number,
  expectedRevision: number,
  edit: ArticleEdit,
): Promise<number> {
  const article = await ctx.store.getArticle(articleId);
  if (!article) throw notFound(`Article ${articleId}`);
  if (edit.headline !== undefined && !edit.headline.trim())
    throw new HeraldError('HERALD_VALIDATION', 'An article needs a headline.');
  if (edit.slug !== undefined && !isValidSlug(edit.slug))
    throw new HeraldError('HERALD_VALIDATION', `The slug "${edit.slug}" may contain only letters, digits and single hyphens.`);
  const at = ctx.now().toISOString();
  const isPublic = article.status === 'published';
  const ok = await ctx.store.transaction((tx) =>
    tx.updateArticle(articleId, expectedRevision, { ...edit, ...(isPublic ? { updatedAt: at } : {}) }),
  );
  if (!ok)
    throw new HeraldError(
      'HERALD_CONFLICT',
      `Article ${articleId} was saved by someone else since revision ${expectedRevision}; your changes were not written.`,
      { details: { currentRevision: article.revision } },
    );
  ctx.events.emit({ type: 'article.saved', articleId, editionCode: article.editionCode, at });
  if (isPublic) ctx.events.emit({ type: 'article.updated', articleId, editionCode: article.editionCode, at });
  return expectedRevision + 1;
}
