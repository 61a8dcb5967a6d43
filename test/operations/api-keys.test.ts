/**
 * Content API keys on every store kind: only admins (or the system) create,
 * list and revoke; the key is returned once and stored only as its sha256;
 * a revoked key no longer resolves; every change is audited in the same
 * transaction (a failing audit write leaves no key behind).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM, userActor, type Role, type SessionUser } from '../../src/domain/identity.js';
import { createApiKey, hashApiKey, listApiKeys, resolveApiKey, revokeApiKey, type ApiKeyContext } from '../../src/operations/api-keys.js';
import type { Store } from '../../src/operations/ports.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const person = (role: Role, id: number): SessionUser => ({ id, email: `${role}@test.example`, name: role, role, editionCodes: ['en'], authorId: null });

for (const kind of testStoreKinds) {
  describe(`API key operations on ${kind.name}`, () => {
    let handle: TestStore;
    let ctx: ApiKeyContext;
    const at = new Date('2026-06-01T10:00:00.000Z');
    let admin: ReturnType<typeof userActor>;

    beforeAll(async () => {
      handle = await kind.open();
      ctx = { store: handle.store, now: () => at };
      const id = await handle.store.accounts.insertUser({
        email: 'keys-admin@test.example', name: 'Keys Admin', role: 'admin', passwordHash: 'x', editionCodes: [], authorId: null, createdAt: at.toISOString(),
      });
      admin = userActor(person('admin', id));
    });
    afterAll(async () => handle?.dispose());

    it('creates a key shown once, stored only as its hash, and audited', async () => {
      const { key, record } = await createApiKey(ctx, { name: '  Mobile app  ' }, admin);
      expect(key).toMatch(/^hk_[A-Za-z0-9_-]{43}$/);
      expect(record).toMatchObject({ name: 'Mobile app', createdAt: at.toISOString(), createdBy: admin.userId, revokedAt: null });
      expect(key.startsWith(record.prefix)).toBe(true);
      expect(record.prefix.length).toBeLessThan(12);
      expect(JSON.stringify(await listApiKeys(ctx, admin))).not.toContain(key);
      expect((await handle.store.apiKeys.findActiveApiKey(hashApiKey(key)))?.id).toBe(record.id);
      expect((await resolveApiKey(ctx, key))?.id).toBe(record.id);
      const audit = await handle.store.accounts.listAudit({ limit: 5, offset: 0 });
      expect(audit.items[0]).toMatchObject({ action: 'api_key_created', userId: admin.userId });
      expect(audit.items[0]?.details).not.toContain(key);
    });

    it('resolves nothing for malformed, unknown or revoked keys, and refuses revoking twice', async () => {
      const { key, record } = await createApiKey(ctx, { name: 'Partner' }, SYSTEM);
      expect(await resolveApiKey(ctx, `${key}x`)).toBeNull();
      expect(await resolveApiKey(ctx, `hk_${'B'.repeat(43)}`)).toBeNull();
      expect(await resolveApiKey(ctx, '')).toBeNull();
      const revoked = await revokeApiKey(ctx, record.id, admin);
      expect(revoked.revokedAt).toBe(at.toISOString());
      expect(await resolveApiKey(ctx, key)).toBeNull();
      await expect(revokeApiKey(ctx, record.id, admin)).rejects.toMatchObject({ code: 'HERALD_CONFLICT' });
      await expect(revokeApiKey(ctx, 987_654, admin)).rejects.toMatchObject({ code: 'HERALD_NOT_FOUND' });
      expect((await handle.store.accounts.listAudit({ limit: 1, offset: 0 })).items[0]).toMatchObject({ action: 'api_key_revoked' });
    });

    it('lets only admins create, list and revoke', async () => {
      const { record } = await createApiKey(ctx, { name: 'Kept' }, admin);
      for (const role of ['reporter', 'editor'] as const) {
        const actor = userActor(person(role, 9000));
        await expect(createApiKey(ctx, { name: 'Nope' }, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(listApiKeys(ctx, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
        await expect(revokeApiKey(ctx, record.id, actor)).rejects.toMatchObject({ code: 'HERALD_FORBIDDEN' });
      }
      expect((await handle.store.apiKeys.getApiKey(record.id))?.revokedAt).toBeNull();
      await expect(createApiKey(ctx, { name: '   ' }, admin)).rejects.toMatchObject({ code: 'HERALD_VALIDATION' });
    });

    it('writes the key and its audit row together: a failing audit leaves no key', async () => {
      const failing: Store = {
        ...handle.store,
        transaction: (work) => handle.store.transaction((tx) => work({ ...tx, insertAudit: async () => { throw new Error('audit log unavailable'); } })),
      };
      const before = (await handle.store.apiKeys.listApiKeys()).length;
      await expect(createApiKey({ store: failing, now: () => at }, { name: 'Half' }, admin)).rejects.toThrow('audit log unavailable');
      expect((await handle.store.apiKeys.listApiKeys()).length).toBe(before);
    });
  });
}
