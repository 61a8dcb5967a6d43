/**
 * Admins manage webhook endpoints: register (the secret is generated here and
 * returned once), change (URL, events, description, on/off, a new secret),
 * delete, list, read deliveries and send one again. Every change is audited.
 * A target URL is checked before it is stored (https, and not an internal
 * address unless the deployment allows it); the sender checks again at
 * delivery time, after resolving the name.
 */
import { randomBytes } from 'node:crypto';
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { isWebhookEventType, type WebhookDelivery, type WebhookDeliveryStatus, type WebhookEndpoint, type WebhookEventType } from '../domain/webhook.js';
import { assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { WebhookTargetCheck } from './webhook-ports.js';

export interface WebhookContext extends OperationContext {
  checkTarget: WebhookTargetCheck;
}

export interface WebhookInput {
  url: string;
  events: string[];
  description?: string;
  active?: boolean;
}

export interface WebhookPatch {
  url?: string;
  events?: string[];
  description?: string;
  active?: boolean;
  /** Replace the secret; the new one is returned once. */
  rotateSecret?: boolean;
}

/** An endpoint and, right after creation or rotation only, its secret. */
export interface WebhookWithSecret {
  endpoint: WebhookEndpoint;
  secret?: string;
}

const MAX_URL_LENGTH = 2048;
const MAX_DESCRIPTION_LENGTH = 500;

export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

function checkEvents(events: string[]): WebhookEventType[] {
  const unknown = events.filter((e) => !isWebhookEventType(e));
  if (unknown.length) throw new HeraldError('HERALD_VALIDATION', `Unknown webhook event ${unknown.map((e) => `"${e}"`).join(', ')}.`);
  const unique = [...new Set(events)] as WebhookEventType[];
  if (unique.length === 0) throw new HeraldError('HERALD_VALIDATION', 'Choose at least one event for the webhook.');
  return unique;
}

async function checkUrl(ctx: WebhookContext, url: string): Promise<string> {
  const trimmed = url.trim();
  if (trimmed.length > MAX_URL_LENGTH) throw new HeraldError('HERALD_VALIDATION', `A webhook URL may have at most ${MAX_URL_LENGTH} characters.`);
  await ctx.checkTarget(trimmed);
  return trimmed;
}

function checkDescription(description: string): string {
  const text = description.trim();
  if (text.length > MAX_DESCRIPTION_LENGTH) throw new HeraldError('HERALD_VALIDATION', `A description may have at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  return text;
}

export async function listWebhooks(ctx: OperationContext, actor: Actor): Promise<WebhookEndpoint[]> {
  assertRole(actor, 'admin');
  return ctx.store.webhooks.listEndpoints();
}

export async function createWebhook(ctx: WebhookContext, input: WebhookInput, actor: Actor): Promise<WebhookWithSecret> {
  assertRole(actor, 'admin');
  const events = checkEvents(input.events);
  const description = checkDescription(input.description ?? '');
  const url = await checkUrl(ctx, input.url);
  const secret = generateWebhookSecret();
  const at = ctx.now().toISOString();
  const id = await ctx.store.transaction(async (tx) => {
    const newId = await tx.webhooks.insertEndpoint({ url, description, events, active: input.active ?? true, secret, createdAt: at, createdBy: actor.userId });
    await tx.insertAudit({ at, userId: actor.userId, action: 'webhook_created', articleId: null, details: `webhook ${newId} → ${url} (${events.join(', ')})` });
    return newId;
  });
  const endpoint = await ctx.store.webhooks.getEndpoint(id);
  if (!endpoint) throw notFound(`Webhook ${id}`);
  return { endpoint, secret };
}

export async function updateWebhook(ctx: WebhookContext, id: number, patch: WebhookPatch, actor: Actor): Promise<WebhookWithSecret> {
  assertRole(actor, 'admin');
  const events = patch.events === undefined ? undefined : checkEvents(patch.events);
  const description = patch.description === undefined ? undefined : checkDescription(patch.description);
  const url = patch.url === undefined ? undefined : await checkUrl(ctx, patch.url);
  const secret = patch.rotateSecret ? generateWebhookSecret() : undefined;
  const at = ctx.now().toISOString();
  const changed = [
    url !== undefined && `url → ${url}`, events && `events → ${events.join(', ')}`, description !== undefined && 'description',
    patch.active !== undefined && (patch.active ? 'enabled' : 'disabled'), secret && 'secret rotated',
  ].filter(Boolean);
  await ctx.store.transaction(async (tx) => {
    const updated = await tx.webhooks.updateEndpoint(id, {
      updatedAt: at,
      ...(url !== undefined ? { url } : {}), ...(events ? { events } : {}), ...(description !== undefined ? { description } : {}),
      ...(patch.active !== undefined ? { active: patch.active } : {}), ...(secret ? { secret } : {}),
    });
    if (!updated) throw notFound(`Webhook ${id}`);
    await tx.insertAudit({ at, userId: actor.userId, action: 'webhook_updated', articleId: null, details: `webhook ${id}: ${changed.join('; ') || 'no change'}` });
  });
  const endpoint = await ctx.store.webhooks.getEndpoint(id);
  if (!endpoint) throw notFound(`Webhook ${id}`);
  return secret ? { endpoint, secret } : { endpoint };
}

export async function deleteWebhook(ctx: OperationContext, id: number, actor: Actor): Promise<void> {
  assertRole(actor, 'admin');
  const at = ctx.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    const endpoint = await tx.webhooks.getEndpoint(id);
    if (!endpoint) throw notFound(`Webhook ${id}`);
    await tx.webhooks.deleteEndpoint(id);
    await tx.insertAudit({ at, userId: actor.userId, action: 'webhook_deleted', articleId: null, details: `webhook ${id} → ${endpoint.url} deleted with its deliveries` });
  });
}

export async function listWebhookDeliveries(
  ctx: OperationContext,
  query: { endpointId?: number; status?: WebhookDeliveryStatus; limit?: number },
  actor: Actor,
): Promise<WebhookDelivery[]> {
  assertRole(actor, 'admin');
  return ctx.store.webhooks.listDeliveries({
    limit: Math.min(Math.max(query.limit ?? 50, 1), 200),
    ...(query.endpointId !== undefined ? { endpointId: query.endpointId } : {}),
    ...(query.status ? { status: query.status } : {}),
  });
}

/** Queues a delivery's event again for its endpoint, due now, with a fresh day of retries (the old row stays as it was). */
export async function redeliverWebhook(ctx: OperationContext, deliveryId: number, actor: Actor): Promise<WebhookDelivery> {
  assertRole(actor, 'admin');
  const at = ctx.now().toISOString();
  const id = await ctx.store.transaction(async (tx) => {
    const delivery = await tx.webhooks.getDelivery(deliveryId);
    if (!delivery) throw notFound(`Webhook delivery ${deliveryId}`);
    const newId = await tx.webhooks.enqueueFor(delivery.endpointId, delivery.payload, at);
    await tx.insertAudit({
      at, userId: actor.userId, action: 'webhook_redelivered', articleId: null,
      details: `webhook ${delivery.endpointId}: ${delivery.eventType} ${delivery.eventId} queued again (delivery ${deliveryId} → ${newId})`,
    });
    return newId;
  });
  const created = await ctx.store.webhooks.getDelivery(id);
  if (!created) throw notFound(`Webhook delivery ${id}`);
  return created;
}
