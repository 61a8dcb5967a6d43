/**
 * The admin video API through the real server: create, stream an upload
 * (type sniffed, never trusted from the header or name), captions, publish,
 * and the refusals: 413 past HERALD_MAX_MEDIA_BYTES, 415 for a fake type,
 * 422 for bad fields, 403 for a reporter publishing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, VTT } from '../media/media-fixtures.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

describe.each(testStoreKinds)('admin video API ($name)', (kind) => {
  let running: RunningApp;
  let ids: { sectionId: number };
  let editor: AdminClient;
  let reporter: AdminClient;
  beforeAll(async () => {
    running = await startTestApp(kind, { env: { HERALD_MAX_MEDIA_BYTES: '60000' } });
    ids = { sectionId: (await running.app.store.listSections('en'))[0]!.id };
    editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
    reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
  });
  afterAll(async () => running.stop());

  const upload = (client: AdminClient, path: string, bytes: Uint8Array, contentType: string) =>
    running.get(path, { method: 'PUT', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': contentType }, body: Buffer.from(bytes) });

  it('creates a video, takes a sniffed upload and captions, and publishes it', async () => {
    const created = await reporter.request('POST', '/api/admin/videos', { editionCode: 'en', title: 'Tide tables', sectionId: ids.sectionId });
    expect(created.status).toBe(201);
    const video = (await created.json()) as { id: number; shortUrl: string };
    // Declared as something else entirely: the bytes decide.
    const file = await upload(reporter, `/api/admin/videos/${video.id}/file?name=tide.mp4`, fixture('mp4'), 'application/octet-stream');
    expect(file.status).toBe(200);
    const withFile = (await file.json()) as { source: { mime: string }; durationSeconds: number; fileUrl: string };
    expect(withFile.source.mime).toBe('video/mp4');
    expect(withFile.durationSeconds).toBeCloseTo(5, 1);
    const captions = await upload(reporter, `/api/admin/videos/${video.id}/captions/en?label=English`, VTT, 'text/vtt');
    expect(captions.status).toBe(200);
    expect(((await captions.json()) as { captions: { lang: string }[] }).captions.map((c) => c.lang)).toEqual(['en']);
    expect((await reporter.request('POST', `/api/admin/videos/${video.id}/publish`, {})).status).toBe(403);
    const published = await editor.request('POST', `/api/admin/videos/${video.id}/publish`, {});
    expect(published.status).toBe(200);
    expect(((await published.json()) as { status: string }).status).toBe('published');
    const list = (await (await editor.request('GET', '/api/admin/videos?edition=en')).json()) as { items: { id: number }[] };
    expect(list.items.map((v) => v.id)).toContain(video.id);
    // The public page and its short link now work.
    const short = await running.get(new URL(video.shortUrl).pathname);
    expect(short.status).toBe(301);
    expect((await running.get(short.headers.get('location')!)).status).toBe(200);
  });

  it('answers 413 past the limit, 415 for a fake or wrong type, 422 for bad fields', async () => {
    const video = (await (await editor.request('POST', '/api/admin/videos', { editionCode: 'en', title: 'Refusals', sectionId: ids.sectionId })).json()) as { id: number };
    const big = new Uint8Array(70_000);
    big.set(fixture('mp4').subarray(0, 64));
    expect((await upload(editor, `/api/admin/videos/${video.id}/file`, big, 'video/mp4')).status).toBe(413);
    const fake = new TextEncoder().encode('<html><body>not a video at all, just a page pretending</body></html>');
    const refused = await upload(editor, `/api/admin/videos/${video.id}/file?name=clip.mp4`, fake, 'video/mp4');
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('HERALD_UNSUPPORTED_MEDIA');
    expect((await upload(editor, `/api/admin/videos/${video.id}/file?name=clip.mp4`, fixture('webm'), 'video/mp4')).status).toBe(415);
    expect((await upload(editor, `/api/admin/videos/${video.id}/captions/en?label=English`, fixture('mp4').subarray(0, 5000), 'text/vtt')).status).toBe(415);
    expect((await editor.request('POST', '/api/admin/videos', { editionCode: 'en', title: '', sectionId: ids.sectionId })).status).toBe(422);
    expect((await editor.request('PATCH', `/api/admin/videos/${video.id}`, { hlsUrl: 'javascript:alert(1)' })).status).toBe(422);
    expect(((await (await editor.request('GET', `/api/admin/videos/${video.id}`)).json()) as { source: unknown }).source).toBeNull();
  });
});
