/**
 * Podcast operations (src/operations/podcasts.ts) on every store: who may
 * change shows and episodes (editors of the edition, not reporters, not
 * editors of another edition), validation, publishing rules, the audio
 * upload (sniffed, size-capped, duration read from the file), audit rows and
 * the `podcast.changed` events that purge the audio pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import type { OperationContext } from '../../src/operations/context.js';
import { createEpisode, createShow, setEpisodePublished, updateEpisode, updateShow, uploadEpisodeAudio } from '../../src/operations/podcasts.js';
import { purgeKeysForPodcastEvent } from '../../src/site/page-purge-keys.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const DEMO_MP3 = path.resolve(import.meta.dirname, '../../src/seed/demo-media/audio/tone-a.mp3');
const chunks = (bytes: Uint8Array) => (async function* () { yield bytes; })();
const showInput = { title: 'Morning Desk', category: 'News/Daily News', ownerEmail: 'desk@news.example' };

for (const kind of testStoreKinds) {
  describe(`podcast operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    let clock: Date;

    beforeEach(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-02T12:00:00.000Z');
      ({ ctx, events } = recordingContext(handle.store, () => clock));
    });
    afterEach(async () => handle.dispose());

    it('lets editors of the edition create and edit shows, audited, with an event; refuses reporters and other editions', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const show = await createShow(ctx, 'en', showInput, editor);
      expect(show).toMatchObject({ slug: 'morning-desk', language: 'en', explicit: false, category: 'News/Daily News' });
      expect(events).toEqual([{ type: 'podcast.changed', editionCode: 'en', showId: show.id, episodeId: null, at: clock.toISOString() }]);
      expect(purgeKeysForPodcastEvent(events[0] as Extract<HeraldEvent, { type: 'podcast.changed' }>)).toEqual(['audio:en', `podcast-show:${show.id}`]);

      await expect(createShow(ctx, 'en', { ...showInput, title: 'Other' }, await actingAs(handle.store, 'reporter', ['en']))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(createShow(ctx, 'ar', showInput, editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(updateShow(ctx, show.id, { title: 'X' }, await actingAs(handle.store, 'editor', ['ar']))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(createShow(ctx, 'en', showInput, editor)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await expect(createShow(ctx, 'en', { ...showInput, slug: 'x2', category: 'Cooking' }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(createShow(ctx, 'en', { ...showInput, slug: 'x3', ownerEmail: 'nope' }, editor)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });

      const updated = await updateShow(ctx, show.id, { explicit: true, description: 'Daily.' }, editor);
      expect(updated.explicit).toBe(true);
      expect(await handle.store.podcasts.getShow(show.id)).toMatchObject({ explicit: true, description: 'Daily.', title: 'Morning Desk' });
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.map((a) => a.details)).toEqual(expect.arrayContaining([expect.stringContaining(`created show ${show.id}`), expect.stringContaining(`edited show ${show.id}`)]));
    });

    it('publishes an episode only with audio, keeps its guid, and shows it only from its publish time', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const show = await createShow(ctx, 'en', showInput, editor);
      const episode = await createEpisode(ctx, show.id, { title: 'First episode', transcript: 'Hello.\n\nBye.' }, editor);
      expect(episode).toMatchObject({ slug: 'first-episode', status: 'draft', audio: null });
      await expect(setEpisodePublished(ctx, episode.id, true, editor)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await expect(createEpisode(ctx, show.id, { title: 'x', audioUrl: { url: 'http://insecure.example/a.mp3', mime: 'audio/mpeg', bytes: 1 } }, editor))
        .rejects.toMatchObject({ code: 'HERALD_VALIDATION' });

      await updateEpisode(ctx, episode.id, { audioUrl: { url: 'https://cdn.example/first.mp3', mime: 'audio/mpeg', bytes: 12345 }, durationSeconds: 65 }, editor);
      events.length = 0;
      await setEpisodePublished(ctx, episode.id, true, editor, { publishedAt: '2026-06-02T13:00:00.000Z' });
      expect(purgeKeysForPodcastEvent(events[0] as Extract<HeraldEvent, { type: 'podcast.changed' }>)).toEqual(['audio:en', `podcast-episode:${episode.id}`, `podcast-episodes:${show.id}`]);
      const now = clock.toISOString();
      expect(await handle.store.podcasts.listPublishedEpisodes(show.id, now, 10)).toEqual([]);
      clock = new Date('2026-06-02T14:00:00.000Z');
      const visible = await handle.store.podcasts.listLatestEpisodes('en', clock.toISOString(), 10);
      expect(visible.map((v) => [v.episode.id, v.show.id, v.episode.audio?.bytes, v.episode.durationSeconds])).toEqual([[episode.id, show.id, 12345, 65]]);

      await updateEpisode(ctx, episode.id, { title: 'Renamed', slug: 'renamed' }, editor);
      const stored = await handle.store.podcasts.getEpisode(episode.id);
      expect(stored).toMatchObject({ title: 'Renamed', slug: 'renamed', guid: episode.guid, status: 'published' });
      // A published episode cannot lose its audio.
      await expect(updateEpisode(ctx, episode.id, { audioUrl: null }, editor)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await setEpisodePublished(ctx, episode.id, false, editor);
      expect(await handle.store.podcasts.listLatestEpisodes('en', clock.toISOString(), 10)).toEqual([]);
    });

    it('stores an uploaded MP3 with its byte length and duration, and refuses a fake one and an oversized one', async () => {
      const editor = await actingAs(handle.store, 'editor', ['en']);
      const show = await createShow(ctx, 'en', showInput, editor);
      const episode = await createEpisode(ctx, show.id, { title: 'Uploaded', durationSeconds: 999 }, editor);
      const directory = makeTempDir('herald-audio-');
      const mp3 = fs.readFileSync(DEMO_MP3);
      const reporter = await actingAs(handle.store, 'reporter', ['en']);
      await expect(uploadEpisodeAudio(ctx, { directory, maxBytes: 1_000_000 }, episode.id, { source: chunks(mp3) }, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      expect(fs.readdirSync(directory)).toEqual([]);

      const stored = await uploadEpisodeAudio(ctx, { directory, maxBytes: 1_000_000 }, episode.id, { source: chunks(mp3), declaredName: 'tone.mp3' }, editor);
      expect(stored.audio).toMatchObject({ mime: 'audio/mpeg', bytes: mp3.length, url: null });
      expect(fs.statSync(path.join(directory, stored.audio!.fileName!)).size).toBe(mp3.length);
      expect(stored.durationSeconds).toBeGreaterThan(3.5);
      expect(stored.durationSeconds).toBeLessThan(4.6);

      const html = new TextEncoder().encode('<html><body>not audio</body></html>'.repeat(4));
      await expect(uploadEpisodeAudio(ctx, { directory, maxBytes: 1_000_000 }, episode.id, { source: chunks(html), declaredName: 'fake.mp3' }, editor)).rejects.toMatchObject({ code: 'HERALD_UNSUPPORTED_MEDIA' });
      await expect(uploadEpisodeAudio(ctx, { directory, maxBytes: 2048 }, episode.id, { source: chunks(mp3) }, editor)).rejects.toMatchObject({ code: 'HERALD_PAYLOAD_TOO_LARGE' });
      expect((await handle.store.podcasts.getEpisode(episode.id))?.audio?.fileName).toBe(stored.audio!.fileName);
    });
  });
}
