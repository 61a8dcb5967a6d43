/**
 * Bulk import of already-published articles (the demo seed's large datasets,
 * and later migrations from other systems): one transaction per batch,
 * multi-row inserts, short ids checked against the store and the batch.
 */
import { articleScope } from '../domain/events.js';
import type { Actor } from '../domain/identity.js';
import { generateShortId } from '../domain/short-id.js';
import { assertEdition, assertRole } from './access-policy.js';
import { buildNewArticle, type CreateArticleInput } from './create-article.js';
import type { OperationContext } from './context.js';

/** Editors import into their editions; the references of bulk rows are the importer's to get right (the store's keys still hold). */
export async function importArticles(ctx: OperationContext, inputs: CreateArticleInput[], actor: Actor): Promise<number[]> {
  assertRole(actor, 'editor');
  for (const code of new Set(inputs.map((i) => i.editionCode))) assertEdition(actor, code);
  const now = ctx.now();
  const ids = await ctx.store.transaction(async (tx) => {
    const taken = new Set<string>();
    const articles = inputs.map((input) => {
      let shortId = generateShortId();
      while (taken.has(shortId)) shortId = generateShortId();
      taken.add(shortId);
      return buildNewArticle(input, now, shortId, actor.userId);
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
        scope: articleScope({ sectionId: input.sectionId, topicIds: input.topicIds ?? [], translationGroup: input.translationGroup ?? null, authorIds: input.authorIds ?? [] }),
      });
  });
  return ids;
}
