/**
 * The users API (admins; the operations check the role): list, create (409 on
 * a duplicate email) and change accounts. Listing checks the role before
 * anything else, so a reporter learns nothing from it.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireRole } from '../../auth/guards.js';
import { userActor } from '../../domain/identity.js';
import { createUser, updateUser, type AccountContext } from '../../operations/manage-users.js';
import { toAdminUser, updateUserBody, type AdminUser } from './admin-user.js';
import { createUserBody } from './contract.js';

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export function registerUserRoutes(app: FastifyInstance, ctx: AccountContext): void {
  app.get('/api/admin/users', async (request): Promise<{ items: AdminUser[] }> => {
    requireRole(request, 'admin');
    return { items: (await ctx.store.accounts.listUsers()).map(toAdminUser) };
  });

  app.post('/api/admin/users', async (request, reply) => {
    const actor = userActor(requireRole(request, 'admin'));
    const created = await createUser(ctx, createUserBody.parse(request.body), actor);
    return reply.code(201).send(toAdminUser(created));
  });

  app.patch('/api/admin/users/:id', async (request): Promise<AdminUser> => {
    const actor = userActor(requireRole(request, 'admin'));
    const { id } = idParams.parse(request.params);
    const patch = updateUserBody.parse(request.body ?? {});
    return toAdminUser(await updateUser(ctx, id, patch, { ...actor, ...(request.authSession ? { sessionId: request.authSession.id } : {}) }));
  });
}
