/**
 * The webhooks page's calls to the admin API (contract: src/api/admin/webhook-contract.ts),
 * through the editor's one client (../api/client.ts).
 */
import type {
  CreateWebhookBody, UpdateWebhookBody, WebhookCreated, WebhookDeliveryDto, WebhookDeliveryList, WebhookList,
} from '../../../src/api/admin/webhook-contract.js';
import { request } from '../api/client.js';

const BASE = '/api/admin/webhooks';

export const webhooksApi = {
  list: () => request<WebhookList>('GET', BASE),
  create: (body: CreateWebhookBody) => request<WebhookCreated>('POST', BASE, { json: body }),
  update: (id: number, body: UpdateWebhookBody) => request<WebhookCreated>('PATCH', `${BASE}/${id}`, { json: body }),
  remove: (id: number) => request<void>('DELETE', `${BASE}/${id}`),
  deliveries: (endpointId?: number) => request<WebhookDeliveryList>('GET', `${BASE}/deliveries`, { query: { endpointId, limit: 50 } }),
  redeliver: (deliveryId: number) => request<WebhookDeliveryDto>('POST', `${BASE}/deliveries/${deliveryId}/redeliver`),
};
