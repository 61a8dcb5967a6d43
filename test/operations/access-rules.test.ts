/**
 * The access and integrity rules, at the operation level, on every store:
 * each rule of src/operations/access-policy.ts and article-integrity.ts is
 * tried through every write path that must obey it (save, correct, restore,
 * create, delete, image metadata, curation, users, wire alerts).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { SYSTEM, type Role } from '../../src/domain/identity.js';
import { acknowledgeWireAlert } from '../../src/operations/acknowledge-wire-alert.js';
import type { OperationContext } from '../../src/operations/context.js';
import { correctArticle } from '../../src/operations/correct-article.js';
import { createArticle } from '../../src/operations/create-article.js';
import { setFocusTopics } from '../../src/operations/curate-edition.js';
import { deleteArticle } from '../../src/operations/delete-article.js';
import { createUser, updateUser } from '../../src/operations/manage-users.js';
import { restoreRevision } from '../../src/operations/restore-revision.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { updateImageMetadata } from '../../src/operations/update-image-metadata.js';
import { publishArticle, submitForReview } from '../../src/operations/workflow-transitions.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`access rules in the operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    const person = (role: Role, editionCodes: string[]) => actingAs(handle.store, role, editionCodes);

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      ({ ctx, events } = recordingContext(handle.store, () => new Date('2026-06-01T12:00:00.000Z')));
    });
    afterEach(async () => handle.dispose());

    const withCaption = { type: 'paragraph' as const, spans: [{ text: 'Text.' }] };
    const publishedIn = async (editionCode: 'en' | 'ar', extra: { leadImageId?: number } = {}) =>
      createArticle(ctx, {
        editionCode, sectionId: editionCode === 'en' ? ids.sectionId : ids.otherSectionId, headline: `Live in ${editionCode}`, body: [withCaption],
        publishedAt: '2026-06-01T10:00:00.000Z', ...extra,
      }, SYSTEM);

    describe('hole 1: editions and sections on every write path', () => {
      it('a correction cannot move a published article into another edition, even for an editor of both', async () => {
        const id = await publishedIn('en');
        const editorOfBoth = await person('editor', ['en', 'ar']);
        await expect(correctArticle(ctx, {
          articleId: id, expectedRevision: 1, edit: { editionCode: 'ar', sectionId: ids.otherSectionId },
          notice: { kind: 'update', text: 'Moved.' }, actor: editorOfBoth,
        })).rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'editionCode' } });
        expect((await handle.store.getArticle(id))?.editionCode).toBe('en');
      });

      it('a correction by an editor of one edition cannot reach into another', async () => {
        const id = await publishedIn('ar');
        await expect(correctArticle(ctx, {
          articleId: id, expectedRevision: 1, edit: { headline: 'Rewritten' }, notice: { kind: 'update', text: 'x' }, actor: await person('editor', ['en']),
        })).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      });

      it('a save cannot put an article in a section of another edition', async () => {
        const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Draft', body: [] }, SYSTEM);
        await expect(updateArticle(ctx, id, 1, { sectionId: ids.otherSectionId }, await person('editor', ['en', 'ar'])))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'sectionId' } });
      });

      it('a draft moves only into an edition the user works in, and together with a section of it', async () => {
        const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Draft', body: [] }, SYSTEM);
        await expect(updateArticle(ctx, id, 1, { editionCode: 'ar', sectionId: ids.otherSectionId }, await person('editor', ['en'])))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(updateArticle(ctx, id, 1, { editionCode: 'ar' }, await person('editor', ['en', 'ar'])))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'sectionId' } });
        await expect(updateArticle(ctx, id, 1, { editionCode: 'ar', sectionId: ids.otherSectionId }, await person('editor', ['en', 'ar']))).resolves.toBe(2);
      });

      it('a restore obeys the same rules as a save: a revision whose section is now foreign is refused', async () => {
        const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Draft', body: [] }, SYSTEM);
        await updateArticle(ctx, id, 1, { editionCode: 'ar', sectionId: ids.otherSectionId }, SYSTEM);
        await publishArticle(ctx, { articleId: id, expectedRevision: 2, actor: SYSTEM });
        // Revision 1 was in the English edition; the published article keeps its Arabic edition, so its old section does not fit.
        await expect(restoreRevision(ctx, { articleId: id, revision: 1, expectedRevision: 3, actor: await person('editor', ['en', 'ar']) }))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'sectionId' } });
        expect(await handle.store.getArticle(id)).toMatchObject({ editionCode: 'ar', sectionId: ids.otherSectionId, revision: 3 });
      });

      it('creating needs the edition too', async () => {
        await expect(createArticle(ctx, { editionCode: 'ar', sectionId: ids.otherSectionId, headline: 'x', body: [] }, await person('reporter', ['en'])))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(createArticle(ctx, { editionCode: 'en', sectionId: ids.otherSectionId, headline: 'x', body: [] }, await person('reporter', ['en'])))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'sectionId' } });
      });
    });

    describe('roles and ownership', () => {
      it('reporters edit only their own drafts; only editors publish, correct and delete', async () => {
        const reporter = await person('reporter', ['en']);
        const own = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Mine', body: [] }, reporter);
        const other = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'Not mine', body: [] }, SYSTEM);
        await expect(updateArticle(ctx, own, 1, { headline: 'Mine, edited' }, reporter)).resolves.toBe(2);
        await expect(updateArticle(ctx, other, 1, { headline: 'Hijacked' }, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(publishArticle(ctx, { articleId: own, expectedRevision: 2, actor: reporter })).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(deleteArticle(ctx, own, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await submitForReview(ctx, { articleId: own, expectedRevision: 2, actor: reporter });
        await expect(updateArticle(ctx, own, 3, { headline: 'After review' }, reporter)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(restoreRevision(ctx, { articleId: own, revision: 1, expectedRevision: 3, actor: reporter })).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      });

      it('curation checks role and edition in the operation', async () => {
        await expect(setFocusTopics(ctx, 'en', [], await person('reporter', ['en']))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(setFocusTopics(ctx, 'en', [], await person('editor', ['ar']))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(setFocusTopics(ctx, 'en', [ids.topicId], await person('editor', ['en']))).resolves.toBeUndefined();
      });
    });

    describe('hole 4: image metadata follows the rules of the articles that show the image', () => {
      it('a reporter cannot change the caption of a picture on a published page; an editor of that edition can, and it is audited and announced', async () => {
        const id = await publishedIn('en', { leadImageId: ids.imageId });
        const reporter = await person('reporter', ['en', 'ar']);
        await expect(updateImageMetadata(ctx, { imageId: ids.imageId, changes: { caption: 'Defaced' }, actor: reporter }))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(updateImageMetadata(ctx, { imageId: ids.imageId, changes: { caption: 'Other edition' }, actor: await person('editor', ['ar']) }))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        expect((await handle.store.getImages([ids.imageId]))[0]?.caption).toBe('Caption');

        await updateImageMetadata(ctx, { imageId: ids.imageId, changes: { caption: 'Better caption' }, actor: await person('editor', ['en']) });
        expect((await handle.store.getImages([ids.imageId]))[0]?.caption).toBe('Better caption');
        expect(events.at(-1)).toMatchObject({ type: 'image.updated', imageId: ids.imageId, articles: [{ articleId: id, editionCode: 'en' }] });
        const audit = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
        expect(audit.items[0]).toMatchObject({ action: 'image_updated' });
      });

      it('an image used in the body of a published article counts too; one only in the reporter\'s own draft is theirs to caption', async () => {
        const reporter = await person('reporter', ['en']);
        const draft = await createArticle(ctx, {
          editionCode: 'en', sectionId: ids.sectionId, headline: 'My draft', body: [{ type: 'image', imageId: ids.imageId }],
        }, reporter);
        await expect(updateImageMetadata(ctx, { imageId: ids.imageId, changes: { alt: 'A river at dusk' }, actor: reporter })).resolves.toBeUndefined();
        await publishedIn('ar');
        const published = await createArticle(ctx, {
          editionCode: 'ar', sectionId: ids.otherSectionId, headline: 'Live', body: [{ type: 'image', imageId: ids.imageId }], publishedAt: '2026-06-01T10:00:00.000Z',
        }, SYSTEM);
        await expect(updateImageMetadata(ctx, { imageId: ids.imageId, changes: { alt: 'Changed again' }, actor: reporter }))
          .rejects.toThrow(new RegExp(`article ${published} in the ar edition`));
        expect(draft).toBeGreaterThan(0);
      });

      it('an unknown image is a 404', async () => {
        await expect(updateImageMetadata(ctx, { imageId: 999_999, changes: { caption: 'x' }, actor: SYSTEM })).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      });
    });

    describe('hole 5: an empty edition list grants nothing', () => {
      it('a reporter or editor with no edition can do nothing in any edition', async () => {
        await expect(createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'x', body: [] }, await person('reporter', [])))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(setFocusTopics(ctx, 'en', [], await person('editor', []))).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      });

      it('an account that is not an admin cannot be saved without an edition', async () => {
        const admin = SYSTEM;
        const accounts = { store: handle.store, now: ctx.now, hashPassword: async (p: string) => `hash:${p}` };
        await expect(createUser(accounts, { email: 'nowhere@test.example', name: 'No Edition', role: 'editor', password: 'a long enough password' }, admin))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field: 'editionCodes' } });
        const user = await createUser(accounts, { email: 'en@test.example', name: 'English', role: 'editor', password: 'a long enough password', editionCodes: ['en'] }, admin);
        await expect(updateUser(accounts, user.id, { editionCodes: [] }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
        await expect(updateUser(accounts, user.id, { role: 'admin', editionCodes: [] }, admin)).resolves.toMatchObject({ role: 'admin' });
        await expect(createUser(accounts, { email: 'x@test.example', name: 'X', role: 'reporter', password: 'a long enough password', editionCodes: ['en'] }, await person('editor', ['en'])))
          .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        const audit = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
        expect(audit.items.map((e) => e.action)).toEqual(['user_updated', 'user_created']);
      });
    });

    describe('hole 6: unknown or duplicate references are 422 naming the field', () => {
      const cases: [string, () => Record<string, unknown>][] = [
        ['topicIds', () => ({ topicIds: [ids.topicId, ids.topicId] })],
        ['topicIds', () => ({ topicIds: [987_654] })],
        ['authorIds', () => ({ authorIds: [987_654] })],
        ['authorIds', () => ({ authorIds: [ids.authorIds[0], ids.authorIds[0]] })],
        ['agencyIds', () => ({ agencyIds: [987_654] })],
        ['agencyIds', () => ({ agencyIds: [ids.agencyIds[1], ids.agencyIds[1]] })],
        ['leadImageId', () => ({ leadImageId: 987_654 })],
        ['body', () => ({ body: [{ type: 'image', imageId: 987_654 }] })],
        ['sectionId', () => ({ sectionId: 987_654 })],
      ];
      it.each(cases)('%s', async (field, fields) => {
        await expect(createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'x', body: [], ...fields() }, SYSTEM))
          .rejects.toMatchObject({ code: 'HERALD_VALIDATION', status: 422, details: { field } });
        const id = await createArticle(ctx, { editionCode: 'en', sectionId: ids.sectionId, headline: 'x', body: [] }, SYSTEM);
        await expect(updateArticle(ctx, id, 1, fields(), SYSTEM)).rejects.toMatchObject({ code: 'HERALD_VALIDATION', details: { field } });
      });
    });

    it('wire alerts are acknowledged by an editor of the article\'s edition, once, with an audit entry', async () => {
      const id = await publishedIn('en');
      const alertId = await handle.store.transaction((tx) =>
        tx.insertWireAlert({ articleId: id, guid: 'urn:test:1', version: 2, kind: 'canceled', message: 'Killed.', createdAt: '2026-06-01T11:00:00.000Z' }),
      );
      await expect(acknowledgeWireAlert(ctx, { alertId, actor: await person('reporter', ['en']) })).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(acknowledgeWireAlert(ctx, { alertId, actor: await person('editor', ['ar']) })).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      const editor = await person('editor', ['en']);
      expect((await acknowledgeWireAlert(ctx, { alertId, actor: editor })).acknowledgedAt).toBe('2026-06-01T12:00:00.000Z');
      await acknowledgeWireAlert(ctx, { alertId, actor: editor });
      expect(events.filter((e) => e.type === 'wire.alert_acknowledged')).toHaveLength(1);
      const audit = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
      expect(audit.items.filter((e) => e.action === 'wire_alert_acknowledged')).toHaveLength(1);
    });
  });
}
