/**
 * Publishes a change to a live article with a visible correction or update
 * notice. The updated timestamp moves; the old text stays in the history.
 */
import type { Article } from '../domain/article.js';
import { HeraldError } from '../domain/errors.js';
import { applyArticleChange } from './apply-article-change.js';
import type { Actor } from '../domain/identity.js';
import type { OperationContext } from './context.js';
import { validateEdit, type ArticleEdit } from './update-article.js';

export interface Correction {
  articleId: number;
  expectedRevision: number;
  edit: ArticleEdit;
  notice: { kind: 'correction' | 'update'; text: string };
  actor: Actor;
}

export async function correctArticle(ctx: OperationContext, c: Correction): Promise<Article> {
  validateEdit(c.edit);
  if (!c.notice.text.trim()) throw new HeraldError('HERALD_VALIDATION', 'A correction needs the text of its notice.');
  return applyArticleChange(ctx, {
    articleId: c.articleId,
    expectedRevision: c.expectedRevision,
    actor: c.actor,
    permission: 'publish',
    check: (a) => {
      if (a.status !== 'published') throw new HeraldError('HERALD_CONFLICT', `Only a published article can be corrected; this one is ${a.status}.`);
      if (c.edit.slug !== undefined && c.edit.slug !== a.slug)
        throw new HeraldError('HERALD_VALIDATION', 'The slug of a published article cannot change.');
    },
    changes: (_a, at) => ({ ...c.edit, updatedAt: at }),
    notice: { kind: c.notice.kind, text: c.notice.text.trim() },
    kind: 'corrected',
    audit: { action: 'corrected', details: `${c.notice.kind}: ${c.notice.text.trim()}` },
    events: (_b, after, at) => [
      { type: 'article.updated', articleId: after.id, editionCode: after.editionCode, at, notice: { kind: c.notice.kind, text: c.notice.text.trim() } },
    ],
  });
}
