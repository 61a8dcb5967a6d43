/**
 * Password hashing: argon2id with the library's defaults (19 MiB, 2 passes,
 * the OWASP baseline), stored as a self-describing PHC string so parameters
 * can be raised later without a migration. Verification and its constant-time
 * comparison are the library's, never ours.
 */
import { hash, verify } from '@node-rs/argon2';
import { HeraldError } from '../domain/errors.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 500;

/** Throws HERALD_VALIDATION with a message a person can act on. Length counts characters, not bytes. */
export function checkPasswordPolicy(password: string): void {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH)
    throw new HeraldError('HERALD_VALIDATION', `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  if (length > PASSWORD_MAX_LENGTH)
    throw new HeraldError('HERALD_VALIDATION', `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
}

/** argon2id is the library's default algorithm (its `Algorithm` is a const enum we cannot import under isolatedModules). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** False for a wrong password and for a malformed stored hash (never throws on bad input). */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
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
