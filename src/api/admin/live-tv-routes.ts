/**
 * Admin API: an edition's live stream and programme schedule. Reading is
 * open to every signed-in account that works in the edition; changes are
 * for editors and admins, checked by the operations (src/operations/live-tv.ts).
 * Times travel as ISO instants; the day shown is the edition's local day.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../auth/guards.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import { userActor } from '../../domain/identity.js';
import { localDay, localDayOf, MAX_SLOT_DESCRIPTION, MAX_SLOT_TITLE } from '../../domain/live-tv.js';
import { worksInEdition } from '../../operations/access-policy.js';
import { addBroadcastSlot, deleteBroadcastSlot, setLiveStream, updateBroadcastSlot } from '../../operations/live-tv.js';
import type { AdminApiDeps } from './admin-api-deps.js';

export const liveStreamBody = z.object({
  hlsUrl: z.string().max(2000),
  title: z.string().max(200).default(''),
});

export const broadcastSlotBody = z.object({
  title: z.string().max(MAX_SLOT_TITLE),
  description: z.string().max(MAX_SLOT_DESCRIPTION).default(''),
  startsAt: z.string().max(40),
  endsAt: z.string().max(40),
});

const dayQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: give a day as YYYY-MM-DD.').optional() });
const slotParams = z.object({ code: z.string(), id: z.coerce.number().int().positive() });

export function registerLiveTvRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const edition = async (request: FastifyRequest) => {
    const code = (request.params as { code: string }).code;
    const found = (await ops.store.listEditions()).find((e) => e.code === code);
    if (!found) throw notFound(`Edition ${code}`);
    return found;
  };

  app.get('/api/admin/editions/:code/live-tv', async (request) => {
    const user = requireUser(request);
    const found = await edition(request);
    if (!worksInEdition(user, found.code)) throw new HeraldError('HERALD_FORBIDDEN', `You do not work in the ${found.code} edition.`);
    const { date } = dayQuery.parse(request.query);
    const day = date ? localDayOf(date, found.timeZone) : localDay(ops.now(), found.timeZone);
    const [stream, slots] = await Promise.all([
      ops.store.liveTv.getLiveStream(found.code),
      ops.store.liveTv.listBroadcastSlots(found.code, day.startsAt, day.endsAt),
    ]);
    return { editionCode: found.code, timeZone: found.timeZone, day, stream, slots };
  });

  app.put('/api/admin/editions/:code/live-tv/stream', async (request) => {
    const actor = userActor(requireUser(request));
    const { code } = await edition(request);
    return setLiveStream(ops, code, liveStreamBody.parse(request.body), actor);
  });

  app.post('/api/admin/editions/:code/live-tv/slots', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const { code } = await edition(request);
    const slot = await addBroadcastSlot(ops, code, broadcastSlotBody.parse(request.body), actor);
    return reply.code(201).send(slot);
  });

  app.put('/api/admin/editions/:code/live-tv/slots/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const { code } = await edition(request);
    const { id } = slotParams.parse(request.params);
    return updateBroadcastSlot(ops, code, id, broadcastSlotBody.parse(request.body), actor);
  });

  app.delete('/api/admin/editions/:code/live-tv/slots/:id', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const { code } = await edition(request);
    const { id } = slotParams.parse(request.params);
    await deleteBroadcastSlot(ops, code, id, actor);
    return reply.code(204).send();
  });
}
