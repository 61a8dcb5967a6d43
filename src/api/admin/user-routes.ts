/**
 * The users API, for admins only: list, create (409 on a duplicate email) and
 * change accounts. Each handler checks the role first, before reading its
 * body, so a reporter learns nothing from validation messages.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { toAdminUser, updateUserBody, type AdminUser } from '../../auth/admin-user.js';
import { createUser, type UserDeps } from '../../auth/create-user.js';
import { requireRole } from '../../auth/guards.js';
import { updateUser } from '../../auth/update-user.js';
import { createUserBody } from './contract.js';

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export function registerUserRoutes(app: FastifyInstance, deps: UserDeps): void {
  app.get('/api/admin/users', async (request): Promise<{ items: AdminUser[] }> => {
    requireRole(request, 'admin');
    return { items: (await deps.accounts.listUsers()).map(toAdminUser) };
  });

  app.post('/api/admin/users', async (request, reply) => {
    const admin = requireRole(request, 'admin');
    const body = createUserBody.parse(request.body);
    const created = await createUser(deps, body, admin.id);
    return reply.code(201).send(toAdminUser(created));
  });

  app.patch('/api/admin/users/:id', async (request): Promise<AdminUser> => {
    const admin = requireRole(request, 'admin');
    const { id } = idParams.parse(request.params);
    const patch = updateUserBody.parse(request.body ?? {});
    const actor = { userId: admin.id, ...(request.authSession ? { sessionId: request.authSession.id } : {}) };
    return toAdminUser(await updateUser(deps, id, patch, actor));
  });
}
