/**
 * Session secrets. The cookie carries 32 random bytes; the database keeps
 * only their sha256, so reading the sessions table does not let anyone sign
 * in. A plain hash (not a slow one) is right here: the input is random and
 * 256 bits long, so there is nothing to brute-force.
 */
import { createHash, randomBytes } from 'node:crypto';

export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdOf(token) };
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
