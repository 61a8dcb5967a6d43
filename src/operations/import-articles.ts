/**
 * Bulk import of already-published articles (the demo seed's large datasets,
 * and later migrations from other systems): one transaction per batch,
 * multi-row inserts, short ids checked against the store and the batch.
 */
import { articleScope } from '../domain/events.js';
import { generateShortId } from '../domain/short-id.js';
import { buildNewArticle, type CreateArticleInput } from './create-article.js';
import type { OperationContext } from './context.js';

export async function importArticles(ctx: OperationContext, inputs: CreateArticleInput[]): Promise<number[]> {
  const now = ctx.now();
  const ids = await ctx.store.transaction(async (tx) => {
    const taken = new Set<string>();
    const articles = inputs.map((input) => {
      let shortId = generateShortId();
      while (taken.has(shortId)) shortId = generateShortId();
      taken.add(shortId);
      return buildNewArticle(input, now, shortId);
    });
    for (const article of articles) {
      // Collisions with stored ids are rare (a few in 100,000); check each id once.
      while (await tx.shortIdExists(article.shortId)) {
        let next = generateShortId();
        while (taken.has(next)) next = generateShortId();
        taken.add(next);
        article.shortId = next;
      }
    }
    return tx.insertArticles(articles);
  });
  const at = now.toISOString();
  ids.forEach((articleId, i) => {
    const input = inputs[i];
    if (input?.publishedAt)
      ctx.events.emit({
        type: 'article.published', articleId, editionCode: input.editionCode, at,
        scope: articleScope({ sectionId: input.sectionId, topicIds: input.topicIds ?? [], translationGroup: input.translationGroup ?? null }),
      });
  });
  return ids;
}
