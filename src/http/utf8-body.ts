/**
 * A rendered page's text as UTF-8 bytes, in one pass over the text.
 *
 * `Buffer.from(text)` walks a page twice: once to count its UTF-8 length,
 * once to write it. Writing into a buffer kept for the purpose and copying
 * out the bytes written walks it once; on the uncached article pages of the
 * benchmark that took 15-20 % off the conversion (bench notes in
 * docs/BENCHMARKS.md). A write stops before a character that does not fit,
 * leaving fewer than 4 bytes free, so any shorter result is the whole text.
 */
const SCRATCH_BYTES = 512 * 1024;
let scratch: Buffer | null = null;

export function utf8Body(text: string): Buffer {
  // A page can never fit when even its one-byte-per-character length does not.
  if (text.length > SCRATCH_BYTES - 4) return Buffer.from(text, 'utf8');
  scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  const written = scratch.write(text, 0, 'utf8');
  if (written > SCRATCH_BYTES - 4) return Buffer.from(text, 'utf8');
  const body = Buffer.allocUnsafe(written);
  scratch.copy(body, 0, 0, written);
  return body;
}
