/**
 * Turns what an operation did into queued webhook deliveries, inside the
 * operation's transaction: if the change rolls back, so do its deliveries,
 * and a committed change always has them. Deliveries of an embargoed article
 * wait until the embargo ends, so no receiver learns of it early.
 */
import { randomUUID } from 'node:crypto';
import { articlePath, type Article } from '../domain/article.js';
import type { HeraldEvent } from '../domain/events.js';
import type { WebhookArticle, WebhookEventType, WebhookPayload } from '../domain/webhook.js';
import type { ContentWriter } from './ports.js';

export type WebhookArticleSource = Pick<Article, 'id' | 'shortId' | 'editionCode' | 'slug' | 'headline' | 'status' | 'firstPublishedAt' | 'updatedAt' | 'embargoUntil'>;

export function webhookArticle(article: WebhookArticleSource, status: string = article.status): WebhookArticle {
  return {
    id: article.id, shortId: article.shortId, editionCode: article.editionCode, path: articlePath(article), headline: article.headline,
    status, firstPublishedAt: article.firstPublishedAt, updatedAt: article.updatedAt, embargoUntil: article.embargoUntil,
  };
}

/** The webhook an article event becomes, if any (`article.saved` is internal). */
function webhookTypeOf(event: HeraldEvent): WebhookEventType | null {
  switch (event.type) {
    case 'article.published':
    case 'article.unpublished':
      return event.type;
    case 'article.updated':
      return event.notice ? 'article.corrected' : 'article.updated';
    default:
      return null;
  }
}

const dueAt = (article: WebhookArticleSource, at: string) => (article.embargoUntil && article.embargoUntil > at ? article.embargoUntil : at);

export async function enqueueWebhook(
  tx: ContentWriter,
  type: WebhookEventType,
  article: WebhookArticleSource,
  at: string,
  extra: Pick<WebhookPayload, 'notice' | 'wire'> & { status?: string } = {},
): Promise<void> {
  const { status, ...rest } = extra;
  const payload: WebhookPayload = { id: randomUUID(), type, occurredAt: at, article: webhookArticle(article, status), ...rest };
  await tx.webhooks.enqueue(payload, dueAt(article, at));
}

/** Queues the deliveries for the events of one article change (`article` as it is after the change). */
export async function enqueueArticleWebhooks(tx: ContentWriter, events: HeraldEvent[], article: WebhookArticleSource, at: string): Promise<void> {
  for (const event of events) {
    const type = webhookTypeOf(event);
    if (!type) continue;
    await enqueueWebhook(tx, type, article, at, event.type === 'article.updated' && event.notice ? { notice: event.notice } : {});
  }
}

/** An agency killed a story an article was built from: receivers hear of it with the article it affects. */
export async function enqueueWireKillWebhook(
  tx: ContentWriter,
  articleId: number,
  item: { guid: string; version: number; provider: string },
  at: string,
): Promise<void> {
  const article = await tx.getArticle(articleId);
  if (!article) return;
  await tx.webhooks.enqueue(
    { id: randomUUID(), type: 'wire.killed', occurredAt: at, article: webhookArticle(article), wire: { guid: item.guid, version: item.version, provider: item.provider } },
    at,
  );
}
