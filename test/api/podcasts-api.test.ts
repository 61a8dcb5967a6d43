/**
 * Podcasts end to end on the real server, every store: the admin API (shows,
 * episodes, the audio upload sniffed from its bytes, 415 for a fake MP3, 413
 * past HERALD_MAX_MEDIA_BYTES), the public pages (episode page with its
 * player and transcript), the podcast feed read by a real feed parser and
 * compared with a hosted podcast's feed, range requests on the audio file,
 * and the page cache purged when an episode changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFromXml } from '@extractus/feed-extractor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, TEST_PUBLIC_URL, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const MP3 = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/seed/demo-media/audio/tone-b.mp3'));
const FIXTURE_FEED = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/fixtures/third-party/podcast-rss/libsyn-feed.xml'), 'utf8');
const MAX_MEDIA_BYTES = 24_000;

type Raw = Record<string, unknown>;
const parseRaw = (xml: string) => extractFromXml(xml, { normalization: false }) as unknown as Raw & { item: Raw | Raw[] };
const items = (channel: { item: Raw | Raw[] }) => [channel.item].flat();
const textOf = (value: unknown) => (typeof value === 'object' && value !== null ? String((value as Raw)['#text']) : String(value));

async function upload(client: AdminClient, app: RunningApp, episodeId: number, body: Uint8Array, contentType = 'audio/mpeg', name?: string) {
  return app.get(`/api/admin/podcasts/episodes/${episodeId}/audio${name ? `?name=${name}` : ''}`, {
    method: 'PUT', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType }, body: new Uint8Array(body),
  });
}

for (const kind of testStoreKinds) {
  describe(`podcasts over HTTP on ${kind.name}`, () => {
    let app: RunningApp;
    let editor: AdminClient;
    let showId: number;
    let episodeId: number;
    let episodeUrl: string;

    beforeAll(async () => {
      app = await startTestApp(kind, { env: { HERALD_MAX_MEDIA_BYTES: String(MAX_MEDIA_BYTES) } });
      editor = await signInAs(app, 'editor', { editionCodes: ['en'] });
      const [artwork] = await app.app.store.listImages({ limit: 1, offset: 0 });
      const created = await editor.request('POST', '/api/admin/podcasts/shows', {
        editionCode: 'en', title: 'Test Hour', slug: 'test-hour', category: 'News/Politics', explicit: true, artworkImageId: artwork!.id,
        description: 'A test show.', author: 'Test Desk', ownerName: 'Owner Person', ownerEmail: 'owner@news.example',
      });
      expect(created.status).toBe(201);
      showId = ((await created.json()) as { id: number }).id;
      const episode = await editor.request('POST', `/api/admin/podcasts/shows/${showId}/episodes`, {
        title: 'Budget night explained', description: 'What the budget means.', transcript: 'First paragraph.\n\nSecond paragraph.',
      });
      expect(episode.status).toBe(201);
      episodeId = ((await episode.json()) as { id: number }).id;
    }, 120_000);
    afterAll(async () => app?.stop());

    it('refuses a fake MP3 (415), an oversized file (413) and reporters (403), and takes a real one whatever its Content-Type', async () => {
      const fake = new TextEncoder().encode(`<!doctype html><script>alert(1)</script>${' '.repeat(200)}`);
      const refused = await upload(editor, app, episodeId, fake, 'audio/mpeg', 'episode.mp3');
      expect(refused.status).toBe(415);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/MP3 or M4A/);
      const big = new Uint8Array(MAX_MEDIA_BYTES + 5000);
      big.set(MP3.subarray(0, 64));
      expect((await upload(editor, app, episodeId, big)).status).toBe(413);
      const reporter = await signInAs(app, 'reporter', { editionCodes: ['en'] });
      expect((await upload(reporter, app, episodeId, MP3)).status).toBe(403);

      const stored = await upload(editor, app, episodeId, MP3, 'application/octet-stream');
      expect(stored.status).toBe(200);
      const body = (await stored.json()) as { audio: { bytes: number; mime: string }; durationSeconds: number; audioSrc: string };
      expect(body.audio).toMatchObject({ bytes: MP3.length, mime: 'audio/mpeg' });
      expect(body.durationSeconds).toBeGreaterThan(4.5);
      expect(body.durationSeconds).toBeLessThan(5.6);
      expect(body.audioSrc).toMatch(/^\/media\/[0-9a-f]{32}\.mp3$/);

      // The file answers range requests, which players need to seek.
      const ranged = await app.get(body.audioSrc, { headers: { range: 'bytes=100-199' } });
      expect(ranged.status).toBe(206);
      expect(ranged.headers.get('content-range')).toBe(`bytes 100-199/${MP3.length}`);
      expect(ranged.headers.get('content-type')).toBe('audio/mpeg');
      expect(Buffer.from(await ranged.arrayBuffer())).toEqual(MP3.subarray(100, 200));
    });

    it('publishes the episode: page with player and transcript, and a feed podcast directories accept', async () => {
      const published = await editor.request('POST', `/api/admin/podcasts/episodes/${episodeId}/publish`, {});
      expect(published.status).toBe(200);
      episodeUrl = ((await published.json()) as { url: string }).url;
      const pagePath = episodeUrl.slice(TEST_PUBLIC_URL.length);
      expect(pagePath).toBe(`/en/audio/test-hour/budget-night-explained/e-${episodeId}`);

      const page = await app.get(pagePath);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toMatch(/<audio controls preload="metadata"[^>]*><source src="\/media\/[0-9a-f]{32}\.mp3" type="audio\/mpeg"\/>/);
      expect(html).toContain('<h2 class="block-heading" id="transcript-heading">Transcript</h2><p>First paragraph.</p><p>Second paragraph.</p>');
      expect(html).toContain('"@type":"PodcastEpisode"');
      expect((await app.get(`/en/audio/test-hour/old-slug/e-${episodeId}`)).headers.get('location')).toBe(pagePath);
      expect((await app.get('/en/audio/')).status).toBe(200);
      expect(await (await app.get('/en/audio/test-hour/')).text()).toContain(`href="${pagePath}"`);

      const feedResponse = await app.get('/en/audio/test-hour/feed.xml');
      expect(feedResponse.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
      const xml = await feedResponse.text();
      const ours = parseRaw(xml);
      const theirs = parseRaw(FIXTURE_FEED);
      // Every channel and item tag the directories require, as the hosted feed has them.
      for (const tag of ['itunes:image', 'itunes:category', 'itunes:explicit', 'itunes:author', 'itunes:owner', 'language', 'description']) {
        expect(theirs[tag], tag).toBeDefined();
        expect(ours[tag], tag).toBeDefined();
      }
      expect(ours['itunes:explicit']).toBe(true);
      expect(String((ours['itunes:image'] as Raw)['@_href'])).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/[0-9a-f]+\\.jpg$`));
      expect(ours['itunes:author']).toBe('Test Desk');
      expect(ours['itunes:owner']).toEqual({ 'itunes:name': 'Owner Person', 'itunes:email': 'owner@news.example' });
      expect(ours['itunes:category']).toEqual({ '@_text': 'News', 'itunes:category': { '@_text': 'Politics' } });
      const [item] = items(ours);
      for (const tag of ['enclosure', 'itunes:duration', 'guid', 'pubDate', 'title']) expect(items(theirs)[0]![tag], tag).toBeDefined();
      expect(item!.enclosure).toMatchObject({ length: MP3.length, type: 'audio/mpeg' });
      expect(String((item!.enclosure as Raw).url)).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/media/[0-9a-f]{32}\\.mp3$`));
      expect(String(item!['itunes:duration'])).toMatch(/^00:0[45]$|^0?[45]$/);
      expect(item!['podcast:transcript']).toMatchObject({ '@_type': 'text/plain', '@_url': `${episodeUrl}.txt` });
      const guid = textOf(item!.guid);
      expect(guid).toMatch(/^[0-9a-f-]{36}$/);
      expect(xml).toContain(`<guid isPermaLink="false">${guid}</guid>`);

      const transcript = await app.get(`${pagePath}.txt`);
      expect(transcript.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await transcript.text()).toBe('First paragraph.\n\nSecond paragraph.\n');

      // The normalising parser reads it as a feed with the episode.
      const normalised = extractFromXml(xml);
      expect(normalised.title).toBe('Test Hour');
      expect(normalised.entries?.map((e) => e.title)).toEqual(['Budget night explained']);
    });

    it('purges the cached pages and feed when the episode changes, and keeps its guid', async () => {
      const feedPath = '/en/audio/test-hour/feed.xml';
      const pagePath = episodeUrl.slice(TEST_PUBLIC_URL.length);
      await app.get(feedPath);
      expect((await app.get(feedPath)).headers.get('x-cache')).toBe('HIT');
      await app.get(pagePath);
      const guidBefore = textOf(items(parseRaw(await (await app.get(feedPath)).text()))[0]!.guid);

      const patched = await editor.request('PATCH', `/api/admin/podcasts/episodes/${episodeId}`, { title: 'Budget night, explained again' });
      expect(patched.status).toBe(200);
      const feed = await app.get(feedPath);
      expect(feed.headers.get('x-cache')).toBe('MISS');
      const [item] = items(parseRaw(await feed.text()));
      expect(item!.title).toBe('Budget night, explained again');
      expect(textOf(item!.guid)).toBe(guidBefore);
      const page = await app.get(pagePath);
      expect(page.headers.get('x-cache')).toBe('MISS');
      expect(await page.text()).toContain('Budget night, explained again');

      const unpublished = await editor.request('POST', `/api/admin/podcasts/episodes/${episodeId}/unpublish`);
      expect(unpublished.status).toBe(200);
      expect((await app.get(pagePath)).status).toBe(404);
    });

    it('serves the seeded demo shows in every edition with three episodes each', async () => {
      for (const [code, slug] of [['en', 'morning-briefing'], ['de', 'nachgefragt'], ['ar', 'ala-al-khat']]) {
        const feed = parseRaw(await (await app.get(`/${code}/audio/${slug}/feed.xml`)).text());
        expect(items(feed), code).toHaveLength(3);
        expect(feed.language).toBe(code);
        expect(String((feed['itunes:image'] as Raw)['@_href'])).toMatch(/\/media\/[0-9a-f]+\.jpg$/);
      }
    });
  });
}
