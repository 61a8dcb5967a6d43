/**
 * The public video pages through the real server on the seeded demo: the
 * player markup (source, captions tracks, poster), VideoObject JSON-LD, the
 * short link, and range requests on the video file itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import type { Video } from '../../src/domain/video.js';
import { createArticle } from '../../src/operations/create-article.js';
import { createVideo, setVideoPublished } from '../../src/operations/videos.js';
import { allMatches, startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe.each(testStoreKinds)('video pages ($name)', (kind) => {
  let running: RunningApp;
  let videos: Video[];
  beforeAll(async () => {
    running = await startTestApp(kind);
    videos = await running.handle.store.videos.listVideos({ editionCode: 'en', limit: 10, offset: 0 });
  });
  afterAll(async () => running.stop());

  it('lists the edition\u2019s videos under "Latest videos"', async () => {
    expect(videos.length).toBeGreaterThanOrEqual(2);
    const response = await running.get('/en/video/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1 class="listing__heading">Latest videos</h1>');
    const links = allMatches(html, /href="(\/en\/video\/[^"]+\/v-\d+)"/);
    expect(new Set(links).size).toBeGreaterThanOrEqual(2);
    expect((await running.get('/en/video')).headers.get('location')).toBe('/en/video/');
    expect((await running.get('/de/video/')).status).toBe(200);
  });

  it('renders the player with poster, source, captions and VideoObject', async () => {
    const video = videos[0]!;
    const path = `/en/video/${video.slug}/v-${video.id}`;
    const response = await running.get(path);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<video [^>]*controls[^>]*poster="\/media\/[^"]+\.jpg"/);
    expect(html).toMatch(/<source src="\/media\/[0-9a-f]{32}\.mp4" type="video\/mp4"\/?>/);
    expect(html).toMatch(/<track kind="captions" src="\/media\/[0-9a-f]{32}\.vtt" srclang="en" label="English" default/);
    expect(html).toMatch(/<track kind="captions" [^>]*srclang="ar"/);
    // No HLS source: the page ships no script at all.
    expect(html).not.toContain('<script src=');
    const jsonLd = allMatches(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/).map((t) => JSON.parse(t) as Record<string, unknown>);
    const nodes = jsonLd.flatMap((doc) => (doc['@graph'] as Record<string, unknown>[] | undefined) ?? [doc]);
    const node = nodes.find((n) => n['@type'] === 'VideoObject');
    expect(node).toMatchObject({ name: video.title, uploadDate: video.publishedAt, encodingFormat: 'video/mp4' });
    expect(String(node?.duration)).toMatch(/^PT\d+S$/);
    expect(String(node?.thumbnailUrl)).toMatch(/^http:\/\/news\.example\/media\//);
    // A wrong slug redirects to the canonical one; another edition's path is a 404.
    expect((await running.get(`/en/video/wrong-slug/v-${video.id}`)).headers.get('location')).toBe(path);
    expect((await running.get(`/de/video/${video.slug}/v-${video.id}`)).status).toBe(404);
  });

  it('renders a video embed in an article as the player, purged with the video; a placeholder with an address as a link', async () => {
    const ops = running.app.operations;
    const video = videos[0]!;
    const sectionId = (await running.app.store.listSections('en'))[0]!.id;
    const id = await createArticle(ops, {
      editionCode: 'en', sectionId, headline: 'Harbour report with video', publishedAt: new Date(Date.now() - 60_000).toISOString(),
      body: [
        { type: 'paragraph', spans: [{ text: 'Watch the clip below.' }] },
        { type: 'embed', kind: 'video', title: video.title, mediaId: video.id },
        { type: 'embed', kind: 'video', title: 'Agency clip', url: 'https://media.example/clip.mp4' },
      ],
    }, SYSTEM);
    const article = (await running.app.store.getArticle(id))!;
    const path = `/en/${article.slug}/a-${id}`;
    const first = await running.get(path);
    const html = await first.text();
    expect(html).toMatch(/<video [^>]*aria-label="Video: [^"]+"/);
    expect(html).toMatch(/<track kind="captions"[^>]*srclang="en"/);
    expect(html).toContain('<a href="https://media.example/clip.mp4">Video: Agency clip</a>');
    // The player's rules come with the players' stylesheet, linked only while the article plays a video.
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/media\.[0-9a-f]{12}\.css"\/>/);
    expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');
    // Unpublishing the video purges the article page, which then shows a placeholder in its place.
    await setVideoPublished(ops, video.id, false, SYSTEM);
    const after = await running.get(path);
    expect(after.headers.get('x-cache')).toBe('MISS');
    const placeholderHtml = await after.text();
    expect(placeholderHtml).not.toContain('<video ');
    expect(placeholderHtml).not.toContain('/assets/media.');
    expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');
    // Publishing it again purges the page that showed the placeholder: the key is kept while the video is not public.
    await setVideoPublished(ops, video.id, true, SYSTEM, { publishAt: video.publishedAt! });
    const again = await running.get(path);
    expect(again.headers.get('x-cache')).toBe('MISS');
    expect(await again.text()).toMatch(/<video /);
  });

  it('loads the HLS loader only on pages with an HLS source, allowed by that page\u2019s CSP', async () => {
    const ops = running.app.operations;
    const sectionId = (await running.app.store.listSections('en'))[0]!.id;
    const stream = await createVideo(ops, 'en', { title: 'Harbour stream', sectionId, hlsUrl: 'https://cdn.example/harbour/index.m3u8' }, SYSTEM);
    await setVideoPublished(ops, stream.id, true, SYSTEM);
    const response = await running.get(`/en/video/${stream.slug}/v-${stream.id}`);
    const html = await response.text();
    expect(html).toMatch(/<video [^>]*data-hls="https:\/\/cdn\.example\/harbour\/index\.m3u8"/);
    expect(html).toContain('<source src="https://cdn.example/harbour/index.m3u8" type="application/vnd.apple.mpegurl"');
    const [, loader, library] = /<script src="(\/assets\/video-player\.[0-9a-f]{12}\.js)" defer data-hls-lib="(\/assets\/hls\.[0-9a-f]{12}\.js)"/.exec(html) ?? [];
    expect(loader).toBeDefined();
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const loaderResponse = await running.get(loader!);
    expect(loaderResponse.headers.get('content-type')).toMatch(/javascript/);
    expect(await loaderResponse.text()).toContain("canPlayType('application/vnd.apple.mpegurl')");
    expect((await running.get(library!)).status).toBe(200);
    // Pages without an HLS source keep the site's script-free policy.
    const file = await running.get(`/en/video/${videos[0]!.slug}/v-${videos[0]!.id}`);
    expect(file.headers.get('content-security-policy')).toContain("script-src 'none'");
  });

  it('resolves /p/{shortId} of a video to its page', async () => {
    const video = videos[0]!;
    const response = await running.get(`/p/${video.shortId}`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/en/video/${video.slug}/v-${video.id}`);
  });

  it('serves the video file with range requests', async () => {
    const file = videos[0]!.source!.fileName!;
    const full = await running.get(`/media/${file}`);
    expect(full.status).toBe(200);
    expect(full.headers.get('accept-ranges')).toBe('bytes');
    expect(full.headers.get('content-type')).toBe('video/mp4');
    const size = Number(full.headers.get('content-length'));
    const whole = Buffer.from(await full.arrayBuffer());
    const part = await running.get(`/media/${file}`, { headers: { range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${size}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    const tail = await running.get(`/media/${file}`, { headers: { range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(whole.subarray(size - 10))).toBe(true);
    const beyond = await running.get(`/media/${file}`, { headers: { range: `bytes=${size}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${size}`);
    const multi = await running.get(`/media/${file}`, { headers: { range: 'bytes=0-1,5-6' } });
    expect(multi.status).toBe(200);
    await multi.arrayBuffer();
    const captions = await running.get(`/media/${videos[0]!.captions[0]!.fileName}`);
    expect(captions.headers.get('content-type')).toBe('text/vtt; charset=utf-8');
    expect(await captions.text()).toMatch(/^WEBVTT/);
  });
});
