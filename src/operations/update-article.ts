/**
 * Saves an editor's changes against the revision they started from. A stale
 * revision is refused with HERALD_CONFLICT (409) and nothing is written. The
 * slug can change only until first publication: published URLs are forever.
 * A change to a published article is audited with the fields it changed and
 * moves the article's "Updated" time, unless it is marked a minor fix (a typo):
 * readers and feeds are not told of a news update that is not one.
 */
import { HeraldError } from '../domain/errors.js';
import { isValidSlug } from '../domain/slug.js';
import { applyArticleChange } from './apply-article-change.js';
import type { Actor } from '../domain/identity.js';
import type { OperationContext } from './context.js';
import type { ArticleChanges } from './ports.js';

export type ArticleEdit = Omit<ArticleChanges, 'status' | 'firstPublishedAt' | 'updatedAt' | 'publishAt' | 'wireGuid' | 'wireVersion'>;

export function validateEdit(edit: ArticleEdit): void {
  if (edit.headline !== undefined && !edit.headline.trim()) throw new HeraldError('HERALD_VALIDATION', 'An article needs a headline.');
  if (edit.slug !== undefined && !isValidSlug(edit.slug))
    throw new HeraldError('HERALD_VALIDATION', `The slug "${edit.slug}" may contain only letters, digits and single hyphens.`);
}

export async function updateArticle(
  ctx: OperationContext,
  articleId: number,
  expectedRevision: number,
  edit: ArticleEdit,
  actor: Actor,
  options: { minor?: boolean } = {},
): Promise<number> {
  const minor = options.minor === true;
  validateEdit(edit);
  const after = await applyArticleChange(ctx, {
    articleId,
    expectedRevision,
    actor,
    permission: 'edit',
    check: (article) => {
      if (edit.slug !== undefined && edit.slug !== article.slug && article.firstPublishedAt)
        throw new HeraldError('HERALD_VALIDATION', 'The slug of a published article cannot change; its URL is already out in the world.');
    },
    changes: (article, at) => ({ ...edit, ...(article.status === 'published' && !minor ? { updatedAt: at } : {}) }),
    kind: (article) => (article.status !== 'published' ? 'saved' : minor ? 'minor_fix' : 'updated'),
    audit: (article) =>
      article.status === 'published'
        ? { action: 'updated', details: (changed: string) => `${minor ? 'minor fix' : 'updated'}: ${changed}` }
        : null,
    events: (before, after, at) => [
      { type: 'article.saved', articleId, editionCode: after.editionCode, at },
      ...(after.status === 'published' ? [{ type: 'article.updated' as const, articleId, editionCode: before.editionCode, at }] : []),
    ],
  });
  return after.revision;
}
