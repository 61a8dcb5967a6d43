/**
 * Changes the text that goes with a picture (alt, caption, credit, focal
 * point). The picture may be shown by articles of several editions, so the
 * actor must be allowed to change every article that shows it: a picture on
 * a published or scheduled page needs an editor of that edition (a reporter
 * never changes what readers see), one in drafts needs the right to edit
 * those drafts. Audited; after commit, `image.updated` lists the published
 * articles showing it so their cached pages purge at once.
 */
import { articleScope } from '../domain/events.js';
import type { Article } from '../domain/article.js';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { assertArticleAccess, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ImageMetadata } from './upload-image.js';

const LIVE_STATUSES = new Set<Article['status']>(['published', 'scheduled']);

export async function updateImageMetadata(
  ctx: OperationContext,
  input: { imageId: number; changes: Partial<ImageMetadata>; actor: Actor },
): Promise<void> {
  assertRole(input.actor, 'reporter');
  const changes = Object.fromEntries(Object.entries(input.changes).filter(([, v]) => v !== undefined)) as Partial<ImageMetadata>;
  const at = ctx.now().toISOString();
  const shownBy = await ctx.store.transaction(async (tx) => {
    if ((await tx.getImages([input.imageId])).length === 0) throw notFound(`Image ${input.imageId}`);
    const articles: Article[] = [];
    for (const id of await tx.listArticlesUsingImage(input.imageId)) {
      const article = await tx.getArticle(id);
      if (article) articles.push(article);
    }
    for (const article of articles) {
      try {
        assertArticleAccess(input.actor, article, LIVE_STATUSES.has(article.status) ? 'publish' : 'edit');
      } catch (error) {
        throw new HeraldError(
          'HERALD_FORBIDDEN',
          `Image ${input.imageId} is shown by the ${article.status.replace('_', ' ')} article ${article.id} in the ${article.editionCode} edition, ` +
            'which you may not change; ask an editor of that edition.',
          { cause: error },
        );
      }
    }
    if (!(await tx.updateImage(input.imageId, changes))) throw notFound(`Image ${input.imageId}`);
    await tx.insertAudit({
      at, userId: input.actor.userId, action: 'image_updated', articleId: null,
      details: `changed ${Object.keys(changes).join(', ') || 'nothing'} of image ${input.imageId}`,
    });
    return articles;
  });
  const published = shownBy.filter((a) => a.status === 'published');
  ctx.events.emit({
    type: 'image.updated',
    imageId: input.imageId,
    at,
    articles: published.map((a) => ({ articleId: a.id, editionCode: a.editionCode, scope: articleScope(a) })),
  });
}
