import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/cache/bounded-memo.js';

describe('boundedMemo', () => {
  it('makes an answer once per key and remembers it', () => {
    const memo = boundedMemo<string>(10);
    const made: string[] = [];
    const make = (key: string) => {
      made.push(key);
      return key.toUpperCase();
    };
    expect(memo.get('a', make)).toBe('A');
    expect(memo.get('a', make)).toBe('A');
    expect(memo.get('b', make)).toBe('B');
    expect(made).toEqual(['a', 'b']);
  });

  it('never holds more than its bound, however many keys are asked for', () => {
    const memo = boundedMemo<number>(3);
    for (let i = 0; i < 100; i++) {
      memo.get(`key-${i}`, () => i);
      expect(memo.size).toBeLessThanOrEqual(3);
    }
  });

  it('makes an answer again after the memo was emptied for being full', () => {
    const memo = boundedMemo<number>(2);
    let calls = 0;
    const make = () => ++calls;
    memo.get('x', make);
    memo.get('y', make);
    memo.get('z', make); // full: emptied, then z kept
    expect(memo.get('z', make)).toBe(3);
    expect(memo.get('x', make)).toBe(4);
  });
});
