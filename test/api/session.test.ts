/** POST/GET/DELETE /api/admin/session against the real server, on every store kind. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../src/api/admin/contract.js';
import { sessionIdOf } from '../../src/operations/session-tokens.js';
import { createTestUser, login, postLogin, sessionCookieFrom, TEST_PASSWORD } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const HOUR = 3_600_000;

for (const kind of testStoreKinds) {
  describe(`admin sessions on ${kind.name}`, () => {
    let running: RunningApp;
    let offset = 0;
    let user: { id: number; email: string; password: string };
    beforeAll(async () => {
      // The test client plays the reverse proxy: its X-Forwarded-* headers must count.
      running = await startTestApp(kind, { now: () => new Date(Date.now() + offset), env: { HERALD_TRUSTED_PROXIES: '127.0.0.1' } });
      user = await createTestUser(running.app.store.accounts, { role: 'editor', email: 'Ed@Herald.Example', editionCodes: ['en'] });
    });
    afterAll(async () => running?.stop());

    it('signs in with a JSON body: HttpOnly, SameSite=Lax, Path=/ cookie of 12 hours, the user and a CSRF token', async () => {
      const response = await postLogin(running, 'ED@herald.example', TEST_PASSWORD);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = (await response.json()) as SessionResponse;
      expect(body.user).toEqual({ id: user.id, email: 'ed@herald.example', name: 'Test editor', role: 'editor', editionCodes: ['en'], authorId: null });
      expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
      const [cookie] = response.headers.getSetCookie();
      expect(cookie).toMatch(/^herald_session=[\w-]{43}; /);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Lax/);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).toMatch(/; Max-Age=43200/);
      expect(cookie).not.toMatch(/Secure/);
    });

    it('marks the cookie Secure when the request came over HTTPS (X-Forwarded-Proto from the proxy)', async () => {
      const response = await postLogin(running, user.email, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(response.status).toBe(200);
      expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    });

    it('stores only a hash of the cookie token', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const token = client.cookie.split('=')[1] as string;
      expect(await running.app.store.accounts.findSession(token)).toBeNull();
      expect((await running.app.store.accounts.findSession(sessionIdOf(token)))?.session.csrfToken).toBe(client.csrfToken);
    });

    it('answers a wrong password and an unknown email with the same 401 and message, and audits both', async () => {
      const wrong = await postLogin(running, user.email, 'not the password at all', { 'x-forwarded-for': '198.51.100.20' });
      const unknown = await postLogin(running, 'nobody@herald.example', TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.20' });
      for (const response of [wrong, unknown]) {
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ error: { code: 'HERALD_UNAUTHENTICATED', message: 'Email or password is wrong.', requestId: response.headers.get('x-request-id') } });
        expect(sessionCookieFrom(response)).toBeUndefined();
      }
      const audit = (await running.app.store.accounts.listAudit({ limit: 5, offset: 0 })).items.filter((e) => e.action === 'login_failed');
      expect(audit.slice(0, 2).map((e) => [e.userId, e.details])).toEqual([
        [null, 'Unknown email for nobody@herald.example from 198.51.100.20'],
        [user.id, 'Wrong password for ed@herald.example from 198.51.100.20'],
      ]);
    });

    it('refuses sign-in bodies that a cross-site form could send (urlencoded, text/plain, multipart) with 415', async () => {
      const json = JSON.stringify({ email: user.email, password: TEST_PASSWORD });
      for (const [type, body] of [
        ['application/x-www-form-urlencoded', `email=${encodeURIComponent(user.email)}&password=x`],
        ['text/plain', json],
        ['multipart/form-data; boundary=x', '--x--'],
      ] as const) {
        const response = await running.get('/api/admin/session', { method: 'POST', headers: { 'content-type': type }, body });
        expect(response.status, type).toBe(415);
        expect(sessionCookieFrom(response)).toBeUndefined();
      }
    });

    it('validates the sign-in body (422) before looking anything up', async () => {
      const response = await running.get('/api/admin/session', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'not an email' }),
      });
      expect(response.status).toBe(422);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('HERALD_VALIDATION');
    });

    it('returns the session to its cookie, and 401 without one or with a forged one', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const me = await client.request('GET', '/api/admin/session');
      expect(me.status).toBe(200);
      expect(await me.json()).toEqual({ user: client.user, csrfToken: client.csrfToken });
      expect((await running.get('/api/admin/session')).status).toBe(401);
      const forged = await running.get('/api/admin/session', { headers: { cookie: 'herald_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
      expect(forged.status).toBe(401);
      expect(((await forged.json()) as { error: { code: string } }).error.code).toBe('HERALD_UNAUTHENTICATED');
    });

    it('signs out server-side: 204, cookie cleared, and the old cookie no longer works', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const out = await client.request('DELETE', '/api/admin/session');
      expect(out.status).toBe(204);
      expect(out.headers.getSetCookie()[0]).toMatch(/^herald_session=; .*Expires=Thu, 01 Jan 1970/);
      expect((await client.request('GET', '/api/admin/session')).status).toBe(401);
      const token = client.cookie.split('=')[1] as string;
      expect(await running.app.store.accounts.findSession(sessionIdOf(token))).toBeNull();
    });

    it('refuses a state-changing request without the CSRF token, or with another session’s, with 403', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const other = await login(running, user.email, TEST_PASSWORD);
      const attempts: Record<string, string>[] = [{}, { 'x-csrf-token': other.csrfToken }, { 'x-csrf-token': '' }];
      for (const headers of attempts) {
        const response = await client.request('DELETE', '/api/admin/session', undefined, { csrf: false, headers });
        expect(response.status).toBe(403);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe('HERALD_FORBIDDEN');
        expect(body.error.message).toMatch(/^Missing or wrong CSRF token/);
      }
      expect((await client.request('GET', '/api/admin/session')).status).toBe(200);
    });

    it('ends the session previously held by the browser when it signs in again', async () => {
      const first = await login(running, user.email, TEST_PASSWORD);
      const again = await running.get('/api/admin/session', {
        method: 'POST', headers: { 'content-type': 'application/json', cookie: first.cookie },
        body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
      });
      expect(again.status).toBe(200);
      expect(sessionCookieFrom(again)).not.toBe(first.cookie);
      expect((await first.request('GET', '/api/admin/session')).status).toBe(401);
    });

    it('slides the 12-hour expiry with use and expires an idle session', async () => {
      offset = 0;
      const client = await login(running, user.email, TEST_PASSWORD);
      offset = 11 * HOUR;
      const used = await client.request('GET', '/api/admin/session');
      expect(used.status).toBe(200);
      expect(used.headers.getSetCookie()[0]).toMatch(/Max-Age=43200/);
      offset = 22 * HOUR;
      expect((await client.request('GET', '/api/admin/session')).status).toBe(200);
      offset = 34 * HOUR + 1000;
      expect((await client.request('GET', '/api/admin/session')).status).toBe(401);
      offset = 0;
    });

    it('does not re-send the cookie on every request (only when the expiry moved)', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const response = await client.request('GET', '/api/admin/session');
      expect(response.headers.getSetCookie()).toEqual([]);
    });

    it('rejects a disabled user’s live session and their next sign-in with the same message', async () => {
      const other = await createTestUser(running.app.store.accounts, { role: 'reporter' });
      const client = await login(running, other.email, other.password);
      await running.app.store.accounts.updateUser(other.id, { disabledAt: new Date().toISOString() });
      expect((await client.request('GET', '/api/admin/session')).status).toBe(401);
      const response = await postLogin(running, other.email, other.password, { 'x-forwarded-for': '198.51.100.21' });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe('Email or password is wrong.');
    });

    it('leaves /admin pages to the UI: no API 401 there, signed in or not', async () => {
      const client = await login(running, user.email, TEST_PASSWORD);
      const variants: Record<string, string>[] = [{}, { cookie: client.cookie }, { cookie: 'herald_session=forged' }];
      for (const headers of variants) {
        const response = await running.get('/admin', { headers });
        expect(response.status).not.toBe(401);
        expect(response.status).toBeLessThan(500);
      }
    });
  });

  describe(`sign-in rate limits on ${kind.name}`, () => {
    let running: RunningApp;
    let offset = 0;
    beforeAll(async () => {
      // The test client plays the reverse proxy: its X-Forwarded-* headers must count.
      running = await startTestApp(kind, { now: () => new Date(Date.now() + offset), env: { HERALD_TRUSTED_PROXIES: '127.0.0.1' } });
    });
    afterAll(async () => running?.stop());

    it('answers 429 after 5 failures for one account (even with the right password) until the window passes', async () => {
      const victim = await createTestUser(running.app.store.accounts, { role: 'admin' });
      for (let i = 0; i < 5; i++) {
        const response = await postLogin(running, victim.email, 'wrong password number ' + i, { 'x-forwarded-for': `192.0.2.${i}` });
        expect(response.status).toBe(401);
      }
      const blocked = await postLogin(running, victim.email, victim.password, { 'x-forwarded-for': '192.0.2.99' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
      const body = (await blocked.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('HERALD_RATE_LIMITED');
      expect(body.error.message).toMatch(/Too many failed sign-in attempts/);
      offset = 15 * 60_000 + 1000;
      const later = await postLogin(running, victim.email, victim.password, { 'x-forwarded-for': '192.0.2.99' });
      expect(later.status).toBe(200);
    });

    it('lets at most 5 of 15 simultaneous wrong guesses for one account reach the password check', async () => {
      const victim = await createTestUser(running.app.store.accounts, { role: 'editor' });
      const responses = await Promise.all(
        Array.from({ length: 15 }, (_, i) => postLogin(running, victim.email, `guess ${i} is wrong`, { 'x-forwarded-for': `192.0.2.${100 + i}` })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    });

    it('answers 429 after 20 failures from one IP address, whatever the accounts, but not to other addresses', async () => {
      const user = await createTestUser(running.app.store.accounts, { role: 'reporter' });
      const ip = { 'x-forwarded-for': '203.0.113.50' };
      for (let i = 0; i < 20; i++) expect((await postLogin(running, `guess${i}@herald.example`, 'wrong password', ip)).status).toBe(401);
      expect((await postLogin(running, user.email, user.password, ip)).status).toBe(429);
      expect((await postLogin(running, user.email, user.password, { 'x-forwarded-for': '203.0.113.51' })).status).toBe(200);
    });
  });
}
