/**
 * Webhooks as plain data: the events an endpoint can subscribe to, what is
 * stored and sent for each, and the retry schedule. No I/O here; the
 * operations queue deliveries (src/operations/webhooks.ts) and the dispatcher
 * sends them (src/operations/deliver-webhooks.ts).
 */
export const WEBHOOK_EVENT_TYPES = ['article.published', 'article.updated', 'article.unpublished', 'article.corrected', 'wire.killed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const isWebhookEventType = (value: string): value is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** A registered receiver. The secret is never part of this shape: it is shown once, at creation and on rotation. */
export interface WebhookEndpoint {
  id: number;
  url: string;
  description: string;
  events: WebhookEventType[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The article as a delivery describes it; `path` is turned into an absolute `url` when the body is sent. */
export interface WebhookArticle {
  id: number;
  shortId: string;
  editionCode: string;
  path: string;
  headline: string;
  /** `deleted` when the article was removed for good. */
  status: string;
  firstPublishedAt: string | null;
  updatedAt: string;
  embargoUntil: string | null;
}

/** What is stored with every delivery of one event (the same `id` for every endpoint and every retry). */
export interface WebhookPayload {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  article: WebhookArticle;
  /** The correction or update notice, for `article.corrected`. */
  notice?: { kind: 'correction' | 'update'; text: string };
  /** The agency story, for `wire.killed`. */
  wire?: { guid: string; version: number; provider: string };
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDelivery {
  id: number;
  endpointId: number;
  eventId: string;
  eventType: WebhookEventType;
  payload: WebhookPayload;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: string;
  /** After this instant a failed attempt gives up instead of scheduling another. */
  retryUntil: string;
  createdAt: string;
  lastAttemptAt: string | null;
  responseStatus: number | null;
  /** Why the last attempt failed, or the first characters of the answer. */
  lastError: string | null;
  deliveredAt: string | null;
}

/** First retry after 30 s, doubling, never more than an hour apart; retried for at least a day. */
export const WEBHOOK_RETRY = { firstDelayMs: 30_000, maxDelayMs: 60 * 60_000, retryForMs: 24 * 60 * 60_000 } as const;

/** The pause after the `attempts`-th failed attempt (1-based). */
export function webhookRetryDelayMs(attempts: number): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(WEBHOOK_RETRY.firstDelayMs * 2 ** exponent, WEBHOOK_RETRY.maxDelayMs);
}

/** The JSON body sent for a payload: the stored payload with the article's absolute URL. */
export function webhookBody(payload: WebhookPayload, publicUrl: string): string {
  const { path, ...article } = payload.article;
  return JSON.stringify({ ...payload, article: { ...article, url: publicUrl + path } });
}
