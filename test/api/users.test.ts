/** The users API (admins only) against the real server, on every store kind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUser } from '../../src/api/admin/admin-user.js';
import { login, postLogin, signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const errorCode = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

const newUser = (email: string, extra: Record<string, unknown> = {}) => ({
  email, name: 'New Person', role: 'reporter', password: 'a long enough password', editionCodes: ['en'], ...extra,
});

for (const kind of testStoreKinds) {
  describe(`users API on ${kind.name}`, () => {
    let running: RunningApp;
    let admin: AdminClient;
    beforeAll(async () => {
      running = await startTestApp(kind);
      admin = await signInAs(running, 'admin');
    });
    afterAll(async () => running?.stop());

    it('is for admins only: anonymous 401, reporter 403, editor 403, admin 200', async () => {
      const reporter = await signInAs(running, 'reporter', { editionCodes: ['en'] });
      const editor = await signInAs(running, 'editor');
      expect((await running.get('/api/admin/users')).status).toBe(401);
      for (const client of [reporter, editor]) {
        expect((await client.request('GET', '/api/admin/users')).status).toBe(403);
        const create = await client.request('POST', '/api/admin/users', newUser(`x-${client.user.role}@herald.example`));
        expect(create.status).toBe(403);
        expect(await errorCode(create)).toBe('HERALD_FORBIDDEN');
        expect((await client.request('PATCH', `/api/admin/users/${client.user.id}`, { role: 'admin' })).status).toBe(403);
      }
      expect(await running.app.store.accounts.findUserByEmail('x-reporter@herald.example')).toBeNull();
      const list = await admin.request('GET', '/api/admin/users');
      expect(list.status).toBe(200);
      const { items } = (await list.json()) as { items: AdminUser[] };
      expect(items.map((u) => u.email)).toEqual(expect.arrayContaining(['admin@herald.example', admin.user.email, reporter.user.email]));
      expect(JSON.stringify(items)).not.toMatch(/argon2|passwordHash/);
    });

    it('creates a user (201) who can then sign in, and audits it', async () => {
      const response = await admin.request('POST', '/api/admin/users', newUser('New.Person@Herald.Example', { editionCodes: ['en', 'de'] }));
      expect(response.status).toBe(201);
      const created = (await response.json()) as AdminUser;
      expect(created).toMatchObject({ email: 'new.person@herald.example', role: 'reporter', editionCodes: ['en', 'de'], authorId: null, disabledAt: null });
      expect(created).not.toHaveProperty('passwordHash');
      const client = await login(running, 'new.person@herald.example', 'a long enough password');
      expect(client.user.id).toBe(created.id);
      const audit = await running.app.store.accounts.listAudit({ limit: 20, offset: 0 });
      expect(audit.items.find((e) => e.action === 'user_created' && e.details.includes('new.person@'))).toMatchObject({ userId: admin.user.id });
    });

    it('answers 409 for an email that exists in any letter case', async () => {
      expect((await admin.request('POST', '/api/admin/users', newUser('dup@herald.example'))).status).toBe(201);
      const again = await admin.request('POST', '/api/admin/users', newUser('DUP@herald.example'));
      expect(again.status).toBe(409);
      expect(await errorCode(again)).toBe('HERALD_CONFLICT');
    });

    it.each([
      ['a short password', { password: 'short' }],
      ['an unknown role', { role: 'owner' }],
      ['an unknown edition', { editionCodes: ['xx'] }],
      ['an unknown author', { authorId: 999_999 }],
      ['a bad email', { email: 'nobody' }],
    ])('refuses %s with 422', async (_what, extra) => {
      const response = await admin.request('POST', '/api/admin/users', newUser(`bad-${Math.random()}@herald.example`, extra));
      expect(response.status).toBe(422);
      expect(await errorCode(response)).toBe('HERALD_VALIDATION');
    });

    it('changes role, name, editions and author with PATCH', async () => {
      const [author] = await running.app.store.listAuthors();
      const created = (await (await admin.request('POST', '/api/admin/users', newUser('patch@herald.example'))).json()) as AdminUser;
      const response = await admin.request('PATCH', `/api/admin/users/${created.id}`, {
        role: 'editor', name: 'Promoted Person', editionCodes: ['en', 'ar'], authorId: author?.id,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: created.id, role: 'editor', name: 'Promoted Person', editionCodes: ['en', 'ar'], authorId: author?.id });
      const client = await login(running, 'patch@herald.example', 'a long enough password');
      expect(client.user.role).toBe('editor');
    });

    it('disabling a user ends their sessions and stops their sign-in; enabling lets them back', async () => {
      const created = (await (await admin.request('POST', '/api/admin/users', newUser('disable@herald.example'))).json()) as AdminUser;
      const client = await login(running, 'disable@herald.example', 'a long enough password');
      const disabled = await admin.request('PATCH', `/api/admin/users/${created.id}`, { disabled: true });
      expect(disabled.status).toBe(200);
      expect(((await disabled.json()) as AdminUser).disabledAt).toMatch(/^\d{4}-/);
      expect((await client.request('GET', '/api/admin/session')).status).toBe(401);
      expect((await postLogin(running, 'disable@herald.example', 'a long enough password')).status).toBe(401);
      expect((await admin.request('PATCH', `/api/admin/users/${created.id}`, { disabled: false })).status).toBe(200);
      expect((await postLogin(running, 'disable@herald.example', 'a long enough password')).status).toBe(200);
    });

    it('a new password ends the user’s other sessions; the old password stops working', async () => {
      const created = (await (await admin.request('POST', '/api/admin/users', newUser('rekey@herald.example'))).json()) as AdminUser;
      const client = await login(running, 'rekey@herald.example', 'a long enough password');
      expect((await admin.request('PATCH', `/api/admin/users/${created.id}`, { password: 'short' })).status).toBe(422);
      expect((await admin.request('PATCH', `/api/admin/users/${created.id}`, { password: 'a brand new password' })).status).toBe(200);
      expect((await client.request('GET', '/api/admin/session')).status).toBe(401);
      expect((await postLogin(running, 'rekey@herald.example', 'a long enough password')).status).toBe(401);
      expect((await postLogin(running, 'rekey@herald.example', 'a brand new password')).status).toBe(200);
    });

    it('an admin changing their own password keeps their current session', async () => {
      const self = await signInAs(running, 'admin');
      expect((await self.request('PATCH', `/api/admin/users/${self.user.id}`, { password: 'my own new password' })).status).toBe(200);
      expect((await self.request('GET', '/api/admin/session')).status).toBe(200);
    });

    it('will not let an admin disable or demote themselves (409)', async () => {
      const disable = await admin.request('PATCH', `/api/admin/users/${admin.user.id}`, { disabled: true });
      expect(disable.status).toBe(409);
      expect((await admin.request('PATCH', `/api/admin/users/${admin.user.id}`, { role: 'editor' })).status).toBe(409);
      expect((await admin.request('GET', '/api/admin/users')).status).toBe(200);
    });

    it('answers 404 for an unknown user, 422 for a bad id or unknown field', async () => {
      expect((await admin.request('PATCH', '/api/admin/users/999999', { name: 'Nobody' })).status).toBe(404);
      expect((await admin.request('PATCH', '/api/admin/users/abc', { name: 'Nobody' })).status).toBe(422);
      expect((await admin.request('PATCH', `/api/admin/users/${admin.user.id}`, { email: 'new@herald.example' })).status).toBe(422);
    });

    it('requires the CSRF token to create or change users', async () => {
      const response = await admin.request('POST', '/api/admin/users', newUser('csrf@herald.example'), { csrf: false });
      expect(response.status).toBe(403);
      expect(await running.app.store.accounts.findUserByEmail('csrf@herald.example')).toBeNull();
    });
  });
}
