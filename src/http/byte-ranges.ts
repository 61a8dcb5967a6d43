/**
 * `Range: bytes=…` for media files (RFC 9110 §14), which players need to seek.
 * One range is answered with 206 Partial Content; several ranges in one
 * request are answered with the whole file (200), as §14.2 allows: players
 * never ask for more than one, and multipart/byteranges would only add surface.
 */

export type RangeDecision =
  | { kind: 'full' }
  | { kind: 'partial'; start: number; end: number }
  | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

export function decideRange(header: string | undefined, size: number): RangeDecision {
  if (header === undefined) return { kind: 'full' };
  const spec = header.replace(/\s+/g, '');
  if (spec.includes(',')) return { kind: 'full' };
  const match = SINGLE.exec(spec);
  // A malformed or non-bytes Range header is ignored (§14.2), not an error.
  if (!match) return { kind: 'full' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'full' };
  if (first === '') {
    // bytes=-n: the last n bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const lastAsked = last === '' ? Infinity : Number(last);
  // bytes=5-3 is not a valid range at all: ignored like any malformed header.
  if (lastAsked < start) return { kind: 'full' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', start, end: Math.min(lastAsked, size - 1) };
}
