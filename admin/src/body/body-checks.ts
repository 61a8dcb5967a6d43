/**
 * What must be filled in before an article can be published: every image in
 * the body needs alt text, a caption and a credit, and every embed a title.
 * Pure, so the editor, the workflow bar and the tests share one rule.
 */
import type { BodyBlock } from '../../../src/domain/blocks.js';

export type ImageField = 'alt' | 'caption' | 'credit';

export const IMAGE_FIELD_LABELS: Record<ImageField, string> = { alt: 'alt text', caption: 'caption', credit: 'credit' };

export function missingImageFields(block: { alt?: string; caption?: string; credit?: string }): ImageField[] {
  return (['alt', 'caption', 'credit'] as const).filter((field) => !(block[field] ?? '').trim());
}

/** Human-readable problems, e.g. "Image 2 (in the body) is missing: alt text, credit". Empty when ready. */
export function bodyPublishProblems(blocks: readonly BodyBlock[]): string[] {
  const problems: string[] = [];
  let image = 0;
  let embed = 0;
  for (const block of blocks) {
    if (block.type === 'image') {
      image += 1;
      const missing = missingImageFields(block);
      if (missing.length > 0)
        problems.push(`Image ${image} in the body is missing: ${missing.map((f) => IMAGE_FIELD_LABELS[f]).join(', ')}.`);
    } else if (block.type === 'embed') {
      embed += 1;
      if (!block.title.trim()) problems.push(`Embed ${embed} (${block.kind}) in the body needs a title.`);
    }
  }
  return problems;
}
