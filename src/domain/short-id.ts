/**
 * Short ids for `/p/{shortId}` links: random base-62 strings, 5 characters by
 * default (916 million values). They are random rather than derived from the
 * numeric id so that they cannot be enumerated; uniqueness is enforced by the
 * store, and the caller retries with a longer id after a collision.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const SHORT_ID_MIN_LENGTH = 5;
export const SHORT_ID_MAX_LENGTH = 7;
const SHORT_ID_PATTERN = /^[0-9A-Za-z]{5,7}$/;

export function generateShortId(length = SHORT_ID_MIN_LENGTH): string {
  const size = Math.min(Math.max(length, SHORT_ID_MIN_LENGTH), SHORT_ID_MAX_LENGTH);
  let id = '';
  for (let i = 0; i < size; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

export function isValidShortId(candidate: string): boolean {
  return SHORT_ID_PATTERN.test(candidate);
}
