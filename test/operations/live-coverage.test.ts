/**
 * Live coverage operations (src/operations/live-coverage.ts) on every store:
 * who may change it (editors of the edition, not reporters, not editors of
 * another edition), validation, pinning one entry at a time, audit rows and
 * the `live.entry_changed` events that purge the page and feed the streams.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { SYSTEM } from '../../src/domain/identity.js';
import type { OperationContext } from '../../src/operations/context.js';
import { createArticle } from '../../src/operations/create-article.js';
import { deleteArticle } from '../../src/operations/delete-article.js';
import {
  addLiveEntry, deleteLiveEntry, editLiveEntry, pinLiveEntry, setLiveKeyPoints, setLiveState,
} from '../../src/operations/live-coverage.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const text = (t: string) => [{ type: 'paragraph' as const, spans: [{ text: t }] }];

for (const kind of testStoreKinds) {
  describe(`live coverage operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    let clock: Date;
    let articleId: number;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-02T12:00:00.000Z');
      ({ ctx, events } = recordingContext(handle.store, () => clock));
      articleId = await createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline: 'Storm live', body: text('Intro.'), publishedAt: '2026-06-02T10:00:00.000Z',
      }, SYSTEM);
      events.length = 0;
    });
    afterEach(async () => handle.dispose());

    const tick = () => (clock = new Date(clock.getTime() + 60_000));

    it('an editor opens coverage, adds entries (newest first), edits, pins one and deletes one; each is audited and announced', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const opened = await setLiveState(ctx, articleId, 'open', editor);
      expect(opened).toMatchObject({ state: 'open', startedAt: clock.toISOString(), endedAt: null });
      tick();
      const first = await addLiveEntry(ctx, articleId, { body: text('First.') }, editor);
      tick();
      const second = await addLiveEntry(ctx, articleId, { body: text('Second.') }, editor);
      expect(first.authorInitials).toBe('e');
      const listed = await handle.store.live.listLiveEntries(articleId, { limit: 10, offset: 0 });
      expect(listed.map((e) => e.id)).toEqual([second.id, first.id]);

      await editLiveEntry(ctx, articleId, first.id, { body: text('First, corrected.') }, editor);
      expect((await handle.store.live.getLiveEntry(first.id))?.body).toEqual(text('First, corrected.'));

      await pinLiveEntry(ctx, articleId, first.id, editor);
      await pinLiveEntry(ctx, articleId, second.id, editor);
      expect((await handle.store.live.getPinnedLiveEntry(articleId))?.id).toBe(second.id);
      expect(await handle.store.live.countLiveEntries(articleId)).toBe(1);

      await deleteLiveEntry(ctx, articleId, first.id, editor);
      expect(await handle.store.live.getLiveEntry(first.id)).toBeNull();

      expect(events.filter((e) => e.type === 'live.entry_changed').map((e) => e.type === 'live.entry_changed' && [e.change, e.entryId])).toEqual([
        ['opened', null], ['added', first.id], ['added', second.id], ['edited', first.id], ['pinned', first.id], ['pinned', second.id], ['deleted', first.id],
      ]);
      const { items } = await handle.store.accounts.listAudit({ limit: 20, offset: 0 });
      const details = items.filter((a) => a.articleId === articleId).map((a) => a.details);
      expect(details).toEqual(expect.arrayContaining(['live coverage: opened', `live coverage: added entry ${first.id}`, `live coverage: deleted entry ${first.id}`]));
      expect(items.every((a) => a.articleId !== articleId || a.userId === editor.userId)).toBe(true);
    });

    it('reporters, and editors of another edition, are refused and nothing is written or announced', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      await setLiveState(ctx, articleId, 'open', editor);
      events.length = 0;
      const reporter = await actingAs(handle.store, 'reporter', ['en']);
      const arabicEditor = await actingAs(handle.store, 'editor', ['ar']);
      for (const actor of [reporter, arabicEditor]) {
        await expect(addLiveEntry(ctx, articleId, { body: text('No.') }, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(setLiveKeyPoints(ctx, articleId, ['No'], actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(setLiveState(ctx, articleId, 'closed', actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      }
      expect(await handle.store.live.countLiveEntries(articleId)).toBe(0);
      expect((await handle.store.live.getLiveCoverage(articleId))?.state).toBe('open');
      expect(events).toEqual([]);
    });

    it('refuses empty entries, too many key points, entries on a non-live or closed article, and unknown pictures', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      await expect(addLiveEntry(ctx, articleId, { body: text('Early.') }, editor)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await setLiveState(ctx, articleId, 'open', editor);
      await expect(addLiveEntry(ctx, articleId, { body: text('  ') }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(addLiveEntry(ctx, articleId, { body: text('Pic.'), imageId: 999_999 }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(setLiveKeyPoints(ctx, articleId, Array.from({ length: 9 }, (_, i) => `Point ${i}`), editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      const withPicture = await addLiveEntry(ctx, articleId, { body: [], imageId: ids.imageId }, editor);
      expect(withPicture.imageId).toBe(ids.imageId);
      const kp = await setLiveKeyPoints(ctx, articleId, [' One ', '', 'Two'], editor);
      expect(kp.keyPoints).toEqual(['One', 'Two']);
      tick();
      const closed = await setLiveState(ctx, articleId, 'closed', editor);
      expect(closed).toMatchObject({ state: 'closed', endedAt: clock.toISOString(), keyPoints: ['One', 'Two'] });
      await expect(addLiveEntry(ctx, articleId, { body: text('Late.') }, editor)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      // Reopening keeps the start time and clears the end.
      expect(await setLiveState(ctx, articleId, 'open', editor)).toMatchObject({ startedAt: '2026-06-02T12:00:00.000Z', endedAt: null });
    });

    it('entries go with their article', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      await setLiveState(ctx, articleId, 'open', editor);
      const entry = await addLiveEntry(ctx, articleId, { body: text('Gone soon.') }, editor);
      await deleteArticle(ctx, articleId, editor);
      expect(await handle.store.live.getLiveEntry(entry.id)).toBeNull();
      expect(await handle.store.live.getLiveCoverage(articleId)).toBeNull();
    });
  });
}
