/**
 * Restores the fields of an earlier revision as a new revision (history is
 * never rewritten). The workflow status stays as it is now.
 */
import type { Article } from '../domain/article.js';
import { notFound } from '../domain/errors.js';
import { applyArticleChange } from './apply-article-change.js';
import type { Actor } from '../domain/identity.js';
import type { OperationContext } from './context.js';

export async function restoreRevision(
  ctx: OperationContext,
  r: { articleId: number; revision: number; expectedRevision: number; actor: Actor },
): Promise<Article> {
  const old = await ctx.store.getRevision(r.articleId, r.revision);
  if (!old) throw notFound(`Revision ${r.revision} of article ${r.articleId}`);
  const { status: _status, publishAt: _publishAt, ...fields } = old.snapshot;
  return applyArticleChange(ctx, {
    articleId: r.articleId,
    expectedRevision: r.expectedRevision,
    actor: r.actor,
    permission: 'edit',
    changes: (article, at) => {
      // A published slug and edition stay: restoring text must not break public URLs.
      const { slug, editionCode, ...rest } = fields;
      return {
        ...rest,
        // Revisions from before migration 012 have no lead caption/alt: then the library's text was shown.
        leadImageCaption: rest.leadImageCaption ?? null,
        leadImageAlt: rest.leadImageAlt ?? null,
        ...(article.firstPublishedAt ? {} : { slug, editionCode }),
        ...(article.status === 'published' ? { updatedAt: at } : {}),
      };
    },
    summary: `restored revision ${r.revision}`,
    kind: 'restored',
    audit: { action: 'restored', details: `restored revision ${r.revision}` },
    events: (_b, after, at) => [
      { type: 'article.saved', articleId: after.id, editionCode: after.editionCode, at },
      ...(after.status === 'published' ? [{ type: 'article.updated' as const, articleId: after.id, editionCode: after.editionCode, at }] : []),
    ],
  });
}
