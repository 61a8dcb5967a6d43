/** Review notes, sending back, saving published articles (minor or not) and the history's labels, on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/identity.js';
import type { OperationContext } from '../../src/operations/context.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle } from '../../src/operations/create-article.js';
import { restoreRevision } from '../../src/operations/restore-revision.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { publishArticle, sendBackToDraft, submitForReview, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`review workflow on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let clock: Date;
    let reporter: Actor;
    let editor: Actor;
    let otherEditionEditor: Actor;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-01T12:00:00.000Z');
      ({ ctx } = recordingContext(handle.store, () => clock));
      reporter = await actingAs(handle.store, 'reporter', ['en']);
      editor = await actingAs(handle.store, 'editor', ['en']);
      otherEditionEditor = await actingAs(handle.store, 'editor', ['ar']);
    });
    afterEach(async () => handle.dispose());

    const draft = (headline = 'Ferry timetable changes from Monday') =>
      createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline, body: [{ type: 'paragraph', spans: [{ text: 'The first ferry leaves at six.' }] }],
        leadImageId: ids.imageId, authorIds: ids.authorIds,
      }, reporter);
    const audits = async () => (await handle.store.accounts.listAudit({ limit: 50, offset: 0 })).items;

    it('keeps the submit note and the send-back note, and shows the reporter who sent it back, when and why', async () => {
      const id = await draft();
      await submitForReview(ctx, { articleId: id, expectedRevision: 1, actor: reporter, note: '  Please check the times in paragraph one.  ' });
      expect(await handle.store.latestReviewNote(id)).toEqual({
        kind: 'submitted', revision: 2, userId: reporter.userId, note: 'Please check the times in paragraph one.', createdAt: '2026-06-01T12:00:00.000Z',
      });
      clock = new Date('2026-06-01T12:30:00.000Z');
      const back = await sendBackToDraft(ctx, { articleId: id, expectedRevision: 2, actor: editor, note: 'The second sailing is at 7:15, not 7:50.' });
      expect(back).toMatchObject({ status: 'draft', revision: 3 });
      expect(await handle.store.latestReviewNote(id)).toEqual({
        kind: 'sent_back', revision: 3, userId: editor.userId, note: 'The second sailing is at 7:15, not 7:50.', createdAt: '2026-06-01T12:30:00.000Z',
      });
      // The reporter owns a draft again, so may fix it and submit once more.
      await updateArticle(ctx, id, 3, { headline: 'Ferry timetable changes from Monday morning' }, reporter);
      await expect(submitForReview(ctx, { articleId: id, expectedRevision: 4, actor: reporter })).resolves.toMatchObject({ status: 'in_review' });
      expect((await audits()).filter((e) => e.articleId === id).map((e) => [e.action, e.userId, e.details])).toEqual(expect.arrayContaining([
        ['submitted', reporter.userId, 'submitted for review: Please check the times in paragraph one.'],
        ['sent_back', editor.userId, 'sent back: The second sailing is at 7:15, not 7:50.'],
        ['submitted', reporter.userId, 'submitted for review'],
      ]));
    });

    it('lets only an editor of the article’s edition send back, only from review, and only with a note', async () => {
      const id = await draft();
      await expect(sendBackToDraft(ctx, { articleId: id, expectedRevision: 1, actor: editor, note: 'Too early.' })).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await submitForReview(ctx, { articleId: id, expectedRevision: 1, actor: reporter });
      await expect(sendBackToDraft(ctx, { articleId: id, expectedRevision: 2, actor: reporter, note: 'Taking it back.' })).rejects.toMatchObject({
        code: 'HERALD_FORBIDDEN', message: expect.stringMatching(/needs the editor role/),
      });
      await expect(sendBackToDraft(ctx, { articleId: id, expectedRevision: 2, actor: otherEditionEditor, note: 'Not mine.' })).rejects.toMatchObject({
        code: 'HERALD_FORBIDDEN', message: expect.stringMatching(/en edition/),
      });
      await expect(sendBackToDraft(ctx, { articleId: id, expectedRevision: 2, actor: editor, note: '   ' })).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      expect((await handle.store.getArticle(id))).toMatchObject({ status: 'in_review', revision: 2 });
    });

    it('lists what waits for review in the editor’s editions, longest waiting first, with submitter and note', async () => {
      const first = await draft('Bridge closure');
      const second = await draft('Harbour fees');
      const notSubmitted = await draft('Still a draft');
      await submitForReview(ctx, { articleId: second, expectedRevision: 1, actor: reporter, note: 'Figures from the port office.' });
      clock = new Date('2026-06-01T12:10:00.000Z');
      await submitForReview(ctx, { articleId: first, expectedRevision: 1, actor: reporter });
      const { items, total } = await handle.store.listAwaitingReview({ editionCodes: ['en'], limit: 10 });
      expect(total).toBe(2);
      expect(items).toEqual([
        { articleId: second, editionCode: 'en', headline: 'Harbour fees', revision: 2, submittedAt: '2026-06-01T12:00:00.000Z', submittedBy: reporter.userId, note: 'Figures from the port office.' },
        { articleId: first, editionCode: 'en', headline: 'Bridge closure', revision: 2, submittedAt: '2026-06-01T12:10:00.000Z', submittedBy: reporter.userId, note: null },
      ]);
      expect(items.map((i) => i.articleId)).not.toContain(notSubmitted);
      expect(await handle.store.listAwaitingReview({ editionCodes: ['ar'], limit: 10 })).toEqual({ items: [], total: 0 });
      await sendBackToDraft(ctx, { articleId: second, expectedRevision: 2, actor: editor, note: 'Source the fees.' });
      expect((await handle.store.listAwaitingReview({ limit: 10 })).items.map((i) => i.articleId)).toEqual([first]);
    });

    it('moves the updated time on a change to a published article but not on a minor fix, and audits who changed what', async () => {
      const id = await draft();
      await publishArticle(ctx, { articleId: id, expectedRevision: 1, actor: editor });
      clock = new Date('2026-06-01T15:00:00.000Z');
      await updateArticle(ctx, id, 2, { headline: 'Ferry timetble changes from Monday' }, editor);
      expect((await handle.store.getArticle(id))?.updatedAt).toBe('2026-06-01T15:00:00.000Z');
      clock = new Date('2026-06-01T16:00:00.000Z');
      await updateArticle(ctx, id, 3, { headline: 'Ferry timetable changes from Monday', teaser: 'Earlier sailings.' }, editor, { minor: true });
      expect(await handle.store.getArticle(id)).toMatchObject({ updatedAt: '2026-06-01T15:00:00.000Z', headline: 'Ferry timetable changes from Monday' });
      const updates = (await audits()).filter((e) => e.articleId === id && e.action === 'updated');
      expect(updates.map((e) => [e.userId, e.details, e.at])).toEqual(expect.arrayContaining([
        [editor.userId, 'updated: headline', '2026-06-01T15:00:00.000Z'],
        [editor.userId, 'minor fix: headline, teaser', '2026-06-01T16:00:00.000Z'],
      ]));
      // Drafts are not audited on every autosave.
      const other = await draft('Autosaved draft');
      await updateArticle(ctx, other, 1, { teaser: 'Typing' }, reporter);
      expect((await audits()).filter((e) => e.articleId === other)).toEqual([]);
    });

    it('labels every revision by what happened', async () => {
      const id = await draft();
      await updateArticle(ctx, id, 1, { teaser: 'A teaser' }, reporter);
      await submitForReview(ctx, { articleId: id, expectedRevision: 2, actor: reporter, note: 'Ready.' });
      await sendBackToDraft(ctx, { articleId: id, expectedRevision: 3, actor: editor, note: 'Add a quote.' });
      await submitForReview(ctx, { articleId: id, expectedRevision: 4, actor: reporter });
      await publishArticle(ctx, { articleId: id, expectedRevision: 5, actor: editor });
      await updateArticle(ctx, id, 6, { teaser: 'A better teaser' }, editor);
      await updateArticle(ctx, id, 7, { teaser: 'A better teaser.' }, editor, { minor: true });
      await correctArticle(ctx, { articleId: id, expectedRevision: 8, edit: { teaser: 'The right teaser.' }, notice: { kind: 'correction', text: 'Fixed.' }, actor: editor });
      await restoreRevision(ctx, { articleId: id, revision: 6, expectedRevision: 9, actor: editor });
      await unpublishArticle(ctx, { articleId: id, expectedRevision: 10, actor: editor });
      const history = await handle.store.listRevisions(id);
      expect(history.map((r) => [r.revision, r.kind, r.note])).toEqual([
        [11, 'unpublished', null], [10, 'restored', null], [9, 'corrected', null], [8, 'minor_fix', null], [7, 'updated', null],
        [6, 'published', null], [5, 'submitted', null], [4, 'sent_back', 'Add a quote.'], [3, 'submitted', 'Ready.'], [2, 'saved', null], [1, 'created', null],
      ]);
      expect((await handle.store.getRevision(id, 4))).toMatchObject({ kind: 'sent_back', note: 'Add a quote.', userId: editor.userId });
    });
  });
}
