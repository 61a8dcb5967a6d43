/**
 * Author records through the curation operations, on every store: only
 * admins create or change them, every change is audited and tells every
 * edition (bylines and author pages show in all), slugs stay unique.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { SYSTEM, type Role } from '../../src/domain/identity.js';
import type { OperationContext } from '../../src/operations/context.js';
import { createAuthor, updateAuthor } from '../../src/operations/curate-edition.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const EDITIONS = ['en', 'ar'];

for (const kind of testStoreKinds) {
  describe(`author records on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: OperationContext;
    let events: HeraldEvent[];
    const person = (role: Role) => actingAs(handle.store, role, EDITIONS);
    const author = async (id: number) => (await handle.store.getAuthors([id]))[0];

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      ({ ctx, events } = recordingContext(handle.store, () => new Date('2026-06-01T12:00:00.000Z')));
    });
    afterEach(async () => handle.dispose());

    it('gives every author a slug from the name, unique even when names are the same', async () => {
      expect((await author(ids.authorIds[0]!))?.slug).toBe('erika-stein');
      const twin = await createAuthor(ctx, { name: 'Erika Stein', bio: '' }, EDITIONS, SYSTEM);
      const third = await createAuthor(ctx, { name: 'Érika  Stein!', bio: '' }, EDITIONS, SYSTEM);
      const arabic = await createAuthor(ctx, { name: 'نادية الخوري', initials: 'نخ', bio: '' }, EDITIONS, SYSTEM);
      expect((await author(twin))?.slug).toBe('erika-stein-2');
      expect((await author(third))?.slug).toBe('erika-stein-3');
      expect((await author(arabic))?.slug).toBe('نادية-الخوري');
    });

    it('refuses reporters and editors, for creating and for changing an author', async () => {
      for (const role of ['reporter', 'editor'] as const) {
        const actor = await person(role);
        await expect(updateAuthor(ctx, ids.authorIds[0]!, { title: 'Chief' }, EDITIONS, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(createAuthor(ctx, { name: 'New Person', bio: '' }, EDITIONS, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      }
      expect((await author(ids.authorIds[0]!))?.title).toBe('');
      expect(events).toEqual([]);
    });

    it('lets an admin change name, role, bio, picture and slug, audited, telling every edition', async () => {
      const admin = await person('admin');
      await updateAuthor(ctx, ids.authorIds[0]!, { name: 'Erika Stein-Berg', title: 'Correspondent, Brussels', bio: 'Covers the EU.', imageId: ids.imageId, slug: 'erika' }, EDITIONS, admin);
      expect(await author(ids.authorIds[0]!)).toMatchObject({
        name: 'Erika Stein-Berg', title: 'Correspondent, Brussels', bio: 'Covers the EU.', imageId: ids.imageId, slug: 'erika', initials: 'es',
      });
      expect(events.filter((e) => e.type === 'curation.changed').map((e) => (e as { editionCode: string }).editionCode).sort()).toEqual(['ar', 'en']);
      const audit = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
      expect(audit.items[0]).toMatchObject({ userId: admin.userId, action: 'curated' });
      expect(audit.items[0]?.details).toMatch(/author/);
      await updateAuthor(ctx, ids.authorIds[0]!, { imageId: null }, EDITIONS, admin);
      expect((await author(ids.authorIds[0]!))?.imageId).toBeNull();
    });

    it('refuses a slug another author has, a malformed slug, bad initials and an unknown picture or author', async () => {
      const admin = await person('admin');
      const [first, second] = ids.authorIds as [number, number];
      await expect(updateAuthor(ctx, second, { slug: 'erika-stein' }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await expect(updateAuthor(ctx, second, { slug: 'Not a slug' }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(updateAuthor(ctx, second, { initials: 'toolonginitials' }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(updateAuthor(ctx, second, { imageId: 999_999 }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(updateAuthor(ctx, 999_999, { title: 'x' }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      await expect(createAuthor(ctx, { name: 'Pic Less', bio: '', imageId: 999_999 }, EDITIONS, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      expect((await author(second))?.slug).toBe('wanda-maria-dale');
      expect((await author(first))?.slug).toBe('erika-stein');
      // Keeping one's own slug is not a conflict.
      await updateAuthor(ctx, first, { slug: 'erika-stein', title: 'Reporter' }, EDITIONS, admin);
      expect((await author(first))?.title).toBe('Reporter');
    });
  });
}
