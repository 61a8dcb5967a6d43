/**
 * CSRF rule for the admin API. The session cookie is SameSite=Lax, which
 * already stops most cross-site POSTs; the per-session token in the
 * `x-csrf-token` header is the second, independent layer (a custom header
 * cannot be sent cross-site without a CORS preflight we never grant). Sign-in
 * has no session yet, so it is protected by requiring a JSON content type
 * instead. See docs/adr/0004-sessions-and-csrf.md.
 */
import { timingSafeEqual } from 'node:crypto';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const CSRF_HEADER = 'x-csrf-token';

export const LOGIN_ROUTE = { method: 'POST', url: '/api/admin/session' } as const;

export const isAdminApiPath = (path: string) => path.startsWith('/api/admin/');

/** True when this request must carry the session's CSRF token. */
export function needsCsrfToken(method: string, path: string): boolean {
  if (SAFE_METHODS.has(method) || !isAdminApiPath(path)) return false;
  return !(method === LOGIN_ROUTE.method && path === LOGIN_ROUTE.url);
}

/** Compares two secrets without leaking, through timing, how much of them matched. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** True when the header matches the session's token (compared in constant time). */
export function csrfTokenMatches(header: string | string[] | undefined, sessionToken: string): boolean {
  return typeof header === 'string' && sameSecret(header, sessionToken);
}

/** JSON bodies need a CORS preflight cross-site; forms (urlencoded, multipart, text/plain) do not. */
export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}
