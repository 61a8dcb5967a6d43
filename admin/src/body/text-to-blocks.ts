/** Pasted plain text → paragraphs (used when the clipboard holds no usable HTML). */
import type { BodyBlock } from '../../../src/domain/blocks.js';

/** Plain text (no HTML on the clipboard): one paragraph per non-empty line. */
export function plainTextToBlocks(text: string): BodyBlock[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[\u200b\ufeff]/g, '').replace(/[ \t\f]+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', spans: [{ text: line }] }));
}
