/**
 * Webhook routes under /api/admin/webhooks: authenticate, parse, call the
 * operation (which checks the admin role), reply. The secret appears only in
 * the answers to creation and rotation.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../auth/guards.js';
import { userActor } from '../../domain/identity.js';
import { WEBHOOK_EVENT_TYPES } from '../../domain/webhook.js';
import {
  createWebhook, deleteWebhook, listWebhookDeliveries, listWebhooks, redeliverWebhook, updateWebhook, type WebhookContext,
} from '../../operations/webhooks.js';
import {
  createWebhookBody, deliveryQuery, toDeliveryDto, updateWebhookBody, type WebhookCreated, type WebhookDeliveryDto, type WebhookDeliveryList, type WebhookList,
} from './webhook-contract.js';

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export function registerWebhookRoutes(app: FastifyInstance, ctx: WebhookContext): void {
  const actorOf = (request: Parameters<typeof requireUser>[0]) => userActor(requireUser(request));

  app.get('/api/admin/webhooks', async (request): Promise<WebhookList> => ({
    items: await listWebhooks(ctx, actorOf(request)),
    events: WEBHOOK_EVENT_TYPES,
  }));

  app.post('/api/admin/webhooks', async (request, reply) => {
    const actor = actorOf(request);
    const created: WebhookCreated = await createWebhook(ctx, createWebhookBody.parse(request.body), actor);
    return reply.code(201).send(created);
  });

  app.patch('/api/admin/webhooks/:id', async (request): Promise<WebhookCreated> => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    return updateWebhook(ctx, id, updateWebhookBody.parse(request.body ?? {}), actor);
  });

  app.delete('/api/admin/webhooks/:id', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    await deleteWebhook(ctx, id, actor);
    return reply.code(204).send();
  });

  app.get('/api/admin/webhooks/deliveries', async (request): Promise<WebhookDeliveryList> => {
    const actor = actorOf(request);
    const query = deliveryQuery.parse(request.query);
    const items = await listWebhookDeliveries(ctx, {
      ...(query.endpointId ? { endpointId: query.endpointId } : {}), ...(query.status ? { status: query.status } : {}), ...(query.limit ? { limit: query.limit } : {}),
    }, actor);
    return { items: items.map(toDeliveryDto) };
  });

  app.post('/api/admin/webhooks/deliveries/:id/redeliver', async (request, reply) => {
    const actor = actorOf(request);
    const { id } = idParams.parse(request.params);
    const created: WebhookDeliveryDto = toDeliveryDto(await redeliverWebhook(ctx, id, actor));
    return reply.code(201).send(created);
  });
}
