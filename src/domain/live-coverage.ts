/**
 * Live coverage (issue 10): an article that also carries a running list of
 * timestamped entries, newest first, one of which may be pinned above the
 * others, a short "key points" summary, and an open/closed state. Entries
 * reuse the article body's block types, so they are validated and rendered
 * exactly like article bodies.
 */
import type { BodyBlock } from './blocks.js';
import { HeraldError } from './errors.js';

export const LIVE_STATES = ['open', 'closed'] as const;
export type LiveState = (typeof LIVE_STATES)[number];

export interface LiveCoverage {
  articleId: number;
  state: LiveState;
  keyPoints: string[];
  /** When coverage was first opened (JSON-LD coverageStartTime). */
  startedAt: string;
  /** When it was last closed; null while open (JSON-LD coverageEndTime). */
  endedAt: string | null;
  updatedAt: string;
}

export interface LiveEntry {
  id: number;
  articleId: number;
  createdAt: string;
  updatedAt: string;
  /** The author profile of the account that wrote it, if it has one. */
  authorId: number | null;
  /** Kept with the entry: an account without an author profile still signs its entries. */
  authorInitials: string;
  body: BodyBlock[];
  /** An optional picture shown under the text (the media library's). */
  imageId: number | null;
  pinned: boolean;
}

export const MAX_KEY_POINTS = 8;
export const MAX_KEY_POINT_LENGTH = 300;
export const MAX_ENTRY_BLOCKS = 40;
/** Entries per page of the public timeline; older ones are on `?page=2`, … */
export const LIVE_ENTRIES_PER_PAGE = 20;

const invalid = (message: string) => new HeraldError('HERALD_VALIDATION', message);

export function validateKeyPoints(points: readonly string[]): string[] {
  const cleaned = points.map((p) => p.trim()).filter((p) => p !== '');
  if (cleaned.length > MAX_KEY_POINTS) throw invalid(`At most ${MAX_KEY_POINTS} key points; remove ${cleaned.length - MAX_KEY_POINTS}.`);
  const long = cleaned.findIndex((p) => p.length > MAX_KEY_POINT_LENGTH);
  if (long !== -1) throw invalid(`Key point ${long + 1} is longer than ${MAX_KEY_POINT_LENGTH} characters; shorten it.`);
  return cleaned;
}

/** An entry must say something: at least one block with text, or a picture. */
export function validateEntryBody(body: readonly BodyBlock[], imageId: number | null): BodyBlock[] {
  if (body.length > MAX_ENTRY_BLOCKS) throw invalid(`An entry has at most ${MAX_ENTRY_BLOCKS} blocks; split it into several entries.`);
  // A teaser of another article inside a two-line update would dwarf it; link to the article in the text instead.
  if (body.some((b) => b.type === 'related')) throw invalid('Entries cannot hold related-article teasers; link to the article in the text instead.');
  const hasText = body.some((b) =>
    b.type === 'paragraph' ? b.spans.some((s) => s.text.trim() !== '') : b.type === 'list' ? b.items.length > 0 : true,
  );
  if (!hasText && imageId === null) throw invalid('The entry is empty: write some text or add a picture.');
  return [...body];
}

/** "Lena Vogt" → "LV"; "عمر الحسيني" → "عا" (first letters of the first and last words). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '';
  const first = [...(words[0] as string)][0] ?? '';
  const last = words.length > 1 ? ([...(words[words.length - 1] as string)][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The 1-based timeline page an entry is on, given how many unpinned entries are newer than it. */
export function livePageOf(newerCount: number): number {
  return Math.floor(newerCount / LIVE_ENTRIES_PER_PAGE) + 1;
}
