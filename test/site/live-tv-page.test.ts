/**
 * Live TV through the real server on every store, with an injected clock:
 * the seeded demo's `/{edition}/live-tv/` shows the player, what is on now
 * and next and today's schedule in the edition's time zone and digits, with
 * `VideoObject`/`BroadcastEvent` JSON-LD; the header's Live TV · Latest audio
 * · Latest videos entries are on every page of every edition, in its
 * language; the local demo stream is served as HLS; editors change the
 * schedule through the admin API (overlaps refused, naming the programme)
 * and the cached page follows — at once on a change, and at a programme
 * boundary by the purge timer.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

// 18:10 in Berlin (en, de), 19:10 in Cairo (ar): the demo day's "Evening News" and "The Debate" (المناظرة).
const START = Date.parse('2026-11-30T17:10:00.000Z');
const HEADER_LABELS = {
  en: ['Live TV', 'Latest audio', 'Latest videos'],
  de: ['Live-TV', 'Neueste Audios', 'Neueste Videos'],
  ar: ['البث المباشر', 'أحدث الصوتيات', 'أحدث الفيديوهات'],
} as const;

const mediaNavOf = (html: string) => html.match(/<nav class="media-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
const onNowOf = (html: string) => html.match(/<div class="now-next__item"><h2 class="now-next__label">[^<]+<\/h2><p class="now-next__programme"><strong>([^<]+)<\/strong>/)?.[1];
const jsonLdOf = (html: string) =>
  JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as { '@graph': Record<string, unknown>[] };

for (const kind of testStoreKinds) {
  describe(`live TV on ${kind.name}`, () => {
    let running: RunningApp;
    let editor: AdminClient;
    let reporter: AdminClient;
    let offset = 0;

    beforeAll(async () => {
      offset = START - Date.now();
      running = await startTestApp(kind, { now: () => new Date(Date.now() + offset) });
      editor = await signInAs(running, 'editor', { editionCodes: ['en', 'de'] });
      reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
    });
    afterAll(async () => running?.stop());

    it('shows the player, on now, up next and today\u2019s schedule in the edition\u2019s time and digits', async () => {
      const response = await running.get('/en/live-tv/');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(/max-age=15\b/);
      const en = await response.text();
      expect(en).toContain('<source src="/live-demo/stream.m3u8" type="application/vnd.apple.mpegurl"/>');
      expect(en).toContain('<a href="/live-demo/stream.m3u8">Open the stream in a media player</a>');
      expect(onNowOf(en)).toBe('Evening News');
      expect(en).toMatch(/Up next<\/h2><p class="now-next__programme"><strong>The Debate<\/strong> <span class="broadcast__times"><time datetime="2026-11-30T17:30:00.000Z">18:30<\/time>/);
      expect(en).toContain('Monday, 30 November 2026 (CET)');
      const times = allMatches(en, /<li class="schedule__item[^"]*"[^>]*><span class="broadcast__times"><time datetime="[^"]+">([^<]+)<\/time>/);
      expect(times).toHaveLength(18);
      expect(times.slice(0, 3)).toEqual(['00:00', '06:00', '09:00']);
      expect(en).toMatch(/<li class="schedule__item is-on-air" aria-current="time">[^]*?<strong>Evening News<\/strong>/);
      // The one script: the video pages' loader, which plays HLS natively or brings in hls.js; the policy allows only it.
      expect(allMatches(en, /<script (src="[^"]+")/)).toEqual([expect.stringMatching(/^src="\/assets\/video-player\.[0-9a-f]{12}\.js"$/)]);
      expect(en).toMatch(/data-hls-lib="\/assets\/hls\.[0-9a-f]{12}\.js"/);
      expect(en).toContain('data-hls="/live-demo/stream.m3u8"');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");

      const ar = await (await running.get('/ar/live-tv/')).text();
      expect(ar).toContain('<html lang="ar" dir="rtl">');
      expect(onNowOf(ar)).toBe('المناظرة');
      expect(ar).toContain('<time datetime="2026-11-30T17:30:00.000Z">١٩:٣٠</time>');
      const arTimes = allMatches(ar, /<time datetime="[^"]+">([^<]+)<\/time>/);
      expect(arTimes.length).toBeGreaterThan(18);
      for (const time of arTimes) expect(time).toMatch(/^[٠-٩]{2}:[٠-٩]{2}$/);
      expect(onNowOf(await (await running.get('/de/live-tv/')).text())).toBe('Nachrichten am Abend');
      expect((await running.get('/de/live-tv')).headers.get('location')).toBe('/de/live-tv/');
    });

    it('describes the stream as a VideoObject with the day\u2019s live BroadcastEvents', async () => {
      const graph = jsonLdOf(await (await running.get('/en/live-tv/')).text())['@graph'];
      const video = graph.find((node) => node['@type'] === 'VideoObject')!;
      expect(video).toMatchObject({
        '@id': 'http://news.example/en/live-tv/#live', name: 'Herald World TV', contentUrl: 'http://news.example/live-demo/stream.m3u8',
        embedUrl: 'http://news.example/en/live-tv/', inLanguage: 'en', thumbnailUrl: expect.stringMatching(/^http:\/\/news\.example\/assets\/logo\./),
      });
      const events = video.publication as Record<string, unknown>[];
      expect(events).toHaveLength(18);
      for (const event of events) {
        expect(event).toMatchObject({ '@type': 'BroadcastEvent', isLiveBroadcast: true });
        expect(Date.parse(event.endDate as string)).toBeGreaterThan(Date.parse(event.startDate as string));
      }
      expect(events.find((e) => e.name === 'Evening News')).toMatchObject({ startDate: '2026-11-30T17:00:00.000Z', endDate: '2026-11-30T17:30:00.000Z' });
      expect(graph.find((node) => node['@type'] === 'WebPage')).toMatchObject({ mainEntity: { '@id': 'http://news.example/en/live-tv/#live' } });
    });

    it('puts Live TV · Latest audio · Latest videos in the header of home, section, article and live-TV pages of every edition', async () => {
      for (const [code, labels] of Object.entries(HEADER_LABELS)) {
        const home = await (await running.get(`/${code}/`)).text();
        const section = allMatches(home, new RegExp(`<li class="main-menu__item"><a href="(/${code}/[^"/]+/)"`))[0]!;
        const article = allMatches(home, new RegExp(`href="(/${code}/[^"/]+/a-\\d+)"`))[0]!;
        for (const path of [`/${code}/`, section, article, `/${code}/live-tv/`]) {
          const response = await running.get(path);
          expect(response.status, path).toBe(200);
          const nav = mediaNavOf(await response.text());
          expect(allMatches(nav, /<a href="[^"]+"[^>]*>([^<]+)<\/a>/), path).toEqual(labels);
          expect(allMatches(nav, /<a href="([^"]+)"/), path).toEqual([`/${code}/live-tv/`, `/${code}/audio/`, `/${code}/video/`]);
          expect(nav.includes('aria-current="page"'), path).toBe(path.endsWith('/live-tv/'));
        }
      }
    });

    it('serves the demo stream as a local HLS playlist with its segments', async () => {
      const playlist = await running.get('/live-demo/stream.m3u8');
      expect(playlist.status).toBe(200);
      expect(playlist.headers.get('content-type')).toBe('application/vnd.apple.mpegurl');
      const text = await playlist.text();
      expect(text.startsWith('#EXTM3U')).toBe(true);
      const files = [...allMatches(text, /URI="([^"]+)"/), ...text.split('\n').filter((line) => line && !line.startsWith('#'))];
      expect(files).toEqual(['init.mp4', 'segment0.m4s', 'segment1.m4s', 'segment2.m4s']);
      let total = text.length;
      for (const file of files) {
        const segment = await running.get(`/live-demo/${file}`);
        expect(segment.status, file).toBe(200);
        total += (await segment.arrayBuffer()).byteLength;
      }
      expect(total).toBeLessThan(1_000_000);
      expect((await running.get('/live-demo/..%2Fdemo-live-tv.ts')).status).toBe(404);
      expect((await running.get('/live-demo/other.m3u8')).status).toBe(404);
    });

    it('lets editors change the schedule through the admin API, refusing overlaps by name, and the page follows at once', async () => {
      const day = await editor.request('GET', '/api/admin/editions/en/live-tv');
      expect(day.status).toBe(200);
      const body = (await day.json()) as { timeZone: string; day: { date: string }; stream: { hlsUrl: string }; slots: { id: number; title: string }[] };
      expect(body).toMatchObject({ timeZone: 'Europe/Berlin', day: { date: '2026-11-30' }, stream: { hlsUrl: '/live-demo/stream.m3u8' } });
      expect(body.slots).toHaveLength(18);
      expect((await reporter.request('GET', '/api/admin/editions/en/live-tv')).status).toBe(200);
      expect((await reporter.request('GET', '/api/admin/editions/de/live-tv')).status).toBe(403);

      await running.get('/en/live-tv/');
      expect((await running.get('/en/live-tv/')).headers.get('x-cache')).toBe('HIT');
      const clash = { title: 'Breaking News Special', startsAt: '2026-11-30T17:15:00Z', endsAt: '2026-11-30T17:45:00Z' };
      expect((await reporter.request('POST', '/api/admin/editions/en/live-tv/slots', clash)).status).toBe(403);
      const refused = await editor.request('POST', '/api/admin/editions/en/live-tv/slots', clash);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
        'This overlaps “\u2068Evening News\u2069” (2026-11-30 17:00 UTC – 2026-11-30 17:30 UTC); change its times or this one\'s.',
      );
      expect((await editor.request('POST', '/api/admin/editions/en/live-tv/slots', { ...clash, endsAt: 'soon' })).status).toBe(422);

      const evening = body.slots.find((s) => s.title === 'Evening News')!;
      expect((await editor.request('DELETE', `/api/admin/editions/en/live-tv/slots/${evening.id}`)).status).toBe(204);
      const added = await editor.request('POST', '/api/admin/editions/en/live-tv/slots', { ...clash, endsAt: '2026-11-30T17:30:00Z' });
      expect(added.status).toBe(201);
      await vi.waitFor(async () => expect(onNowOf(await (await running.get('/en/live-tv/')).text())).toBe('Breaking News Special'), { timeout: 10_000, interval: 50 });
    });

    it('purges the cached page when a programme ends, so "On now" moves on', async () => {
      expect(onNowOf(await (await running.get('/en/live-tv/')).text())).toBe('Breaking News Special');
      expect((await running.get('/en/live-tv/')).headers.get('x-cache')).toBe('HIT');
      // A second before it ends; a schedule change (here in German) has the timer read the schedules again.
      offset = Date.parse('2026-11-30T17:29:59.000Z') - Date.now();
      const change = { title: 'Sondersendung', startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T10:05:00Z' };
      expect((await editor.request('POST', '/api/admin/editions/de/live-tv/slots', change)).status).toBe(409);
      expect((await editor.request('POST', '/api/admin/editions/de/live-tv/slots', { ...change, startsAt: '2026-12-04T10:00:00Z', endsAt: '2026-12-04T10:05:00Z' })).status).toBe(201);
      // The jump passed 17:15, when Breaking News began: the timer's re-read purges for that boundary at once.
      // Until 17:30 the page is then cached again as it is; after 17:30 only the purge at the boundary can move it on.
      await vi.waitFor(async () => {
        const cached = await running.get('/en/live-tv/');
        if (Date.now() + offset < Date.parse('2026-11-30T17:30:00.000Z')) expect(cached.headers.get('x-cache')).toBe('HIT');
      }, { timeout: 10_000, interval: 50 });
      await vi.waitFor(async () => expect(onNowOf(await (await running.get('/en/live-tv/')).text())).toBe('The Debate'), { timeout: 10_000, interval: 100 });
    });
  });
}
