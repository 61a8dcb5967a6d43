import { describe, expect, it } from 'vitest';
import { csrfTokenMatches, isJsonContentType, needsCsrfToken, sameSecret } from '../../src/auth/csrf.js';
import { newCsrfToken, newSessionToken, sessionIdOf } from '../../src/operations/session-tokens.js';

describe('CSRF rule', () => {
  it.each([
    ['POST', '/api/admin/users', true],
    ['PUT', '/api/admin/articles/1', true],
    ['PATCH', '/api/admin/users/1', true],
    ['DELETE', '/api/admin/session', true],
    ['POST', '/api/admin/session', false],
    ['GET', '/api/admin/users', false],
    ['HEAD', '/api/admin/session', false],
    ['POST', '/en/', false],
    ['POST', '/api/content/x', false],
  ] as const)('%s %s needs a token: %s', (method, path, expected) => {
    expect(needsCsrfToken(method, path)).toBe(expected);
  });

  it('accepts only the exact session token in a single header', () => {
    const token = newCsrfToken();
    expect(csrfTokenMatches(token, token)).toBe(true);
    expect(csrfTokenMatches(undefined, token)).toBe(false);
    expect(csrfTokenMatches('', token)).toBe(false);
    expect(csrfTokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(csrfTokenMatches(`${token}x`, token)).toBe(false);
    expect(csrfTokenMatches([token, token], token)).toBe(false);
    expect(sameSecret(token.toUpperCase(), token)).toBe(token.toUpperCase() === token);
  });

  it('counts only application/json as a JSON body (forms cannot send it cross-site without a preflight)', () => {
    expect(isJsonContentType('application/json')).toBe(true);
    expect(isJsonContentType('Application/JSON; charset=utf-8')).toBe(true);
    expect(isJsonContentType('text/plain')).toBe(false);
    expect(isJsonContentType('application/x-www-form-urlencoded')).toBe(false);
    expect(isJsonContentType('multipart/form-data; boundary=x')).toBe(false);
    expect(isJsonContentType(undefined)).toBe(false);
  });
});

describe('session tokens', () => {
  it('keeps only a sha256 of the random cookie token', () => {
    const { token, id } = newSessionToken();
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(id).toBe(sessionIdOf(token));
    expect(id).not.toContain(token);
    expect(newSessionToken().token).not.toBe(token);
  });
});
