/**
 * The rules behind the structure and users screens, at the operation level on
 * every store: who may change what (admins the structure and accounts, editors
 * "In focus" and section order in their editions), nesting one level deep
 * within one edition, agency renames, and accounts (disable, reset password)
 * ending sessions — each change audited.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { SYSTEM, type Role } from '../../src/domain/identity.js';
import type { OperationContext } from '../../src/operations/context.js';
import {
  createAgency, createSection, setFocusTopics, setSectionOrder, updateAgency, updateSection,
} from '../../src/operations/curate-edition.js';
import { createUser, updateUser, type AccountContext } from '../../src/operations/manage-users.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`structure and account administration on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    let accounts: AccountContext;
    const person = (role: Role, editionCodes: string[]) => actingAs(handle.store, role, editionCodes);
    const lastAudit = async () => (await handle.store.accounts.listAudit({ limit: 1, offset: 0 })).items[0];
    const sectionsOf = (code: string) => handle.store.listSections(code);

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      ({ ctx, events } = recordingContext(handle.store, () => new Date('2026-06-01T12:00:00.000Z')));
      accounts = { store: handle.store, now: ctx.now, hashPassword: async (p: string) => `hash:${p}` };
    });
    afterEach(async () => handle.dispose());

    it('an editor cannot create or change sections, agencies or users', async () => {
      const editor = await person('editor', ['en', 'ar']);
      await expect(createSection(ctx, { editionCode: 'en', parentId: null, slug: 'sport', name: 'Sport', description: '' }, editor))
        .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(updateSection(ctx, ids.sectionId, 'en', { name: 'Planet' }, editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(updateAgency(ctx, ids.agencyIds[0]!, { name: 'Renamed' }, ['en', 'ar'], editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await expect(createUser(accounts, { email: 'new@test.example', name: 'New', role: 'reporter', password: 'a long enough password', editionCodes: ['en'] }, editor))
        .rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      const target = await person('reporter', ['en']);
      await expect(updateUser(accounts, target.userId!, { disabled: true }, editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      expect((await sectionsOf('en')).map((s) => s.name)).toEqual(['World', 'Europe']);
      expect(events).toEqual([]);
    });

    it('an editor reorders "In focus" and sections only in their own editions', async () => {
      const editor = await person('editor', ['en']);
      await setFocusTopics(ctx, 'en', [], editor);
      expect((await handle.store.listTopics('en'))[0]!.focusPosition).toBeNull();
      await expect(setFocusTopics(ctx, 'ar', [], editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      await setSectionOrder(ctx, 'en', [ids.childSectionId, ids.sectionId], editor);
      expect((await sectionsOf('en')).find((s) => s.id === ids.sectionId)!.position).toBe(1);
      await expect(setSectionOrder(ctx, 'ar', [ids.otherSectionId], editor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      expect(events.map((e) => e.type)).toEqual(['curation.changed', 'curation.changed']);
    });

    it('an admin renames, describes and nests a section under a top-level one of the same edition; the path follows', async () => {
      const admin = await person('admin', []);
      const sport = await createSection(ctx, { editionCode: 'en', parentId: null, slug: 'sport', name: 'Sport', description: '' }, admin);
      await updateSection(ctx, sport, 'en', { name: 'Sports', description: 'Games and races', parentId: ids.sectionId }, admin);
      const nested = (await sectionsOf('en')).find((s) => s.id === sport)!;
      expect(nested).toMatchObject({ name: 'Sports', description: 'Games and races', parentId: ids.sectionId, path: 'world/sport' });
      expect((await lastAudit())!.details).toContain(`changed section ${sport}, parent ${ids.sectionId}`);
      await updateSection(ctx, sport, 'en', { parentId: null }, admin);
      expect((await sectionsOf('en')).find((s) => s.id === sport)).toMatchObject({ parentId: null, path: 'sport' });
      expect(events.filter((e) => e.type === 'curation.changed')).toHaveLength(3);
    });

    it('nesting is refused across editions, under a subsection, under itself, or for a section with subsections (422)', async () => {
      const admin = await person('admin', []);
      const sport = await createSection(ctx, { editionCode: 'en', parentId: null, slug: 'sport', name: 'Sport', description: '' }, admin);
      await expect(updateSection(ctx, sport, 'en', { parentId: ids.otherSectionId }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(updateSection(ctx, sport, 'en', { parentId: ids.childSectionId }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(updateSection(ctx, sport, 'en', { parentId: sport }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      // World has Europe under it: nesting World under Sport would make three levels (and World > Sport > World a cycle).
      await expect(updateSection(ctx, ids.sectionId, 'en', { parentId: sport }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      expect((await sectionsOf('en')).find((s) => s.id === sport)).toMatchObject({ parentId: null, path: 'sport' });
    });

    it('moving a section where one of that path exists is a conflict', async () => {
      const admin = await person('admin', []);
      const europe = await createSection(ctx, { editionCode: 'en', parentId: null, slug: 'europe', name: 'Europe (top)', description: '' }, admin);
      await expect(updateSection(ctx, europe, 'en', { parentId: ids.sectionId }, admin)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
    });

    it('an admin renames an agency (the code stays), audited; an unknown one is 404', async () => {
      const admin = await person('admin', []);
      const id = await createAgency(ctx, { code: 'HRW', name: 'Herald Wire' }, ['en', 'ar'], admin);
      await updateAgency(ctx, id, { name: 'Herald Wire Service' }, ['en', 'ar'], admin);
      expect((await handle.store.getAgencies([id]))[0]).toMatchObject({ code: 'HRW', name: 'Herald Wire Service' });
      expect((await lastAudit())!.details).toBe(`changed agency ${id}`);
      await expect(updateAgency(ctx, 987_654, { name: 'Nobody' }, ['en'], admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
    });

    it('disabling a user ends their sessions; an admin cannot disable themself; enabling is audited', async () => {
      const admin = await person('admin', []);
      const user = await createUser(accounts, { email: 'desk@test.example', name: 'Desk', role: 'reporter', password: 'a long enough password', editionCodes: ['en'] }, admin);
      await handle.store.accounts.insertSession({
        id: 'session-of-desk', userId: user.id, csrfToken: 't', createdAt: '2026-06-01T11:00:00.000Z', expiresAt: '2026-06-01T23:00:00.000Z', lastSeenAt: '2026-06-01T11:00:00.000Z',
      });
      await expect(updateUser(accounts, admin.userId!, { disabled: true }, admin)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      const disabled = await updateUser(accounts, user.id, { disabled: true }, admin);
      expect(disabled.disabledAt).toBe('2026-06-01T12:00:00.000Z');
      expect(await handle.store.accounts.findSession('session-of-desk')).toBeNull();
      expect((await lastAudit())!.details).toContain('disabled');
      expect((await updateUser(accounts, user.id, { disabled: false }, admin)).disabledAt).toBeNull();
      expect((await lastAudit())!.details).toContain('enabled');
    });

    it('an admin resets a password under the policy; the user\'s sessions end; role and editions change together', async () => {
      const admin = await person('admin', []);
      const user = await createUser(accounts, { email: 'pw@test.example', name: 'Pw', role: 'reporter', password: 'a long enough password', editionCodes: ['en'] }, admin);
      await handle.store.accounts.insertSession({
        id: 'session-of-pw', userId: user.id, csrfToken: 't', createdAt: '2026-06-01T11:00:00.000Z', expiresAt: '2026-06-01T23:00:00.000Z', lastSeenAt: '2026-06-01T11:00:00.000Z',
      });
      await expect(updateUser(accounts, user.id, { password: 'short' }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION', message: expect.stringContaining('12 characters') });
      expect(await handle.store.accounts.findSession('session-of-pw')).not.toBeNull();
      await updateUser(accounts, user.id, { password: 'another long password' }, admin);
      expect(await handle.store.accounts.findSession('session-of-pw')).toBeNull();
      expect((await handle.store.accounts.getUser(user.id))!.passwordHash).toBe('hash:another long password');
      expect((await lastAudit())!.details).toContain('password');
      const promoted = await updateUser(accounts, user.id, { role: 'editor', editionCodes: ['en', 'ar'] }, admin);
      expect(promoted).toMatchObject({ role: 'editor', editionCodes: ['en', 'ar'] });
      await expect(updateUser(accounts, user.id, { editionCodes: ['xx'] }, SYSTEM)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    });
  });
}
