/** Workflow, history and scheduling operations on every store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventBus } from '../../src/events/event-bus.js';
import { SYSTEM, userActor, type Actor } from '../../src/domain/identity.js';
import type { HeraldEvent } from '../../src/domain/events.js';
import type { OperationContext } from '../../src/operations/context.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle } from '../../src/operations/create-article.js';
import { restoreRevision } from '../../src/operations/restore-revision.js';
import { diffSnapshots } from '../../src/operations/revision-diff.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { publishArticle, scheduleArticle, submitForReview, unpublishArticle } from '../../src/operations/workflow-transitions.js';
import { createPublicationScheduler } from '../../src/scheduler/publication-scheduler.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`newsroom workflow on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let clock: Date;
    let events: HeraldEvent[];
    let reporterId: number;
    let editorId: number;
    let reporter: Actor;
    let editor: Actor;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      clock = new Date('2026-06-01T12:00:00.000Z');
      events = [];
      const bus = createEventBus();
      bus.onAny((e) => void events.push(e));
      ctx = { store: handle.store, events: bus, now: () => clock };
      const user = (email: string, role: 'reporter' | 'editor') =>
        handle.store.accounts.insertUser({ email, name: email, role, passwordHash: 'x', editionCodes: ['en'], authorId: null, createdAt: clock.toISOString() });
      reporterId = await user('reporter@test.example', 'reporter');
      editorId = await user('editor@test.example', 'editor');
      reporter = userActor({ id: reporterId, email: 'reporter@test.example', name: 'R', role: 'reporter', editionCodes: ['en'], authorId: null });
      editor = userActor({ id: editorId, email: 'editor@test.example', name: 'E', role: 'editor', editionCodes: ['en'], authorId: null });
    });
    afterEach(async () => handle.dispose());

    const draft = (headline = 'A draft about the river') =>
      createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline, body: [{ type: 'paragraph', spans: [{ text: 'The river rose overnight.' }] }],
        leadImageId: ids.imageId, authorIds: ids.authorIds,
      }, reporter);

    it('moves draft → in review → published → unpublished, recording each revision and audit entry', async () => {
      const id = await draft();
      const reviewed = await submitForReview(ctx, { articleId: id, expectedRevision: 1, actor: reporter });
      expect(reviewed).toMatchObject({ status: 'in_review', revision: 2 });
      clock = new Date('2026-06-01T12:05:00.000Z');
      const published = await publishArticle(ctx, { articleId: id, expectedRevision: 2, actor: editor });
      expect(published).toMatchObject({ status: 'published', revision: 3, firstPublishedAt: '2026-06-01T12:05:00.000Z' });
      const unpublished = await unpublishArticle(ctx, { articleId: id, expectedRevision: 3, actor: editor });
      expect(unpublished.status).toBe('unpublished');
      const history = await handle.store.listRevisions(id);
      expect(history.map((r) => [r.revision, r.summary, r.userId])).toEqual([
        [4, 'unpublished', editorId], [3, 'published', editorId], [2, 'submitted for review', reporterId], [1, 'created', reporterId],
      ]);
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.map((e) => [e.action, e.articleId, e.userId])).toEqual(
        expect.arrayContaining([['published', id, editorId], ['unpublished', id, editorId]]),
      );
      expect(events.map((e) => e.type)).toEqual(['article.saved', 'article.saved', 'article.published', 'article.unpublished']);
    });

    it('refuses transitions that make no sense and stale revisions', async () => {
      const id = await draft();
      await expect(unpublishArticle(ctx, { articleId: id, expectedRevision: 1, actor: SYSTEM })).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await updateArticle(ctx, id, 1, { headline: 'First editor' }, SYSTEM);
      await expect(updateArticle(ctx, id, 1, { headline: 'Second editor' }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_CONFLICT', status: 409 });
      await expect(publishArticle(ctx, { articleId: id, expectedRevision: 1, actor: SYSTEM })).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      expect((await handle.store.getArticle(id))?.headline).toBe('First editor');
    });

    it('will not publish an image without caption, credit or alt text, and says what is missing', async () => {
      const imageId = await handle.store.transaction((tx) =>
        tx.insertImage({
          fileName: 'bare.jpg', mimeType: 'image/jpeg', width: 10, height: 10, derivativeWidths: [10], alt: '', caption: '',
          creditName: null, creditAgency: null, creditDistributor: null, focalX: 0.5, focalY: 0.5, createdAt: clock.toISOString(),
        }),
      );
      const id = await createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline: 'Pictures', body: [{ type: 'image', imageId, caption: 'Given here' }],
      }, SYSTEM);
      await expect(publishArticle(ctx, { articleId: id, expectedRevision: 1, actor: SYSTEM })).rejects.toThrow(/image in body block 1 has no alt text, credit/);
      await updateArticle(ctx, id, 1, { body: [{ type: 'image', imageId, caption: 'Given', alt: 'A picture', credit: 'Jo Doe/AFP' }] }, SYSTEM);
      await expect(publishArticle(ctx, { articleId: id, expectedRevision: 2, actor: SYSTEM })).resolves.toMatchObject({ status: 'published' });
    });

    it('keeps a published slug and refuses to move a published article to another edition', async () => {
      const id = await draft();
      const r2 = await updateArticle(ctx, id, 1, { slug: 'renamed-before-publishing' }, SYSTEM);
      await publishArticle(ctx, { articleId: id, expectedRevision: r2, actor: SYSTEM });
      await expect(updateArticle(ctx, id, r2 + 1, { slug: 'renamed-after' }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    });

    it('publishes a correction with a notice, moves the updated time and keeps the old text in history', async () => {
      const id = await draft();
      await publishArticle(ctx, { articleId: id, expectedRevision: 1, actor: SYSTEM });
      clock = new Date('2026-06-02T09:30:00.000Z');
      const corrected = await correctArticle(ctx, {
        articleId: id, expectedRevision: 2,
        edit: { body: [{ type: 'paragraph', spans: [{ text: 'The river rose on Tuesday night.' }] }] },
        notice: { kind: 'correction', text: 'An earlier version gave the wrong day.' }, actor: SYSTEM,
      });
      expect(corrected.updatedAt).toBe('2026-06-02T09:30:00.000Z');
      expect(await handle.store.listNotices(id)).toEqual([
        { kind: 'correction', text: 'An earlier version gave the wrong day.', createdAt: '2026-06-02T09:30:00.000Z' },
      ]);
      const [latest, previous] = await handle.store.listRevisions(id);
      const diff = diffSnapshots(previous!.snapshot, latest!.snapshot);
      expect(diff.map((d) => d.field)).toEqual(['Body']);
      expect(diff[0]!.changes.filter((c) => c.op === 'delete').map((c) => c.text.trim())).toContain('overnight');
      expect(diff[0]!.changes.filter((c) => c.op === 'insert').map((c) => c.text).join('')).toContain('Tuesday');
      await expect(correctArticle(ctx, { articleId: id, expectedRevision: 3, edit: {}, notice: { kind: 'update', text: ' ' }, actor: SYSTEM })).rejects.toMatchObject({
        code: 'HERALD_VALIDATION',
      });
    });

    it('restores an old revision as a new one', async () => {
      const id = await draft('Original headline');
      await updateArticle(ctx, id, 1, { headline: 'Changed headline' }, SYSTEM);
      const restored = await restoreRevision(ctx, { articleId: id, revision: 1, expectedRevision: 2, actor: SYSTEM });
      expect(restored).toMatchObject({ headline: 'Original headline', revision: 3 });
      expect((await handle.store.listRevisions(id))[0]?.summary).toBe('restored revision 1');
    });

    it('publishes scheduled articles on time, once, even across a restart of the scheduler', async () => {
      const id = await draft();
      await scheduleArticle(ctx, { articleId: id, expectedRevision: 1, publishAt: '2026-06-01T13:00:00.000Z', actor: SYSTEM });
      const first = createPublicationScheduler(ctx, { intervalMs: 0 });
      expect(await first.tick()).toEqual([]);
      expect((await handle.store.getArticle(id))?.status).toBe('scheduled');
      clock = new Date('2026-06-01T13:00:01.000Z');
      // A "restarted" second scheduler and the first one run at the same moment: exactly one publishes.
      const second = createPublicationScheduler(ctx, { intervalMs: 0 });
      const [a, b] = await Promise.all([first.tick(), second.tick()]);
      expect([...a, ...b]).toEqual([id]);
      const article = await handle.store.getArticle(id);
      expect(article).toMatchObject({ status: 'published', firstPublishedAt: '2026-06-01T13:00:01.000Z', publishAt: null });
      expect(events.filter((e) => e.type === 'article.published')).toHaveLength(1);
      expect(await first.tick()).toEqual([]);
    });

    it('announces an embargo lifting so caches refresh', async () => {
      const id = await createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline: 'Embargoed report', body: [],
        embargoUntil: '2026-06-01T15:00:00.000Z', publishedAt: '2026-06-01T11:00:00.000Z',
      }, SYSTEM);
      const scheduler = createPublicationScheduler(ctx, { intervalMs: 0 });
      await scheduler.tick();
      events.length = 0;
      clock = new Date('2026-06-01T15:00:00.500Z');
      await scheduler.tick();
      expect(events).toEqual([{ type: 'article.published', articleId: id, editionCode: 'en', at: '2026-06-01T15:00:00.500Z' }]);
    });
  });
}
