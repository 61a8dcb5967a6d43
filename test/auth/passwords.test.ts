import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyAgainstDecoy, verifyPassword } from '../../src/auth/passwords.js';

describe('passwords', () => {
  it('hashes with argon2id into a salted PHC string and verifies only the right password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
    expect(hash).not.toContain('correct horse');
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
    expect(await verifyPassword(hash, '')).toBe(false);
  });

  it('treats a malformed stored hash as a failed verification, not a crash', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever password')).toBe(false);
    expect(await verifyAgainstDecoy('whatever password')).toBe(false);
  });

  it('requires at least 12 characters, counted as characters rather than bytes', () => {
    expect(() => checkPasswordPolicy('elevenchars')).toThrow(/at least 12 characters/);
    expect(() => checkPasswordPolicy('twelve chars')).not.toThrow();
    expect(() => checkPasswordPolicy('ééééééééééé')).toThrow(/at least 12/);
    expect(() => checkPasswordPolicy('😀'.repeat(12))).not.toThrow();
    expect(() => checkPasswordPolicy('x'.repeat(501))).toThrow(/at most 500/);
  });
});
