/**
 * The webhooks part of the admin API (admins only): request bodies as zod
 * schemas, answers as types the editor UI imports (admin/src/webhooks/).
 */
import { z } from 'zod';
import type { WebhookDelivery, WebhookEndpoint } from '../../domain/webhook.js';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhook.js';

const eventList = z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, 'choose at least one event').max(WEBHOOK_EVENT_TYPES.length * 2);

export const createWebhookBody = z.object({
  url: z.string().min(1).max(2048),
  events: eventList,
  description: z.string().max(500).optional(),
  active: z.boolean().optional(),
}).strict();

export const updateWebhookBody = z.object({
  url: z.string().min(1).max(2048).optional(),
  events: eventList.optional(),
  description: z.string().max(500).optional(),
  active: z.boolean().optional(),
  rotateSecret: z.boolean().optional(),
}).strict();

export const deliveryQuery = z.object({
  endpointId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  status: z.enum(['pending', 'delivered', 'failed']).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export type CreateWebhookBody = z.infer<typeof createWebhookBody>;
export type UpdateWebhookBody = z.infer<typeof updateWebhookBody>;
export type WebhookEndpointDto = WebhookEndpoint;
/** The payload is left out of lists; its event type and article are enough to tell deliveries apart. */
export type WebhookDeliveryDto = Omit<WebhookDelivery, 'payload'> & { articleId: number; headline: string };

export interface WebhookList {
  items: WebhookEndpointDto[];
  events: readonly string[];
}
/** After creation or rotation only: the secret, which is never shown again. */
export interface WebhookCreated {
  endpoint: WebhookEndpointDto;
  secret?: string;
}
export interface WebhookDeliveryList {
  items: WebhookDeliveryDto[];
}

export const toDeliveryDto = ({ payload, ...delivery }: WebhookDelivery): WebhookDeliveryDto => ({
  ...delivery, articleId: payload.article.id, headline: payload.article.headline,
});
