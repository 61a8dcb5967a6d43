/**
 * Edition footer links at the operation level on every store: admins set them
 * (validated, in order, audited, announced as `curation.changed` so the site
 * reloads and purges), editors and reporters are refused, and unsafe or
 * malformed addresses never reach the store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FooterLink } from '../../src/domain/edition-footer.js';
import type { HeraldEvent } from '../../src/domain/events.js';
import type { OperationContext } from '../../src/operations/context.js';
import { setFooterLinks } from '../../src/operations/edition-footer.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { actingAs, recordingContext } from '../helpers/operation-context.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const links: FooterLink[] = [
  { kind: 'imprint', label: 'Imprint', href: 'https://publisher.example/imprint' },
  { kind: 'privacy', label: ' Privacy ', href: '/en/privacy' },
  { kind: 'contact', label: 'Contact', href: 'mailto:desk@publisher.example' },
];

for (const kind of testStoreKinds) {
  describe(`edition footer links on ${kind.name}`, () => {
    let handle: TestStore;
    let ctx: OperationContext;
    let events: HeraldEvent[];

    beforeEach(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
      ({ ctx, events } = recordingContext(handle.store, () => new Date('2026-06-01T12:00:00.000Z')));
    });
    afterEach(async () => handle.dispose());

    it('an admin sets them: stored in order and trimmed, audited, announced for the edition', async () => {
      const admin = await actingAs(handle.store, 'admin', []);
      await setFooterLinks(ctx, 'en', links, admin);
      expect(await handle.store.footer.listFooterLinks('en')).toEqual([links[0], { ...links[1], label: 'Privacy' }, links[2]]);
      expect(await handle.store.footer.listFooterLinks('ar')).toEqual([]);
      expect(events).toEqual([{ type: 'curation.changed', editionCode: 'en', at: '2026-06-01T12:00:00.000Z' }]);
      const audit = (await handle.store.accounts.listAudit({ limit: 1, offset: 0 })).items[0];
      expect(audit).toMatchObject({ action: 'curated', userId: admin.userId, details: 'set footer links of en: imprint, privacy, contact' });
      await setFooterLinks(ctx, 'en', [links[2]!], admin);
      expect(await handle.store.footer.listFooterLinks('en')).toEqual([links[2]]);
    });

    it('refuses editors and reporters, even in their own edition, and changes nothing', async () => {
      for (const role of ['editor', 'reporter'] as const) {
        const person = await actingAs(handle.store, role, ['en']);
        await expect(setFooterLinks(ctx, 'en', links, person)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      }
      expect(await handle.store.footer.listFooterLinks('en')).toEqual([]);
      expect(events).toEqual([]);
    });

    it('refuses unsafe or malformed addresses and unknown editions, naming the link', async () => {
      const admin = await actingAs(handle.store, 'admin', []);
      for (const href of ['javascript:alert(1)', '//evil.example/x', 'imprint', 'https://', '/en/a b'])
        await expect(setFooterLinks(ctx, 'en', [links[0]!, { ...links[1]!, href }], admin)).rejects.toMatchObject({
          code: 'HERALD_VALIDATION', message: expect.stringMatching(/^Link 2: the address/),
        });
      await expect(setFooterLinks(ctx, 'en', [{ ...links[0]!, label: '  ' }], admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
      await expect(setFooterLinks(ctx, 'xx', links, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      expect(await handle.store.footer.listFooterLinks('en')).toEqual([]);
      expect(events).toEqual([]);
    });
  });
}
