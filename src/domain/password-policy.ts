/** The password rule every way of setting a password obeys (users API, command line, demo seed). */
import { HeraldError } from './errors.js';

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
