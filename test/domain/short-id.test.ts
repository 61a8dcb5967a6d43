import { describe, expect, it } from 'vitest';
import { generateShortId, isValidShortId } from '../../src/domain/short-id.js';

describe('short ids', () => {
  it('are five base-62 characters by default and valid', () => {
    const id = generateShortId();
    expect(id).toMatch(/^[0-9A-Za-z]{5}$/);
    expect(isValidShortId(id)).toBe(true);
  });
  it('clamp the requested length to 5–7', () => {
    expect(generateShortId(2)).toHaveLength(5);
    expect(generateShortId(7)).toHaveLength(7);
    expect(generateShortId(12)).toHaveLength(7);
  });
  it('do not repeat in a sample of 20,000', () => {
    const seen = new Set(Array.from({ length: 20_000 }, () => generateShortId()));
    expect(seen.size).toBeGreaterThan(19_990);
  });
  it('reject anything that is not 5–7 alphanumerics', () => {
    for (const bad of ['abcd', 'abcdefgh', 'ab-cd', 'abc d', '../..', 'äbcde']) expect(isValidShortId(bad)).toBe(false);
  });
});
