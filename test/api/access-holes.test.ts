/**
 * The holes of the hostile review, tried over HTTP as the attacker would,
 * with a reporter's or an editor's account, on every store. The rules behind
 * them are tested one by one in test/operations/access-rules.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle } from '../../src/api/admin/contract.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`access holes over HTTP on ${kind.name}`, () => {
    let running: RunningApp;
    let englishEditor: AdminClient;
    let reporter: AdminClient;
    let published: AdminArticle;

    beforeAll(async () => {
      running = await startTestApp(kind);
      englishEditor = await signInAs(running, 'editor', { editionCodes: ['en'] });
      reporter = await signInAs(running, 'reporter', { editionCodes: ['en', 'de', 'ar'] });
      const { items } = (await (await englishEditor.request('GET', '/api/admin/articles?status=published&edition=en')).json()) as {
        items: { id: number }[];
      };
      published = (await (await englishEditor.request('GET', `/api/admin/articles/${items[0]!.id}`)).json()) as AdminArticle;
    });
    afterAll(async () => running?.stop());

    it('hole 1: the correction endpoint cannot move a published article into another edition, and the old URL keeps working', async () => {
      const [germanSection] = await running.app.store.listSections('de');
      const response = await englishEditor.request('POST', `/api/admin/articles/${published.id}/correct`, {
        revision: published.revision, editionCode: 'de', sectionId: germanSection!.id, notice: { kind: 'update', text: 'Moved.' },
      });
      expect(response.status).toBe(422);
      const editorOfAll = await signInAs(running, 'editor', { editionCodes: ['en', 'de', 'ar'] });
      const again = await editorOfAll.request('POST', `/api/admin/articles/${published.id}/correct`, {
        revision: published.revision, editionCode: 'de', sectionId: germanSection!.id, notice: { kind: 'update', text: 'Moved.' },
      });
      expect(again.status).toBe(422);
      expect(((await again.json()) as { error: { details: { field: string } } }).error.details.field).toBe('editionCode');
      expect((await running.get(published.publicUrl!.replace(/^https?:\/\/[^/]+/, ''))).status).toBe(200);
    });

    it('hole 1: a save cannot put an article in a section of another edition', async () => {
      const created = (await (await englishEditor.request('POST', '/api/admin/articles', {
        editionCode: 'en', sectionId: published.sectionId, headline: 'A draft that stays English', body: [],
      })).json()) as AdminArticle;
      const [arabicSection] = await running.app.store.listSections('ar');
      const response = await englishEditor.request('PUT', `/api/admin/articles/${created.id}`, { revision: created.revision, sectionId: arabicSection!.id });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/does not belong to the en edition/);
    });

    it('hole 4: a reporter cannot change the caption of a picture on a published page; an editor\'s change shows at once on the cached page', async () => {
      const imageId = published.leadImageId!;
      const path = published.publicUrl!.replace(/^https?:\/\/[^/]+/, '');
      await running.get(path);
      expect((await running.get(path)).headers.get('x-cache')).toBe('HIT');

      const refused = await reporter.request('PATCH', `/api/admin/images/${imageId}`, { caption: 'Defaced by a reporter' });
      expect(refused.status).toBe(403);
      expect(await (await running.get(path)).text()).not.toContain('Defaced by a reporter');

      // Demo pictures are shared by translations, so the editor must work in every edition that shows it.
      const editorOfAll = await signInAs(running, 'editor', { editionCodes: ['en', 'de', 'ar'] });
      const accepted = await editorOfAll.request('PATCH', `/api/admin/images/${imageId}`, { caption: 'A caption the editor fixed' });
      expect(accepted.status).toBe(200);
      const page = await running.get(path);
      expect(page.headers.get('x-cache')).toBe('MISS');
      expect(await page.text()).toContain('A caption the editor fixed');
      const audit = await signInAs(running, 'admin');
      const entries = (await (await audit.request('GET', '/api/admin/audit')).json()) as { items: { action: string; details: string }[] };
      expect(entries.items.find((e) => e.action === 'image_updated')?.details).toContain(`image ${imageId}`);
    });

    it('hole 5: a reporter with an empty edition list sees and writes nothing', async () => {
      const nobody = await signInAs(running, 'reporter', { editionCodes: [] });
      const list = (await (await nobody.request('GET', '/api/admin/articles')).json()) as { total: number };
      expect(list.total).toBe(0);
      expect((await nobody.request('GET', `/api/admin/articles/${published.id}`)).status).toBe(404);
      const [section] = await running.app.store.listSections('en');
      expect((await nobody.request('POST', '/api/admin/articles', { editionCode: 'en', sectionId: section!.id, headline: 'x', body: [] })).status).toBe(403);
      const admin = await signInAs(running, 'admin');
      const refused = await admin.request('POST', '/api/admin/users', {
        email: 'no-edition@test.example', name: 'No Edition', role: 'editor', password: 'a long enough password', editionCodes: [],
      });
      expect(refused.status).toBe(422);
    });

    it('hole 6: unknown or duplicate references answer 422 naming the field, never 500', async () => {
      const id = await createArticle(running.app.operations, { editionCode: 'en', sectionId: published.sectionId, headline: 'References', body: [] }, SYSTEM);
      const bodies: [string, Record<string, unknown>][] = [
        ['topicIds', { topicIds: [987_654] }],
        ['topicIds', { topicIds: published.topicIds.length ? [published.topicIds[0], published.topicIds[0]] : [987_654] }],
        ['authorIds', { authorIds: [987_654] }],
        ['agencyIds', { agencyIds: [987_654] }],
        ['leadImageId', { leadImageId: 987_654 }],
        ['sectionId', { sectionId: 987_654 }],
        ['body', { body: [{ type: 'image', imageId: 987_654 }] }],
      ];
      for (const [field, body] of bodies) {
        const response = await englishEditor.request('PUT', `/api/admin/articles/${id}`, { revision: 1, ...body });
        expect(response.status, field).toBe(422);
        expect(((await response.json()) as { error: { details?: { field?: string } } }).error.details?.field, JSON.stringify(body)).toBe(field);
      }
    });
  });
}
