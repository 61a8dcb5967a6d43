/**
 * Live TV (issue 10): an edition's live stream and its programme schedule.
 * Editors and admins in the edition (reporters not: the schedule is public
 * the moment it is saved). Every change is one transaction, audited as
 * `curated`, and emits `live_tv.changed`, which purges the edition's live-TV
 * page. A slot that clashes with another is refused (409) with the name and
 * times of the programme it clashes with, so the editor knows what to move.
 */
import { HeraldError, notFound } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import {
  findClash, validateHlsUrl, validateSlot, MAX_SLOT_MS, type BroadcastSlot, type BroadcastSlotInput, type LiveStream,
} from '../domain/live-tv.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentWriter } from './ports.js';

function assertScheduler(actor: Actor, editionCode: string): void {
  assertRole(actor, 'editor');
  assertEdition(actor, editionCode);
}

async function assertEditionExists(tx: ContentWriter, editionCode: string): Promise<void> {
  if (!(await tx.listEditions()).some((e) => e.code === editionCode)) throw notFound(`Edition ${editionCode}`);
}

function audit(tx: ContentWriter, actor: Actor, at: string, details: string) {
  return tx.insertAudit({ at, userId: actor.userId, action: 'curated', articleId: null, details: `live TV: ${details}` });
}

function emit(ctx: OperationContext, editionCode: string, at: string) {
  ctx.events.emit({ type: 'live_tv.changed', editionCode, at });
}

export async function setLiveStream(
  ctx: OperationContext, editionCode: string, input: { hlsUrl: string; title: string }, actor: Actor,
): Promise<LiveStream> {
  assertScheduler(actor, editionCode);
  const hlsUrl = validateHlsUrl(input.hlsUrl);
  const title = input.title.trim();
  if (title.length > 200) throw new HeraldError('HERALD_VALIDATION', 'title: at most 200 characters.');
  const at = ctx.now().toISOString();
  const stream: LiveStream = { editionCode, hlsUrl, title, updatedAt: at };
  await ctx.store.transaction(async (tx) => {
    await assertEditionExists(tx, editionCode);
    await tx.liveTv.saveLiveStream(stream);
    await audit(tx, actor, at, `set the stream of ${editionCode} to ${hlsUrl}`);
  });
  emit(ctx, editionCode, at);
  return stream;
}

/** Refuses the slot when it clashes with another of the edition's, naming that programme and its times (UTC). */
async function assertNoClash(tx: ContentWriter, editionCode: string, slot: BroadcastSlotInput, ignoreId?: number): Promise<void> {
  // Only slots starting within a day before this one can reach into it (a slot lasts at most MAX_SLOT_MS).
  const from = new Date(Date.parse(slot.startsAt) - MAX_SLOT_MS).toISOString();
  const nearby = await tx.liveTv.listBroadcastSlots(editionCode, from, slot.endsAt);
  const clash = findClash(nearby, slot, ignoreId);
  if (!clash) return;
  const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  // The title is isolated (FSI…PDI) so an Arabic one does not pull the times after it into its direction.
  throw new HeraldError(
    'HERALD_CONFLICT',
    `This overlaps “\u2068${clash.title}\u2069” (${time(clash.startsAt)} – ${time(clash.endsAt)}); change its times or this one's.`,
    { details: { clashingSlotId: clash.id } },
  );
}

export async function addBroadcastSlot(ctx: OperationContext, editionCode: string, input: BroadcastSlotInput, actor: Actor): Promise<BroadcastSlot> {
  assertScheduler(actor, editionCode);
  const slot = validateSlot(input);
  const at = ctx.now().toISOString();
  const id = await ctx.store.transaction(async (tx) => {
    await assertEditionExists(tx, editionCode);
    await assertNoClash(tx, editionCode, slot);
    const id = await tx.liveTv.insertBroadcastSlot(editionCode, slot, at);
    await audit(tx, actor, at, `added “${slot.title}” (${slot.startsAt}) to ${editionCode}`);
    return id;
  });
  emit(ctx, editionCode, at);
  return { id, editionCode, ...slot };
}

async function loadSlot(tx: ContentWriter, editionCode: string, id: number): Promise<BroadcastSlot> {
  const slot = await tx.liveTv.getBroadcastSlot(id);
  if (!slot || slot.editionCode !== editionCode) throw notFound(`Programme ${id} of edition ${editionCode}`);
  return slot;
}

export async function updateBroadcastSlot(
  ctx: OperationContext, editionCode: string, id: number, input: BroadcastSlotInput, actor: Actor,
): Promise<BroadcastSlot> {
  assertScheduler(actor, editionCode);
  const slot = validateSlot(input);
  const at = ctx.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    await loadSlot(tx, editionCode, id);
    await assertNoClash(tx, editionCode, slot, id);
    await tx.liveTv.updateBroadcastSlot(id, slot, at);
    await audit(tx, actor, at, `changed programme ${id} “${slot.title}” (${slot.startsAt}) of ${editionCode}`);
  });
  emit(ctx, editionCode, at);
  return { id, editionCode, ...slot };
}

export async function deleteBroadcastSlot(ctx: OperationContext, editionCode: string, id: number, actor: Actor): Promise<void> {
  assertScheduler(actor, editionCode);
  const at = ctx.now().toISOString();
  await ctx.store.transaction(async (tx) => {
    const slot = await loadSlot(tx, editionCode, id);
    await tx.liveTv.deleteBroadcastSlot(id);
    await audit(tx, actor, at, `deleted programme ${id} “${slot.title}” of ${editionCode}`);
  });
  emit(ctx, editionCode, at);
}
