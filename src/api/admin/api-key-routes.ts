/**
 * Content API keys in the admin API (admins; the operations check the role):
 * create (the key is in this one answer and never again), list (no secrets)
 * and revoke. Contract: src/api/v1/contract.ts (apiKeyCreateBody, apiKeyView).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../auth/guards.js';
import { userActor } from '../../domain/identity.js';
import { createApiKey, listApiKeys, revokeApiKey, type ApiKeyRecord } from '../../operations/api-keys.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { apiKeyCreateBody, type ApiKeyView } from '../v1/contract.js';

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const toView = (r: ApiKeyRecord): ApiKeyView => ({ id: r.id, name: r.name, prefix: r.prefix, createdAt: r.createdAt, createdBy: r.createdBy, revokedAt: r.revokedAt });

export function registerApiKeyRoutes(app: FastifyInstance, deps: Pick<AdminApiDeps, 'ops'>): void {
  app.get('/api/admin/api-keys', async (request): Promise<{ items: ApiKeyView[] }> => {
    const actor = userActor(requireUser(request));
    return { items: (await listApiKeys(deps.ops, actor)).map(toView) };
  });

  app.post('/api/admin/api-keys', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const { key, record } = await createApiKey(deps.ops, apiKeyCreateBody.parse(request.body ?? {}), actor);
    // The only time the key leaves the server; nobody, not even an admin, can read it again.
    return reply.code(201).header('cache-control', 'no-store').send({ ...toView(record), key });
  });

  app.delete('/api/admin/api-keys/:id', async (request): Promise<ApiKeyView> => {
    const actor = userActor(requireUser(request));
    const { id } = idParams.parse(request.params);
    return toView(await revokeApiKey(deps.ops, id, actor));
  });
}
