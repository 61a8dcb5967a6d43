import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePassword, seedDemoAccounts } from '../../src/auth/demo-accounts.js';
import { verifyPassword } from '../../src/auth/passwords.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

describe('generatePassword', () => {
  it('makes 20 unambiguous random characters', () => {
    const passwords = new Set(Array.from({ length: 50 }, () => generatePassword()));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});

for (const kind of testStoreKinds) {
  describe(`demo accounts on ${kind.name}`, () => {
    let handle: TestStore;
    beforeAll(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
    });
    afterAll(async () => handle.dispose());

    it('creates one account per role into an empty users table, printing each password once', async () => {
      const lines: string[] = [];
      const authors = [{ id: 1, name: 'Elena Sørensen' }, { id: 2, name: 'Wiebke Marlene Dahl' }];
      expect(await seedDemoAccounts(handle.store, (line) => lines.push(line), { authors })).toBe(3);
      expect(lines).toHaveLength(3);
      const users = await handle.store.accounts.listUsers();
      expect(users.map((u) => [u.email, u.role, u.editionCodes, u.authorId])).toEqual([
        ['admin@herald.example', 'admin', [], null],
        // The fixture newsroom has no German edition, so the demo editor gets the two that exist.
        ['editor@herald.example', 'editor', ['en', 'ar'], 2],
        ['reporter@herald.example', 'reporter', ['en'], 1],
      ]);
      for (const [i, user] of users.entries()) {
        const match = /^Demo account: (\S+) \/ (\S{20}) \((\w+)\)$/.exec(lines[i] ?? '');
        expect(match?.[1]).toBe(user.email);
        expect(match?.[3]).toBe(user.role);
        expect(await verifyPassword(user.passwordHash, match?.[2] ?? '')).toBe(true);
        expect(user.passwordHash).not.toContain(match?.[2]);
      }
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.filter((e) => e.action === 'user_created')).toHaveLength(3);
    });

    it('does nothing when users already exist', async () => {
      const lines: string[] = [];
      expect(await seedDemoAccounts(handle.store, (line) => lines.push(line))).toBe(0);
      expect(lines).toEqual([]);
      expect(await handle.store.accounts.countUsers()).toBe(3);
    });
  });
}
