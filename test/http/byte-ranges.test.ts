import { describe, expect, it } from 'vitest';
import { decideRange } from '../../src/http/byte-ranges.js';

describe('decideRange', () => {
  it('answers single ranges of each form', () => {
    expect(decideRange('bytes=0-99', 1000)).toEqual({ kind: 'partial', start: 0, end: 99 });
    expect(decideRange('bytes=500-', 1000)).toEqual({ kind: 'partial', start: 500, end: 999 });
    expect(decideRange('bytes=-100', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
    expect(decideRange('bytes=-5000', 1000)).toEqual({ kind: 'partial', start: 0, end: 999 });
    expect(decideRange('bytes=900-5000', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
    expect(decideRange('bytes=999-999', 1000)).toEqual({ kind: 'partial', start: 999, end: 999 });
  });

  it('answers 416 for ranges that start past the end', () => {
    expect(decideRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=1000-2000', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('serves the whole file for absent, malformed, inverted and multiple ranges', () => {
    for (const header of [undefined, 'bytes=', 'bytes=-', 'items=0-10', 'bytes=abc', 'bytes=5-3', 'bytes=0-1,5-9', 'bytes=1.5-2']) {
      expect(decideRange(header, 1000), String(header)).toEqual({ kind: 'full' });
    }
  });
});
