/** The account store's queries on every store kind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/storage/account-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const at = '2026-03-01T12:00:00.000Z';
const newUser = (email: string, role: 'reporter' | 'editor' | 'admin' = 'reporter') => ({
  email, name: 'Ann Example', role, passwordHash: '$argon2id$fake', editionCodes: ['en', 'ar'], authorId: null, createdAt: at,
});

for (const kind of testStoreKinds) {
  describe(`account store on ${kind.name}`, () => {
    let handle: TestStore;
    let authorId: number;
    beforeAll(async () => {
      handle = await kind.open();
      authorId = (await insertFixtureNewsroom(handle.store)).authorIds[0] as number;
    });
    afterAll(async () => handle.dispose());

    it('stores emails lower-cased, finds them case-insensitively and refuses duplicates with HERALD_CONFLICT', async () => {
      const accounts = handle.store.accounts;
      const id = await accounts.insertUser({ ...newUser(' Ann@Example.ORG '), authorId });
      const found = await accounts.findUserByEmail('ANN@example.org');
      expect(found).toMatchObject({ id, email: 'ann@example.org', role: 'reporter', editionCodes: ['en', 'ar'], authorId, disabledAt: null });
      await expect(accounts.insertUser(newUser('ann@EXAMPLE.org'))).rejects.toMatchObject({ code: 'HERALD_CONFLICT', status: 409 });
      expect(await accounts.countUsers()).toBe(1);
    });

    it('updates only the given fields and reports a missing user', async () => {
      const accounts = handle.store.accounts;
      const id = await accounts.insertUser(newUser('bob@example.org', 'editor'));
      expect(await accounts.updateUser(id, { role: 'admin', editionCodes: [], disabledAt: at })).toBe(true);
      expect(await accounts.getUser(id)).toMatchObject({ role: 'admin', editionCodes: [], name: 'Ann Example', disabledAt: at });
      expect(await accounts.updateUser(id, {})).toBe(true);
      expect(await accounts.updateUser(999_999, { name: 'Nobody' })).toBe(false);
      expect(await accounts.getUser(999_999)).toBeNull();
      expect(await accounts.userNames([id, id, 999_999])).toEqual(new Map([[id, 'Ann Example']]));
      expect(await accounts.userNames([])).toEqual(new Map());
    });

    it('joins a session with its user, slides it, and deletes sessions per user', async () => {
      const accounts = handle.store.accounts;
      const userId = await accounts.insertUser(newUser('carl@example.org'));
      const session = { id: 'a'.repeat(64), userId, csrfToken: 'csrf', createdAt: at, expiresAt: '2026-03-02T00:00:00.000Z', lastSeenAt: at };
      await accounts.insertSession(session);
      await accounts.insertSession({ ...session, id: 'b'.repeat(64) });
      expect(await accounts.findSession('a'.repeat(64))).toEqual({ session, user: expect.objectContaining({ id: userId, email: 'carl@example.org' }) });
      await accounts.touchSession(session.id, '2026-03-01T13:00:00.000Z', '2026-03-02T01:00:00.000Z');
      expect((await accounts.findSession(session.id))?.session).toMatchObject({ lastSeenAt: '2026-03-01T13:00:00.000Z', expiresAt: '2026-03-02T01:00:00.000Z' });
      await accounts.deleteUserSessions(userId, session.id);
      expect(await accounts.findSession('b'.repeat(64))).toBeNull();
      expect(await accounts.findSession(session.id)).not.toBeNull();
      await accounts.deleteExpiredSessions('2026-03-02T01:00:00.000Z');
      expect(await accounts.findSession(session.id)).toBeNull();
    });

    it('appends audit rows and lists them newest first with the user name', async () => {
      const accounts = handle.store.accounts;
      const userId = await accounts.insertUser({ ...newUser('dora@example.org'), name: 'Dora' });
      await accounts.recordAudit({ at: '2026-03-01T10:00:00.000Z', userId, action: 'login_failed', articleId: null, details: 'first' });
      await accounts.recordAudit({ at: '2026-03-01T11:00:00.000Z', userId: null, action: 'deleted', articleId: 42, details: 'second' });
      const { items, total } = await accounts.listAudit({ limit: 10, offset: 0 });
      expect(total).toBe(2);
      expect(items.map((e) => e.details)).toEqual(['second', 'first']);
      expect(items[1]).toMatchObject({ userId, userName: 'Dora', action: 'login_failed', articleId: null });
      expect(items[0]).toMatchObject({ userId: null, userName: null, action: 'deleted', articleId: 42 });
      expect((await accounts.listAudit({ limit: 1, offset: 1 })).items.map((e) => e.details)).toEqual(['first']);
    });
  });
}

describe('recordAudit with a transaction', () => {
  it('commits and rolls back with the caller', async () => {
    const opened = openSqlite(':memory:');
    await migrateToLatest(opened.db, opened.dialect);
    const entry = { at, userId: null, action: 'published' as const, articleId: 7, details: 'in a transaction' };
    await opened.db.transaction().execute((trx) => recordAudit(trx, entry));
    await opened.db
      .transaction()
      .execute(async (trx) => {
        await recordAudit(trx, { ...entry, details: 'rolled back' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    const rows = await opened.db.selectFrom('audit_log').select('details').execute();
    expect(rows.map((r) => r.details)).toEqual(['in a transaction']);
    await opened.close();
  });
});
