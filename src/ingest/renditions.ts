/**
 * Agencies send several renditions of one picture or video (thumbnail, web,
 * high resolution). The wire desk keeps one: the largest, or failing sizes,
 * the one whose name says it is the original.
 */
export interface Rendition {
  href: string;
  name?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
  mimeType?: string | undefined;
}

const ORIGINAL_NAMES = /original|high|hires|base|master|main|full|large|2048/i;

export function bestRendition<T extends Rendition>(renditions: readonly T[]): T | undefined {
  let best: T | undefined;
  let bestScore = -1;
  for (const rendition of renditions) {
    if (!rendition.href) continue;
    const area = (rendition.width ?? 0) * (rendition.height ?? 0);
    const score = area > 0 ? area + 10 : rendition.name && ORIGINAL_NAMES.test(rendition.name) ? 5 : 1;
    if (score > bestScore) {
      best = rendition;
      bestScore = score;
    }
  }
  return best;
}

/** A dimension from an attribute or JSON value (`"1280"`, `1280`), or undefined. */
export function toDimension(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,6}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
