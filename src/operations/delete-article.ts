/** Deletes an article for good (editors and admins); the audit log keeps who deleted what. */
import { notFound } from '../domain/errors.js';
import { articleScope } from '../domain/events.js';
import type { Actor } from '../domain/identity.js';
import { assertArticleAccess } from './access-policy.js';
import type { OperationContext } from './context.js';
import { enqueueWebhook } from './webhook-enqueue.js';

export async function deleteArticle(ctx: OperationContext, articleId: number, actor: Actor): Promise<void> {
  const at = ctx.now().toISOString();
  const article = await ctx.store.transaction(async (tx) => {
    const found = await tx.getArticle(articleId);
    if (!found) throw notFound(`Article ${articleId}`);
    assertArticleAccess(actor, found, 'publish');
    await tx.deleteArticle(articleId);
    if (found.status === 'published') await enqueueWebhook(tx, 'article.unpublished', found, at, { status: 'deleted' });
    await tx.insertAudit({ at, userId: actor.userId, action: 'deleted', articleId: null, details: `deleted article ${articleId} "${found.headline}"` });
    return found;
  });
  if (article.status === 'published')
    ctx.events.emit({ type: 'article.unpublished', articleId, editionCode: article.editionCode, at, scope: articleScope(article) });
}
