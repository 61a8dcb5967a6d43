/** The admin API's article workflow over real HTTP, with real sessions, on every store. */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle, AdminImage, RevisionDiff } from '../../src/api/admin/contract.js';
import { seededRandom } from '../../src/domain/seeded-random.js';
import { createTestUser, login, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const json = async <T>(response: Response) => (await response.json()) as T;

for (const kind of testStoreKinds) {
  describe(`admin article API on ${kind.name}`, () => {
    // The app's clock runs with real time plus an offset the scheduling test moves forward, instead of sleeping.
    let clockOffsetMs = 0;
    const now = () => new Date(Date.now() + clockOffsetMs);
    let running: RunningApp;
    let reporter: AdminClient;
    let editor: AdminClient;
    let sectionId: number;
    let imageId: number;

    beforeAll(async () => {
      running = await startTestApp(kind, { now, env: { HERALD_MAX_IMAGE_BYTES: String(2 * 1024 * 1024), HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      const accounts = running.app.store.accounts;
      const r = await createTestUser(accounts, { role: 'reporter', editionCodes: ['en'] });
      const e = await createTestUser(accounts, { role: 'editor', editionCodes: ['en', 'de'] });
      reporter = await login(running, r.email, r.password);
      editor = await login(running, e.email, e.password);
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
      const png = await sharp({ create: { width: 1200, height: 700, channels: 3, background: '#336699' } }).png().toBuffer();
      const response = await running.get('/api/admin/images?alt=A%20blue%20square&caption=Test%20caption&creditName=Ann%20Example&creditAgency=AFP', {
        method: 'POST', headers: { cookie: reporter.cookie, 'x-csrf-token': reporter.csrfToken, 'content-type': 'image/png' }, body: new Uint8Array(png),
      });
      expect(response.status).toBe(201);
      imageId = (await json<AdminImage>(response)).id;
    });
    afterAll(async () => running.stop());

    const newArticle = (client: AdminClient, overrides: Record<string, unknown> = {}) =>
      client.request('POST', '/api/admin/articles', {
        editionCode: 'en', sectionId, headline: 'Night ferry service resumes after storm repairs', kicker: 'Transport',
        teaser: 'The harbour authority says crossings run on the winter timetable.', leadImageId: imageId,
        body: [{ type: 'paragraph', spans: [{ text: 'Crossings resumed at dawn.' }] }, { type: 'subheading', text: 'Repairs' }],
        ...overrides,
      });

    it('lets a reporter write and submit, but not publish; an editor publishes and the public page shows it', async () => {
      const created = await newArticle(reporter);
      expect(created.status).toBe(201);
      const draft = await json<AdminArticle>(created);
      expect(draft).toMatchObject({ status: 'draft', revision: 1, publicUrl: null });
      const saved = await json<AdminArticle>(await reporter.request('PUT', `/api/admin/articles/${draft.id}`, { revision: 1, teaser: 'Updated teaser.' }));
      expect(saved.revision).toBe(2);
      expect(saved).toMatchObject({ kicker: 'Transport', headline: 'Night ferry service resumes after storm repairs', leadImageId: imageId });
      expect(saved.body).toHaveLength(2);
      expect((await reporter.request('POST', `/api/admin/articles/${draft.id}/publish`, { revision: 2 })).status).toBe(403);
      const submitted = await json<AdminArticle>(await reporter.request('POST', `/api/admin/articles/${draft.id}/submit`, { revision: 2 }));
      expect(submitted.status).toBe('in_review');
      expect((await reporter.request('PUT', `/api/admin/articles/${draft.id}`, { revision: 3, teaser: 'x' })).status).toBe(403);
      const published = await json<AdminArticle>(await editor.request('POST', `/api/admin/articles/${draft.id}/publish`, { revision: 3 }));
      expect(published.status).toBe('published');
      const path = new URL(published.publicUrl!).pathname;
      const page = await running.get(path);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Night ferry service resumes after storm repairs');
      expect(html).toMatch(/<h2[^>]*id="h-repairs"[^>]*>[\s\S]{0,200}?Repairs/);
      expect(html).toMatch(/<figcaption[\s\S]*Test caption[\s\S]*Image:[\s\S]*Ann Example\/AFP/);
    });

    it('refuses a reporter outside their edition and anonymous callers', async () => {
      const deSection = (await running.app.store.listSections('de'))[0]!.id;
      expect((await newArticle(reporter, { editionCode: 'de', sectionId: deSection })).status).toBe(403);
      expect((await running.get('/api/admin/articles')).status).toBe(401);
    });

    it('answers a stale save with 409 and the current version, and loses nothing stored', async () => {
      const article = await json<AdminArticle>(await newArticle(editor));
      const first = await editor.request('PUT', `/api/admin/articles/${article.id}`, { revision: 1, headline: 'Tab one wins the race' });
      expect(first.status).toBe(200);
      const second = await editor.request('PUT', `/api/admin/articles/${article.id}`, { revision: 1, headline: 'Tab two was too late' });
      expect(second.status).toBe(409);
      const body = await json<{ error: { code: string; details: { current: AdminArticle } } }>(second);
      expect(body.error.code).toBe('HERALD_CONFLICT');
      expect(body.error.details.current).toMatchObject({ headline: 'Tab one wins the race', revision: 2 });
    });

    it('publishes a correction with a visible notice and keeps the history with a readable diff', async () => {
      const article = await json<AdminArticle>(await newArticle(editor, { headline: 'Museum reopens its east wing on Friday' }));
      await editor.request('POST', `/api/admin/articles/${article.id}/publish`, { revision: 1 });
      const corrected = await editor.request('POST', `/api/admin/articles/${article.id}/correct`, {
        revision: 2, headline: 'Museum reopens its east wing on Saturday',
        notice: { kind: 'correction', text: 'An earlier version of this article gave the wrong day of the reopening.' },
      });
      expect(corrected.status).toBe(200);
      const after = await json<AdminArticle>(corrected);
      expect(after.notices).toHaveLength(1);
      const html = await (await running.get(new URL(after.publicUrl!).pathname)).text();
      expect(html).toMatch(/class="article-notice[^"]*"[^>]*>[\s\S]*Correction[\s\S]*wrong day of the reopening/);
      const revisions = await json<{ revision: number; summary: string }[]>(await editor.request('GET', `/api/admin/articles/${article.id}/revisions`));
      expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
      const diff = await json<{ fields: { field: string; changes: { op: string; text: string }[] }[] }>(
        await editor.request('GET', `/api/admin/articles/${article.id}/diff?from=2&to=3`),
      );
      expect(diff.fields[0]?.field).toBe('Headline');
      expect(diff.fields[0]?.changes).toEqual(expect.arrayContaining([{ op: 'delete', text: 'Friday' }, { op: 'insert', text: 'Saturday' }]));
    });

    it('answers a diff of two near-1 MB revisions that differ everywhere coarsely, and the site keeps answering', async () => {
      // The largest body a request may carry is Fastify's default 1 MiB of JSON.
      const random = seededRandom(7);
      const paragraph = () => Array.from({ length: 100 }, () => String.fromCharCode(97 + Math.floor(random() * 26)).repeat(1 + Math.floor(random() * 8))).join(' ');
      const texts = Array.from({ length: 1700 }, paragraph);
      const blocks = (list: string[]) => list.map((text) => ({ type: 'paragraph', spans: [{ text }] }));
      const created = await newArticle(editor, { headline: 'A very long report', body: blocks(texts) });
      expect(created.status).toBe(201);
      const article = await json<AdminArticle>(created);
      const edited = texts.map((t, i) => (i % 2 === 0 ? paragraph() : t));
      expect((await editor.request('PUT', `/api/admin/articles/${article.id}`, { revision: 1, body: blocks(edited) })).status).toBe(200);
      const [diffResponse, home] = await Promise.all([editor.request('GET', `/api/admin/articles/${article.id}/diff?from=1&to=2`), running.get('/en/')]);
      expect(home.status).toBe(200);
      expect(diffResponse.status).toBe(200);
      const diff = await json<RevisionDiff>(diffResponse);
      expect(diff.fields.map((f) => [f.field, f.coarse])).toEqual([['Body', 'whole']]);
    });

    it('schedules, and the scheduler publishes on time', async () => {
      const article = await json<AdminArticle>(await newArticle(editor, { headline: 'Scheduled morning briefing' }));
      const inAnHour = new Date(now().getTime() + 3_600_000).toISOString();
      const scheduled = await json<AdminArticle>(await editor.request('POST', `/api/admin/articles/${article.id}/schedule`, { revision: 1, publishAt: inAnHour }));
      expect(scheduled.status).toBe('scheduled');
      expect(await running.app.scheduler.tick()).toEqual([]);
      clockOffsetMs += 3_600_000;
      expect(await running.app.scheduler.tick()).toEqual([article.id]);
      const published = await json<AdminArticle>(await editor.request('GET', `/api/admin/articles/${article.id}`));
      expect(published.status).toBe('published');
      expect((await running.get(new URL(published.publicUrl!).pathname)).status).toBe(200);
    });

    it('unpublishes: the public page is gone on the next request', async () => {
      const article = await json<AdminArticle>(await newArticle(editor, { headline: 'Short-lived item' }));
      const published = await json<AdminArticle>(await editor.request('POST', `/api/admin/articles/${article.id}/publish`, { revision: 1 }));
      const path = new URL(published.publicUrl!).pathname;
      expect((await running.get(path)).status).toBe(200);
      await editor.request('POST', `/api/admin/articles/${article.id}/unpublish`, { revision: 2 });
      expect((await running.get(path)).status).toBe(410);
    });

    it('renders a private preview of a draft and lists, filters and searches articles', async () => {
      const article = await json<AdminArticle>(await newArticle(reporter, { headline: 'Preview of an unpublished lighthouse story' }));
      const preview = await reporter.request('GET', article.previewUrl);
      expect(preview.status).toBe(200);
      expect(preview.headers.get('cache-control')).toContain('no-store');
      const html = await preview.text();
      expect(html).toContain('Preview of an unpublished lighthouse story');
      expect(html).toContain('name="robots" content="noindex"');
      expect((await running.get(article.previewUrl)).status).toBe(401);
      const list = await json<{ items: { id: number }[]; total: number }>(await editor.request('GET', '/api/admin/articles?q=lighthouse&status=draft'));
      expect(list.items.map((i) => i.id)).toEqual([article.id]);
    });

    it('gives clear errors for bad bodies and bad uploads', async () => {
      const malformed = await running.get('/api/admin/articles', {
        method: 'POST', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken, 'content-type': 'application/json' }, body: '{"headline": ',
      });
      expect(malformed.status).toBe(400);
      expect((await json<{ error: { message: string } }>(malformed)).error.message).toMatch(/JSON/);
      const invalid = await newArticle(editor, { headline: '', body: [{ type: 'paragraph', spans: [{ text: 'x', href: 'javascript:alert(1)' }] }] });
      expect(invalid.status).toBe(422);
      expect((await json<{ error: { message: string } }>(invalid)).error.message).toMatch(/headline|links must be/);
      const upload = (bytes: Buffer, type: string) =>
        running.get('/api/admin/images', { method: 'POST', headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrfToken, 'content-type': type }, body: new Uint8Array(bytes) });
      const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } }).png().toBuffer();
      expect((await upload(png, 'image/jpeg')).status).toBe(415);
      expect((await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png')).status).toBe(415);
      expect((await upload(Buffer.from('GIF89a....'), 'image/gif')).status).toBe(415);
      expect((await upload(Buffer.concat([png.subarray(0, 40)]), 'image/png')).status).toBe(422);
      expect((await upload(Buffer.alloc(3 * 1024 * 1024, 0xff), 'image/jpeg')).status).toBe(413);
      expect((await running.app.store.listImages({ limit: 100, offset: 0 })).filter((i) => i.width === 20)).toHaveLength(0);
    });

    it('shows admins the audit log of publications and corrections, and nobody else', async () => {
      const u = await createTestUser(running.app.store.accounts, { role: 'admin' });
      const admin = await login(running, u.email, u.password);
      const response = await admin.request('GET', '/api/admin/audit');
      expect(response.status).toBe(200);
      const audit = await json<{ items: { action: string; userId: number | null; articleId: number | null }[] }>(response);
      const actions = new Set(audit.items.map((e) => e.action));
      for (const action of ['published', 'unpublished', 'corrected', 'scheduled']) expect(actions).toContain(action);
      expect(audit.items.find((e) => e.action === 'corrected')?.userId).toBe(editor.user.id);
      expect((await editor.request('GET', '/api/admin/audit')).status).toBe(403);
    });

    it('requires the CSRF token on state changes', async () => {
      const response = await editor.request('POST', '/api/admin/articles', { editionCode: 'en', sectionId, headline: 'x' }, { csrf: false });
      expect(response.status).toBe(403);
    });
  });
}
