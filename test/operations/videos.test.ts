/**
 * Video operations (src/operations/videos.ts) on every store: access (reporters
 * edit drafts in their editions, editors publish; other editions refused),
 * validation, the file and captions uploads (sniffed, size-capped, duration
 * read), publish/schedule/unpublish, short ids, audit rows and the
 * `video.changed` events that purge the video pages.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { isValidShortId } from '../../src/domain/short-id.js';
import type { OperationContext } from '../../src/operations/context.js';
import {
  createVideo, publishDueVideos, setVideoPublished, updateVideo, uploadVideoCaptions, uploadVideoFile,
} from '../../src/operations/videos.js';
import { purgeKeysForVideoEvent } from '../../src/site/page-purge-keys.js';
import { fixture, FIXTURE_PATHS, VTT } from '../media/media-fixtures.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const chunks = (bytes: Uint8Array) => (async function* () { yield bytes; })();

for (const kind of testStoreKinds) {
  describe(`video operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    let clock: Date;
    let ids: FixtureIds;
    let target: { directory: string; maxBytes: number };

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-02T12:00:00.000Z');
      ({ ctx, events } = recordingContext(handle.store, () => clock));
      target = { directory: makeTempDir('herald-videos-'), maxBytes: 1_000_000 };
    });
    afterEach(async () => handle.dispose());

    it('creates, uploads, captions and publishes a video, audited, with events', async () => {
      const reporter = await actingAs(handle.store, 'reporter', ['en']);
      const video = await createVideo(ctx, 'en', { title: 'Harbour at dawn', sectionId: ids.sectionId, topicIds: [ids.topicId], posterImageId: ids.imageId }, reporter);
      expect(video).toMatchObject({ status: 'draft', slug: 'harbour-at-dawn', source: null, editionCode: 'en' });
      expect(isValidShortId(video.shortId)).toBe(true);
      const withFile = await uploadVideoFile(ctx, target, video.id, { source: fs.createReadStream(FIXTURE_PATHS.mp4), declaredName: 'dawn.mp4' }, reporter);
      expect(withFile.source).toMatchObject({ mime: 'video/mp4', hlsUrl: null });
      expect(withFile.durationSeconds).toBeCloseTo(5, 1);
      await uploadVideoCaptions(ctx, target, video.id, { source: chunks(VTT), lang: 'en', label: 'English' }, reporter);
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const published = await setVideoPublished(ctx, video.id, true, editor);
      expect(published).toMatchObject({ status: 'published', publishedAt: clock.toISOString(), firstPublishedAt: clock.toISOString() });
      const stored = await handle.store.videos.getVideo(video.id);
      expect(stored?.captions).toEqual([expect.objectContaining({ lang: 'en', label: 'English' })]);
      expect(stored?.topicIds).toEqual([ids.topicId]);
      expect(await handle.store.videos.findVideoIdByShortId(video.shortId)).toBe(video.id);
      expect(await handle.store.videos.listPublishedVideos('en', clock.toISOString(), { limit: 10, offset: 0 })).toHaveLength(1);
      const videoEvents = events.filter((e) => e.type === 'video.changed');
      expect(videoEvents).toHaveLength(4);
      expect(purgeKeysForVideoEvent(videoEvents[3] as Extract<HeraldEvent, { type: 'video.changed' }>)).toEqual([`video:${video.id}`, 'videos:en']);
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.some((row) => row.details?.includes(`video ${video.id}`) && row.action === 'published')).toBe(true);
    });

    it('refuses other editions, reporters publishing, reporters editing published videos, and bad input', async () => {
      const reporter = await actingAs(handle.store, 'reporter', ['en']);
      const arEditor = await actingAs(handle.store, 'editor', ['ar']);
      const editor = await actingAs(handle.store, 'editor', ['en']);
      await expect(createVideo(ctx, 'en', { title: 'X', sectionId: ids.sectionId }, arEditor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(createVideo(ctx, 'en', { title: 'X', sectionId: ids.otherSectionId }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(createVideo(ctx, 'en', { title: ' ', sectionId: ids.sectionId }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(createVideo(ctx, 'en', { title: 'X', sectionId: ids.sectionId, hlsUrl: 'http://cdn.example/a.m3u8' }, editor)).rejects.toThrow(/hlsUrl/);
      const video = await createVideo(ctx, 'en', { title: 'Stream', sectionId: ids.sectionId, hlsUrl: 'https://cdn.example/live/a.m3u8' }, reporter);
      expect(video.source).toMatchObject({ mime: 'application/vnd.apple.mpegurl', fileName: null });
      await expect(setVideoPublished(ctx, video.id, true, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await setVideoPublished(ctx, video.id, true, editor);
      await expect(updateVideo(ctx, video.id, { title: 'Changed' }, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      // A public video cannot lose its source.
      await expect(updateVideo(ctx, video.id, { hlsUrl: null }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      const empty = await createVideo(ctx, 'en', { title: 'Nothing yet', sectionId: ids.sectionId }, editor);
      await expect(setVideoPublished(ctx, empty.id, true, editor)).rejects.toThrow(/has no video yet/);
    });

    it('refuses uploads of the wrong type (415) and past the limit (413), before touching the video', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const video = await createVideo(ctx, 'en', { title: 'Clip', sectionId: ids.sectionId }, editor);
      await expect(uploadVideoFile(ctx, target, video.id, { source: chunks(fixture('mp3')) }, editor)).rejects.toMatchObject({ status: 415 });
      await expect(uploadVideoFile(ctx, target, video.id, { source: chunks(VTT) }, editor)).rejects.toMatchObject({ status: 415 });
      await expect(uploadVideoFile(ctx, { ...target, maxBytes: 2048 }, video.id, { source: chunks(fixture('mp4')) }, editor)).rejects.toMatchObject({ status: 413 });
      await expect(uploadVideoCaptions(ctx, target, video.id, { source: chunks(fixture('mp4')), lang: 'en', label: 'English' }, editor)).rejects.toMatchObject({ status: 415 });
      await expect(uploadVideoCaptions(ctx, target, video.id, { source: chunks(VTT), lang: 'not a lang', label: 'X' }, editor)).rejects.toMatchObject({ status: 422 });
      expect((await handle.store.videos.getVideo(video.id))?.source).toBeNull();
    });

    it('schedules, publishes when due, and unpublishes to "unpublished" once public', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const video = await createVideo(ctx, 'en', { title: 'Later', sectionId: ids.sectionId, hlsUrl: 'https://cdn.example/a.m3u8' }, editor);
      const when = new Date(clock.getTime() + 3_600_000).toISOString();
      expect(await setVideoPublished(ctx, video.id, true, editor, { publishAt: when })).toMatchObject({ status: 'scheduled', publishedAt: when });
      expect(await publishDueVideos(ctx, editor)).toEqual([]);
      clock = new Date(clock.getTime() + 2 * 3_600_000);
      expect(await publishDueVideos(ctx, editor)).toEqual([video.id]);
      expect((await handle.store.videos.getVideo(video.id))?.status).toBe('published');
      expect(await setVideoPublished(ctx, video.id, false, editor)).toMatchObject({ status: 'unpublished' });
    });
  });
}
