/**
 * Live TV at the operation level on every store: editors and admins of the
 * edition set the stream and add, change and delete programmes (audited,
 * announced as `live_tv.changed`); reporters and editors of other editions
 * are refused; a programme overlapping another is refused with a sentence
 * naming it, and nothing is written.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import type { OperationContext } from '../../src/operations/context.js';
import { addBroadcastSlot, deleteBroadcastSlot, setLiveStream, updateBroadcastSlot } from '../../src/operations/live-tv.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const AT = '2026-11-30T12:00:00.000Z';
const news = { title: 'Evening News', description: 'The bulletin.', startsAt: '2026-11-30T18:00:00Z', endsAt: '2026-11-30T18:30:00Z' };
const debate = { title: 'The Debate', description: '', startsAt: '2026-11-30T18:30:00Z', endsAt: '2026-11-30T19:30:00Z' };
const DAY = ['2026-11-30T00:00:00.000Z', '2026-12-01T00:00:00.000Z'] as const;

for (const kind of testStoreKinds) {
  describe(`live TV operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ctx: OperationContext;
    let events: HeraldEvent[];

    beforeEach(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
      ({ ctx, events } = recordingContext(handle.store, () => new Date(AT)));
    });
    afterEach(async () => handle.dispose());

    it('an editor of the edition sets the stream and schedules, changes and deletes programmes, each audited and announced', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      await setLiveStream(ctx, 'en', { hlsUrl: 'https://cdn.example/en/live.m3u8', title: ' Herald TV ' }, editor);
      expect(await handle.store.liveTv.getLiveStream('en')).toEqual({ editionCode: 'en', hlsUrl: 'https://cdn.example/en/live.m3u8', title: 'Herald TV', updatedAt: AT });
      await setLiveStream(ctx, 'en', { hlsUrl: '/live-demo/stream.m3u8', title: '' }, editor);
      expect((await handle.store.liveTv.getLiveStream('en'))?.hlsUrl).toBe('/live-demo/stream.m3u8');

      const added = await addBroadcastSlot(ctx, 'en', news, editor);
      const second = await addBroadcastSlot(ctx, 'en', debate, editor);
      expect(added).toEqual({ id: added.id, editionCode: 'en', title: 'Evening News', description: 'The bulletin.', startsAt: '2026-11-30T18:00:00.000Z', endsAt: '2026-11-30T18:30:00.000Z' });
      expect((await handle.store.liveTv.listBroadcastSlots('en', ...DAY)).map((s) => s.title)).toEqual(['Evening News', 'The Debate']);
      expect(await handle.store.liveTv.listBroadcastSlots('ar', ...DAY)).toEqual([]);

      // Moving a programme within its own old times is no clash with itself.
      const moved = await updateBroadcastSlot(ctx, 'en', added.id, { ...news, title: 'Early News', endsAt: '2026-11-30T18:20:00Z' }, editor);
      expect(await handle.store.liveTv.getBroadcastSlot(added.id)).toEqual(moved);
      await deleteBroadcastSlot(ctx, 'en', second.id, editor);
      expect((await handle.store.liveTv.listBroadcastSlots('en', ...DAY)).map((s) => s.title)).toEqual(['Early News']);

      expect(events).toEqual(Array.from({ length: 6 }, () => ({ type: 'live_tv.changed', editionCode: 'en', at: AT })));
      const audit = (await handle.store.accounts.listAudit({ limit: 10, offset: 0 })).items.map((a) => a.details);
      expect(audit).toEqual(expect.arrayContaining([
        'live TV: set the stream of en to https://cdn.example/en/live.m3u8',
        'live TV: added “Evening News” (2026-11-30T18:00:00.000Z) to en',
        `live TV: changed programme ${added.id} “Early News” (2026-11-30T18:00:00.000Z) of en`,
        `live TV: deleted programme ${second.id} “The Debate” of en`,
      ]));
    });

    it('refuses a programme that overlaps another, naming it, and writes nothing', async () => {
      const admin = await actingAs(handle.store, 'admin', []);
      await addBroadcastSlot(ctx, 'en', news, admin);
      const other = await addBroadcastSlot(ctx, 'en', debate, admin);
      events.length = 0;
      const clash = { title: 'Breaking', description: '', startsAt: '2026-11-30T18:15:00Z', endsAt: '2026-11-30T18:45:00Z' };
      await expect(addBroadcastSlot(ctx, 'en', clash, admin)).rejects.toMatchObject({
        code: 'HERALD_CONFLICT', status: 409,
        message: 'This overlaps “\u2068Evening News\u2069” (2026-11-30 18:00 UTC – 2026-11-30 18:30 UTC); change its times or this one\'s.',
      });
      // A long programme starting the day before reaches into this one: still found.
      await expect(addBroadcastSlot(ctx, 'en', { ...clash, startsAt: '2026-11-29T19:00:00Z', endsAt: '2026-11-30T18:01:00Z' }, admin))
        .rejects.toMatchObject({ code: 'HERALD_CONFLICT', message: expect.stringContaining('Evening News\u2069” (2026-11-30 18:00 UTC') });
      await expect(updateBroadcastSlot(ctx, 'en', other.id, { ...debate, startsAt: '2026-11-30T18:29:00Z' }, admin))
        .rejects.toMatchObject({ code: 'HERALD_CONFLICT', message: expect.stringContaining('Evening News\u2069” (2026-11-30 18:00 UTC') });
      // The same times in another edition are no clash.
      await addBroadcastSlot(ctx, 'ar', clash, admin);
      expect((await handle.store.liveTv.listBroadcastSlots('en', ...DAY)).map((s) => [s.title, s.startsAt])).toEqual([
        ['Evening News', '2026-11-30T18:00:00.000Z'], ['The Debate', '2026-11-30T18:30:00.000Z'],
      ]);
      expect(events).toEqual([{ type: 'live_tv.changed', editionCode: 'ar', at: AT }]);
    });

    it('refuses reporters, editors of other editions, bad input and unknown programmes', async () => {
      const reporter = await actingAs(handle.store, 'reporter', ['en']);
      const arEditor = await actingAs(handle.store, 'editor', ['ar']);
      for (const person of [reporter, arEditor]) {
        await expect(setLiveStream(ctx, 'en', { hlsUrl: 'https://cdn.example/x.m3u8', title: '' }, person)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(addBroadcastSlot(ctx, 'en', news, person)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      }
      const admin = await actingAs(handle.store, 'admin', []);
      const slot = await addBroadcastSlot(ctx, 'en', news, admin);
      await expect(deleteBroadcastSlot(ctx, 'en', slot.id, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(deleteBroadcastSlot(ctx, 'ar', slot.id, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      await expect(updateBroadcastSlot(ctx, 'en', slot.id + 100, news, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      await expect(setLiveStream(ctx, 'en', { hlsUrl: 'javascript:alert(1)', title: '' }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(setLiveStream(ctx, 'zz', { hlsUrl: 'https://cdn.example/x.m3u8', title: '' }, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      await expect(addBroadcastSlot(ctx, 'en', { ...news, endsAt: news.startsAt }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      expect(await handle.store.liveTv.getLiveStream('en')).toBeNull();
      expect(await handle.store.liveTv.listBroadcastSlots('en', ...DAY)).toHaveLength(1);
    });
  });
}
