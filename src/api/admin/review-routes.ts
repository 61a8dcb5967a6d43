/** Admin API: what waits for review in the user's editions, longest waiting first. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../auth/guards.js';
import { editionScope } from '../../operations/access-policy.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import type { ReviewQueueResponse } from './contract.js';

const reviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(100) });

export function registerReviewRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;

  app.get('/api/admin/review', async (request): Promise<ReviewQueueResponse> => {
    const user = requireUser(request);
    const { limit } = reviewQuery.parse(request.query);
    const editionCodes = editionScope(user);
    const { items, total } = await ops.store.listAwaitingReview({ ...(editionCodes ? { editionCodes } : {}), limit });
    const ids = [...new Set(items.map((i) => i.submittedBy).filter((id): id is number => id !== null))];
    const names = ids.length && deps.userNames ? await deps.userNames(ids) : new Map<number, string>();
    return {
      items: items.map((i) => ({ ...i, submitterName: i.submittedBy === null ? null : names.get(i.submittedBy) ?? null })),
      total,
    };
  });
}
