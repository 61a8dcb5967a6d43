/**
 * The sign-in, resume and sign-out operations on every store kind, with a
 * fake password port (no argon2 here: src/auth/passwords.ts has its own test)
 * and a hand-driven clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/operations/ports.js';
import { sessionIdOf } from '../../src/operations/session-tokens.js';
import { resumeSession, signIn, signOut, SESSION_TTL_MS, type PasswordVerifier, type SessionContext } from '../../src/operations/sessions.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const EVER = '1970-01-01T00:00:00.000Z';

/** "hash:<password>" verifies that password; records which check ran, for the timing rule. */
function fakePasswords(calls: string[]): PasswordVerifier {
  return {
    verify: async (hash, password) => {
      calls.push('verify');
      return hash === `hash:${password}`;
    },
    verifyDecoy: async () => {
      calls.push('decoy');
      return false;
    },
  };
}

/** The store, except that inserting a session inside a transaction fails (a full disk, a lost connection). */
function failingSessionInsert(store: Store): Store {
  return {
    ...store,
    transaction: (work) =>
      store.transaction((tx) => work({ ...tx, accounts: { ...tx.accounts, insertSession: async () => { throw new Error('disk full'); } } })),
  };
}

for (const kind of testStoreKinds) {
  describe(`session operations on ${kind.name}`, () => {
    let handle: TestStore;
    let clock = Date.parse('2026-03-01T12:00:00.000Z');
    const calls: string[] = [];
    let ctx: SessionContext;
    let userId: number;
    const ip = '192.0.2.50';
    beforeAll(async () => {
      handle = await kind.open();
      ctx = { store: handle.store, now: () => new Date(clock), passwords: fakePasswords(calls) };
      userId = await handle.store.accounts.insertUser({
        email: 'ops@herald.example', name: 'Ops', role: 'admin', passwordHash: 'hash:right password', editionCodes: [], authorId: null, createdAt: new Date(clock).toISOString(),
      });
    });
    afterAll(async () => handle.dispose());

    it('runs exactly one password check on every path: the decoy for an unknown email, the real one otherwise', async () => {
      calls.length = 0;
      await expect(signIn(ctx, { email: 'nobody@herald.example', password: 'x', ip })).rejects.toMatchObject({ code: 'HERALD_UNAUTHENTICATED' });
      expect(calls).toEqual(['decoy']);
      calls.length = 0;
      await expect(signIn(ctx, { email: 'ops@herald.example', password: 'wrong', ip })).rejects.toMatchObject({ code: 'HERALD_UNAUTHENTICATED' });
      expect(calls).toEqual(['verify']);
      const audit = await handle.store.accounts.listAudit({ limit: 10, offset: 0 });
      expect(audit.items.filter((e) => e.action === 'login_failed').map((e) => e.details)).toEqual([
        `Wrong password for ops@herald.example from ${ip}`,
        `Unknown email for nobody@herald.example from ${ip}`,
      ]);
    });

    it('signs in, resumes (sliding the expiry once a minute has passed) and signs out', async () => {
      const signedIn = await signIn(ctx, { email: 'OPS@herald.example', password: 'right password', ip });
      expect(signedIn.user.id).toBe(userId);
      expect(await handle.store.accounts.loginFailuresSince({ email: 'ops@herald.example' }, EVER)).toHaveLength(1);
      expect((await resumeSession(ctx, signedIn.token))?.session.refreshed).toBe(false);
      clock += 2 * 60_000;
      const resumed = await resumeSession(ctx, signedIn.token);
      expect(resumed?.session).toMatchObject({ refreshed: true, expiresAt: new Date(clock + SESSION_TTL_MS).toISOString() });
      await signOut(ctx, signedIn.session.id);
      expect(await resumeSession(ctx, signedIn.token)).toBeNull();
    });

    it('writes a sign-in all or nothing: when the new session cannot be stored, the old session and the counted attempt stay', async () => {
      const before = await signIn(ctx, { email: 'ops@herald.example', password: 'right password', ip });
      const failuresBefore = await handle.store.accounts.loginFailuresSince({ ip }, EVER);
      const broken = { ...ctx, store: failingSessionInsert(handle.store) };
      await expect(signIn(broken, { email: 'ops@herald.example', password: 'right password', ip, previousToken: before.token })).rejects.toThrow('disk full');
      expect(await handle.store.accounts.findSession(sessionIdOf(before.token))).not.toBeNull();
      expect(await handle.store.accounts.loginFailuresSince({ ip }, EVER)).toHaveLength(failuresBefore.length + 1);
    });
  });
}
