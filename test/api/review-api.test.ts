/** Review notes, send back, the review list, minor fixes and labelled history over real HTTP, on every store. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminArticle, ReviewQueueResponse, RevisionSummary } from '../../src/api/admin/contract.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const json = async <T>(response: Response) => (await response.json()) as T;

for (const kind of testStoreKinds) {
  describe(`admin review API on ${kind.name}`, () => {
    let clockOffsetMs = 0;
    const now = () => new Date(Date.now() + clockOffsetMs);
    let running: RunningApp;
    let reporter: AdminClient;
    let editor: AdminClient;
    let arabicEditor: AdminClient;
    let sectionId: number;

    beforeAll(async () => {
      running = await startTestApp(kind, { now, env: { HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      reporter = await signInAs(running, 'reporter', { editionCodes: ['en'], name: 'Rosa Reporter' });
      editor = await signInAs(running, 'editor', { editionCodes: ['en'], name: 'Eddie Editor' });
      arabicEditor = await signInAs(running, 'editor', { editionCodes: ['ar'] });
      sectionId = (await running.app.store.listSections('en'))[0]!.id;
    });
    afterAll(async () => running.stop());

    const newArticle = async (client: AdminClient, headline: string) => {
      const response = await client.request('POST', '/api/admin/articles', {
        editionCode: 'en', sectionId, headline, body: [{ type: 'paragraph', spans: [{ text: 'The council met on Tuesday evening.' }] }],
      });
      expect(response.status).toBe(201);
      return json<AdminArticle>(response);
    };

    it('carries the submit note to the review list and the send-back note to the reporter', async () => {
      const draft = await newArticle(reporter, 'Council approves new cycle lanes');
      const submitted = await reporter.request('POST', `/api/admin/articles/${draft.id}/submit`, { revision: 1, note: 'The vote count is from the minutes.' });
      expect(submitted.status).toBe(200);
      expect((await json<AdminArticle>(submitted)).reviewNote).toMatchObject({ kind: 'submitted', note: 'The vote count is from the minutes.', userName: 'Rosa Reporter' });

      const queue = await json<ReviewQueueResponse>(await editor.request('GET', '/api/admin/review'));
      expect(queue.items.find((i) => i.articleId === draft.id)).toMatchObject({
        headline: 'Council approves new cycle lanes', submitterName: 'Rosa Reporter', note: 'The vote count is from the minutes.', revision: 2,
      });
      expect((await json<ReviewQueueResponse>(await arabicEditor.request('GET', '/api/admin/review'))).items.map((i) => i.articleId)).not.toContain(draft.id);

      expect((await reporter.request('POST', `/api/admin/articles/${draft.id}/send-back`, { revision: 2, note: 'Mine.' })).status).toBe(403);
      expect((await editor.request('POST', `/api/admin/articles/${draft.id}/send-back`, { revision: 2, note: ' ' })).status).toBe(422);
      const sentBack = await editor.request('POST', `/api/admin/articles/${draft.id}/send-back`, { revision: 2, note: 'Name the councillor who abstained.' });
      expect(sentBack.status).toBe(200);
      expect(await json<AdminArticle>(sentBack)).toMatchObject({ status: 'draft', revision: 3 });

      const seen = await json<AdminArticle>(await reporter.request('GET', `/api/admin/articles/${draft.id}`));
      expect(seen.reviewNote).toMatchObject({ kind: 'sent_back', note: 'Name the councillor who abstained.', userName: 'Eddie Editor' });
      expect((await json<ReviewQueueResponse>(await editor.request('GET', '/api/admin/review'))).items.map((i) => i.articleId)).not.toContain(draft.id);
      const history = await json<RevisionSummary[]>(await reporter.request('GET', `/api/admin/articles/${draft.id}/revisions`));
      expect(history.map((r) => [r.revision, r.kind, r.label, r.note])).toEqual([
        [3, 'sent_back', 'Sent back', 'Name the councillor who abstained.'],
        [2, 'submitted', 'Submitted for review', 'The vote count is from the minutes.'],
        [1, 'created', 'Created', null],
      ]);
      // Submitting without a note still works, as before.
      expect((await reporter.request('POST', `/api/admin/articles/${draft.id}/submit`, { revision: 3 })).status).toBe(200);
    });

    it('moves the public "Updated" time and dateModified on a change to a published article, not on a minor fix', async () => {
      const draft = await newArticle(editor, 'Library extends opening hours');
      const published = await json<AdminArticle>(await editor.request('POST', `/api/admin/articles/${draft.id}/publish`, { revision: 1 }));
      const path = new URL(published.publicUrl!).pathname;
      expect(await (await running.get(path)).text()).not.toMatch(/article__date[^>]*>\s*Updated/);

      clockOffsetMs = 2 * 3_600_000;
      const updated = await json<AdminArticle>(await editor.request('PUT', `/api/admin/articles/${draft.id}`, { revision: 2, teaser: 'Open until nine on weekdays.' }));
      expect(Date.parse(updated.updatedAt) - Date.parse(published.updatedAt)).toBeGreaterThan(3_600_000);
      const afterUpdate = await (await running.get(path)).text();
      expect(afterUpdate).toContain(`"dateModified":"${updated.updatedAt}"`);
      expect(afterUpdate).toContain(`<time datetime="${updated.updatedAt}"`);

      clockOffsetMs = 3 * 3_600_000;
      const fixed = await json<AdminArticle>(await editor.request('PUT', `/api/admin/articles/${draft.id}`, { revision: 3, headline: 'Library extends its opening hours', minor: true }));
      expect(fixed).toMatchObject({ revision: 4, updatedAt: updated.updatedAt, headline: 'Library extends its opening hours' });
      const afterFix = await (await running.get(path)).text();
      expect(afterFix).toContain('Library extends its opening hours');
      expect(afterFix).toContain(`"dateModified":"${updated.updatedAt}"`);

      const history = await json<RevisionSummary[]>(await editor.request('GET', `/api/admin/articles/${draft.id}/revisions`));
      expect(history.map((r) => r.label)).toEqual(['Minor fix', 'Updated', 'Published', 'Created']);
      expect(history[0]).toMatchObject({ summary: 'headline', userName: 'Eddie Editor' });
      const audit = await running.app.store.accounts.listAudit({ limit: 20, offset: 0 });
      expect(audit.items.filter((e) => e.articleId === draft.id && e.action === 'updated').map((e) => e.details)).toEqual(['minor fix: headline', 'updated: teaser']);
    });
  });
}
