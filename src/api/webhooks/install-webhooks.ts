/**
 * Wires webhooks into the server in one call from src/app.ts (after the
 * session layer, so the admin routes are guarded): the admin routes with the
 * registration check, and this node's dispatcher (HERALD_WEBHOOK_INTERVAL_MS;
 * every node may run one, the leases keep each delivery to one sender). The
 * dispatcher stops when the server closes.
 */
import type { FastifyInstance } from 'fastify';
import type { HeraldConfig } from '../../config/config.js';
import { createWebhookDispatcher, type WebhookDispatcher } from '../../operations/deliver-webhooks.js';
import type { OperationContext } from '../../operations/context.js';
import type { WebhookSender } from '../../operations/webhook-ports.js';
import { createHttpSender } from '../../webhooks/http-sender.js';
import { createTargetCheck, type ResolveHost } from '../../webhooks/webhook-targets.js';
import { registerWebhookRoutes } from '../admin/webhook-routes.js';

export interface WebhookDeps {
  config: Pick<HeraldConfig, 'publicUrl' | 'webhooks'>;
  ops: OperationContext;
  /** Replaces the HTTP sender (tests). */
  send?: WebhookSender;
  /** Replaces DNS for the registration check (tests). */
  resolve?: ResolveHost;
}

export function installWebhooks(server: FastifyInstance, deps: WebhookDeps): WebhookDispatcher {
  const policy = deps.config.webhooks;
  registerWebhookRoutes(server, { ...deps.ops, checkTarget: createTargetCheck(policy, deps.resolve) });
  const dispatcher = createWebhookDispatcher({
    store: deps.ops.store,
    now: deps.ops.now,
    send: deps.send ?? createHttpSender({ policy }),
    publicUrl: deps.config.publicUrl,
    intervalMs: policy.intervalMs,
    onError: (error) => server.log.error({ err: error }, 'webhook delivery failed'),
  });
  server.addHook('onClose', async () => dispatcher.stop());
  return dispatcher;
}
