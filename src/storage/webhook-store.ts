/**
 * Webhook endpoints and the delivery outbox, written once for both stores.
 * Given the pool it serves the dispatcher and the admin; given a transaction
 * it queues deliveries together with the change that caused them. Claiming
 * is one conditional UPDATE (`lease_until` empty or past), which both SQLite
 * and PostgreSQL apply atomically, so two nodes never send the same row.
 */
import type { Kysely, Selectable } from 'kysely';
import { isWebhookEventType, WEBHOOK_RETRY, type WebhookDelivery, type WebhookDeliveryStatus, type WebhookEndpoint, type WebhookEventType, type WebhookPayload } from '../domain/webhook.js';
import type { WebhookStore } from '../operations/webhook-ports.js';
import type { HeraldDatabase } from './database.js';
import type { WebhookDeliveryTable, WebhookEndpointTable } from './webhook-tables.js';

type Db = Kysely<HeraldDatabase>;

const eventsOf = (text: string): WebhookEventType[] => text.split(',').filter(isWebhookEventType);

function endpointOf(row: Selectable<WebhookEndpointTable>): WebhookEndpoint {
  return {
    id: Number(row.id), url: row.url, description: row.description, events: eventsOf(row.events), active: Number(row.active) === 1,
    createdAt: row.created_at, updatedAt: row.updated_at,
  };
}

function deliveryOf(row: Selectable<WebhookDeliveryTable>): WebhookDelivery {
  return {
    id: Number(row.id), endpointId: Number(row.endpoint_id), eventId: row.event_id, eventType: row.event_type as WebhookEventType,
    payload: JSON.parse(row.payload) as WebhookPayload, status: row.status as WebhookDeliveryStatus, attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at, retryUntil: row.retry_until, createdAt: row.created_at, lastAttemptAt: row.last_attempt_at,
    responseStatus: row.response_status === null ? null : Number(row.response_status), lastError: row.last_error, deliveredAt: row.delivered_at,
  };
}

function deliveryRow(endpointId: number, payload: WebhookPayload, dueAt: string, createdAt: string) {
  return {
    endpoint_id: endpointId, event_id: payload.id, event_type: payload.type, payload: JSON.stringify(payload), status: 'pending',
    attempts: 0, next_attempt_at: dueAt, retry_until: new Date(Date.parse(dueAt) + WEBHOOK_RETRY.retryForMs).toISOString(), created_at: createdAt,
  };
}

export function webhookStore(db: Db): WebhookStore {
  return {
    async listEndpoints() {
      return (await db.selectFrom('webhook_endpoints').selectAll().orderBy('id').execute()).map(endpointOf);
    },

    async getEndpoint(id) {
      const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? endpointOf(row) : null;
    },

    async insertEndpoint(e) {
      const row = await db
        .insertInto('webhook_endpoints')
        .values({
          url: e.url, description: e.description, events: e.events.join(','), secret: e.secret, active: e.active ? 1 : 0,
          created_at: e.createdAt, updated_at: e.createdAt, created_by: e.createdBy,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async updateEndpoint(id, c) {
      const result = await db
        .updateTable('webhook_endpoints')
        .set({
          updated_at: c.updatedAt,
          ...(c.url !== undefined ? { url: c.url } : {}),
          ...(c.description !== undefined ? { description: c.description } : {}),
          ...(c.events !== undefined ? { events: c.events.join(',') } : {}),
          ...(c.active !== undefined ? { active: c.active ? 1 : 0 } : {}),
          ...(c.secret !== undefined ? { secret: c.secret } : {}),
        })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async deleteEndpoint(id) {
      // Deliveries go with their endpoint (the foreign key cascades; deleted explicitly for SQLite without foreign_keys).
      await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
      const result = await db.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) === 1;
    },

    async enqueue(payload, dueAt) {
      const endpoints = await db.selectFrom('webhook_endpoints').select(['id', 'events']).where('active', '=', 1).execute();
      const targets = endpoints.filter((e) => eventsOf(e.events).includes(payload.type));
      if (targets.length === 0) return 0;
      await db.insertInto('webhook_deliveries').values(targets.map((e) => deliveryRow(Number(e.id), payload, dueAt, payload.occurredAt))).execute();
      return targets.length;
    },

    async enqueueFor(endpointId, payload, dueAt) {
      const row = await db.insertInto('webhook_deliveries').values(deliveryRow(endpointId, payload, dueAt, dueAt)).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async getDelivery(id) {
      const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? deliveryOf(row) : null;
    },

    async listDeliveries(q) {
      let query = db.selectFrom('webhook_deliveries').selectAll().orderBy('id', 'desc').limit(q.limit);
      if (q.endpointId !== undefined) query = query.where('endpoint_id', '=', q.endpointId);
      if (q.status !== undefined) query = query.where('status', '=', q.status);
      return (await query.execute()).map(deliveryOf);
    },

    async listDue(now, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => Number(r.id));
    },

    async claim(id, owner, now, leaseUntil) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set({ lease_until: leaseUntil, lease_owner: owner })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return null;
      const row = await db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
        .selectAll('webhook_deliveries')
        .select(['webhook_endpoints.url as endpoint_url', 'webhook_endpoints.secret as endpoint_secret'])
        .where('webhook_deliveries.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const { endpoint_url, endpoint_secret, ...delivery } = row;
      return { delivery: deliveryOf(delivery), url: endpoint_url, secret: endpoint_secret };
    },

    async recordAttempt(id, owner, r) {
      const result = await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status: r.status,
          attempts: eb('attempts', '+', 1),
          last_attempt_at: r.at,
          response_status: r.responseStatus,
          last_error: r.error,
          lease_until: null,
          lease_owner: null,
          ...(r.status === 'delivered' ? { delivered_at: r.at } : {}),
          ...(r.nextAttemptAt ? { next_attempt_at: r.nextAttemptAt } : {}),
        }))
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
