/**
 * Publishing and unpublishing. Both check the revision the caller saw, so two
 * editors acting at once cannot silently overwrite each other.
 */
import { HeraldError, notFound } from '../domain/errors.js';
import type { OperationContext } from './context.js';

export interface PublicationChange {
  articleId: number;
  /** The revision the caller last saw; omit to act on the current one. */
  expectedRevision?: number;
}

async function loadForChange(ctx: OperationContext, change: PublicationChange) {
  const article = await ctx.store.getArticle(change.articleId);
  if (!article) throw notFound(`Article ${change.articleId}`);
  const expected = change.expectedRevision ?? article.revision;
  if (expected !== article.revision)
    throw new HeraldError(
      'HERALD_CONFLICT',
      `Article ${article.id} was changed by someone else (revision ${article.revision}, you had ${expected}). Reload it and try again.`,
    );
  return { article, expected };
}

export async function publishArticle(ctx: OperationContext, change: PublicationChange): Promise<void> {
  const { article, expected } = await loadForChange(ctx, change);
  const at = ctx.now().toISOString();
  const republish = article.firstPublishedAt !== null;
  const ok = await ctx.store.transaction((tx) =>
    tx.updateArticle(article.id, expected, {
      status: 'published',
      firstPublishedAt: article.firstPublishedAt ?? at,
      updatedAt: republish ? at : article.firstPublishedAt ?? at,
      publishAt: null,
    }),
  );
  if (!ok) throw new HeraldError('HERALD_CONFLICT', `Article ${article.id} changed while it was being published; try again.`);
  ctx.events.emit({ type: 'article.published', articleId: article.id, editionCode: article.editionCode, at });
}

export async function unpublishArticle(ctx: OperationContext, change: PublicationChange): Promise<void> {
  const { article, expected } = await loadForChange(ctx, change);
  if (article.status !== 'published')
    throw new HeraldError('HERALD_CONFLICT', `Article ${article.id} is ${article.status}, not published.`);
  const at = ctx.now().toISOString();
  const ok = await ctx.store.transaction((tx) => tx.updateArticle(article.id, expected, { status: 'unpublished' }));
  if (!ok) throw new HeraldError('HERALD_CONFLICT', `Article ${article.id} changed while it was being unpublished; try again.`);
  ctx.events.emit({ type: 'article.unpublished', articleId: article.id, editionCode: article.editionCode, at });
}
