/**
 * Password hashing: argon2id with the library's defaults (19 MiB, 2 passes,
 * the OWASP baseline), stored as a self-describing PHC string so parameters
 * can be raised later without a migration. Verification and its constant-time
 * comparison are the library's, never ours.
 */
import type { PasswordVerifier } from '../operations/sessions.js';

// The native library loads on the first sign-in or password change, not with the server (docs/adr/0010-cold-start.md).
let argon2: Promise<typeof import('@node-rs/argon2')> | undefined;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

export { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../domain/password-policy.js';

/** argon2id is the library's default algorithm (its `Algorithm` is a const enum we cannot import under isolatedModules). */
export async function hashPassword(password: string): Promise<string> {
  return (await loadArgon2()).hash(password);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await (await loadArgon2()).verify(storedHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, for sign-ins with an unknown
 * email, so response times do not reveal which addresses have accounts.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that nobody has');
  await verifyPassword(await decoyHash, password);
  return false;
}

/** The sign-in operation's port (src/operations/sessions.ts), backed by argon2id. */
export const argon2Passwords: PasswordVerifier = { verify: verifyPassword, verifyDecoy: verifyAgainstDecoy };
