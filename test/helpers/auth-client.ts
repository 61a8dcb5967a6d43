/**
 * Signing in from HTTP tests. `signInAs(running, 'editor')` creates a user with
 * that role and logs in through the real POST /api/admin/session; the returned
 * client sends the session cookie and, on state-changing requests, the CSRF
 * header, the way the editor UI does.
 *
 *   const editor = await signInAs(running, 'editor', { editionCodes: ['en'] });
 *   const response = await editor.request('POST', '/api/admin/articles', { ... });
 */
import type { Role, SessionResponse, SessionUser } from '../../src/api/admin/contract.js';
import type { AccountStore } from '../../src/operations/account-ports.js';
import { hashPassword } from '../../src/auth/passwords.js';
import type { RunningApp } from './test-app.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface AdminClient {
  user: SessionUser;
  csrfToken: string;
  /** `herald_session=…`, ready for a Cookie header. */
  cookie: string;
  /** JSON request with the cookie, and the CSRF header unless `csrf: false`. */
  request(method: string, path: string, body?: unknown, options?: { csrf?: boolean; headers?: Record<string, string> }): Promise<Response>;
}

const hashes = new Map<string, Promise<string>>();
let counter = 0;

/** Inserts a user straight into the store (hashing each distinct password once per test file). */
export async function createTestUser(
  accounts: AccountStore,
  input: { role: Role; email?: string; password?: string; name?: string; editionCodes?: string[]; authorId?: number | null },
): Promise<{ id: number; email: string; password: string }> {
  const password = input.password ?? TEST_PASSWORD;
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  const email = input.email ?? `${input.role}-${++counter}-${Math.random().toString(36).slice(2, 8)}@test.example`;
  const id = await accounts.insertUser({
    email, name: input.name ?? `Test ${input.role}`, role: input.role, passwordHash: await (hashes.get(password) as Promise<string>),
    // Every demo edition unless told otherwise: an empty list grants no edition to a reporter or editor.
    editionCodes: input.editionCodes ?? ['en', 'de', 'ar'], authorId: input.authorId ?? null, createdAt: new Date().toISOString(),
  });
  return { id, email: email.toLowerCase(), password };
}

/** The `name=value` part of the session cookie a response set, or undefined. */
export function sessionCookieFrom(response: Response): string | undefined {
  const line = response.headers.getSetCookie().find((c) => c.startsWith('herald_session='));
  return line?.split(';')[0];
}

export function postLogin(running: RunningApp, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return running.get('/api/admin/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
}

export function clientFor(running: RunningApp, cookie: string, session: SessionResponse): AdminClient {
  return {
    user: session.user,
    csrfToken: session.csrfToken,
    cookie,
    request(method, path, body, options = {}) {
      const headers: Record<string, string> = { cookie, ...options.headers };
      if (options.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
      if (body !== undefined) headers['content-type'] = 'application/json';
      return running.get(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    },
  };
}

/** Logs in over HTTP; throws with the response text when that fails. */
export async function login(running: RunningApp, email: string, password: string): Promise<AdminClient> {
  const response = await postLogin(running, email, password);
  if (response.status !== 200) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = sessionCookieFrom(response);
  if (!cookie) throw new Error('login set no herald_session cookie');
  return clientFor(running, cookie, (await response.json()) as SessionResponse);
}

/** Creates a user with `role` (and options) and logs in as them. */
export async function signInAs(
  running: RunningApp,
  role: Role,
  options: { editionCodes?: string[]; authorId?: number | null; name?: string } = {},
): Promise<AdminClient> {
  const user = await createTestUser(running.app.store.accounts, { role, ...options });
  return login(running, user.email, user.password);
}
