/**
 * Signs in through POST /api/admin/session and sends admin API requests with
 * the session cookie and the CSRF header, the way the editor UI does.
 */
export interface AdminSession {
  baseUrl: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Raw bytes (an image upload). */
  send(method: string, path: string, bytes: Uint8Array, contentType: string): Promise<Response>;
}

export type CookieSession = AdminSession & { cookie: string; csrfToken: string };

export async function signIn(baseUrl: string, email: string, password: string): Promise<CookieSession> {
  const response = await fetch(`${baseUrl}/api/admin/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('herald_session='))?.split(';')[0];
  if (!cookie) throw new Error('sign-in set no herald_session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return sessionFor(baseUrl, cookie, csrfToken);
}

/** The same session against another address (the server restarted on a new port; sessions live in the store). */
export function sessionFor(baseUrl: string, cookie: string, csrfToken: string): CookieSession {
  return {
    baseUrl,
    cookie,
    csrfToken,
    request(method, path, body, headers = {}) {
      return fetch(baseUrl + path, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
    send(method, path, bytes, contentType) {
      return fetch(baseUrl + path, { method, headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': contentType }, body: Buffer.from(bytes) });
    },
  };
}
