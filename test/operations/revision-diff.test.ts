/**
 * The revision diff does bounded work whatever was saved: word by word when that is affordable,
 * paragraph by paragraph or as whole texts when not. The work is counted, not timed: every token
 * comparison the `diff` package makes goes through a counting comparator.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BodyBlock } from '../../src/domain/blocks.js';
import { seededRandom } from '../../src/domain/seeded-random.js';
import type { ArticleSnapshot } from '../../src/operations/ports.js';
import { DIFF_LIMITS, diffSnapshots, type FieldDiff } from '../../src/operations/revision-diff.js';

const work = vi.hoisted(() => ({ comparisons: 0, runs: 0 }));

vi.mock('diff', async (importOriginal) => {
  const actual = await importOriginal<typeof import('diff')>();
  const comparator = (left: unknown, right: unknown) => {
    work.comparisons++;
    return left === right;
  };
  const counted = <F extends (a: never, b: never, options?: never) => unknown>(diff: F) =>
    ((a: never, b: never, options: object = {}) => {
      work.runs++;
      return diff(a, b, { ...options, comparator } as never);
    }) as unknown as F;
  return { ...actual, diffArrays: counted(actual.diffArrays), diffWordsWithSpace: counted(actual.diffWordsWithSpace) };
});

/** What one Myers run may cost at most: the budget for snakes plus one failed comparison per (edit, diagonal). */
const perRunBound = DIFF_LIMITS.comparisonBudget + (DIFF_LIMITS.maxEdits + 1) ** 2;

function snapshot(overrides: Partial<ArticleSnapshot> = {}): ArticleSnapshot {
  return {
    editionCode: 'en', sectionId: 1, slug: 'museum', kicker: '', headline: 'Museum reopens its east wing on Friday', teaser: '',
    body: [], leadImageId: null, topicIds: [], authorIds: [], agencyIds: [], translationGroup: null, embargoUntil: null,
    status: 'draft', publishAt: null, ...overrides,
  };
}

const paragraphs = (texts: string[]): BodyBlock[] => texts.map((text) => ({ type: 'paragraph', spans: [{ text }] }));

/** Paragraphs of seeded random words, `paragraphChars` long each, until `totalChars`. */
function randomParagraphs(seed: number, totalChars: number, paragraphChars = 600): string[] {
  const random = seededRandom(seed);
  const word = () => Array.from({ length: 2 + Math.floor(random() * 8) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  const result: string[] = [];
  for (let total = 0; total < totalChars; ) {
    const words: string[] = [];
    for (let length = 0; length < paragraphChars; length += words.at(-1)!.length + 1) words.push(word());
    result.push(words.join(' '));
    total += paragraphChars;
  }
  return result;
}

const text = (diff: FieldDiff, side: 'before' | 'after') =>
  diff.changes.filter((c) => c.op === 'equal' || c.op === (side === 'before' ? 'delete' : 'insert')).map((c) => c.text).join('');

describe('revision diff', () => {
  beforeEach(() => {
    work.comparisons = 0;
    work.runs = 0;
  });

  it('compares a small change word by word', () => {
    const [headline, ...rest] = diffSnapshots(snapshot(), snapshot({ headline: 'Museum reopens its east wing on Saturday' }));
    expect(rest).toEqual([]);
    expect(headline).toEqual({
      field: 'Headline', before: 'Museum reopens its east wing on Friday', after: 'Museum reopens its east wing on Saturday',
      changes: [{ op: 'equal', text: 'Museum reopens its east wing on ' }, { op: 'delete', text: 'Friday' }, { op: 'insert', text: 'Saturday' }],
    });
  });

  it('keeps words of every script whole and gives both texts back exactly', () => {
    const before = snapshot({ body: paragraphs(['افتتح المتحف جناحه الشرقي يوم الجمعة.', 'Der Bürgermeister sprach.']) });
    const after = snapshot({ body: paragraphs(['افتتح المتحف جناحه الغربي يوم السبت.', 'Die Bürgermeisterin sprach,\r\nkurz.']) });
    const [body] = diffSnapshots(before, after);
    expect(body!.coarse).toBeUndefined();
    expect(body!.changes).toEqual(expect.arrayContaining([{ op: 'delete', text: 'الشرقي' }, { op: 'insert', text: 'الغربي' }, { op: 'delete', text: 'Der' }]));
    expect(text(body!, 'before')).toBe(body!.before);
    expect(text(body!, 'after')).toBe(body!.after);
  });

  it('still compares a long article with a few edits word by word, in bounded work', () => {
    const texts = randomParagraphs(1, 90_000);
    const edited = texts.map((t, i) => (i % 30 === 0 ? `${t} corrected` : t));
    const [body] = diffSnapshots(snapshot({ body: paragraphs(texts) }), snapshot({ body: paragraphs(edited) }));
    expect(body!.coarse).toBeUndefined();
    expect(body!.changes.filter((c) => c.op === 'insert').map((c) => c.text.trim())).toEqual(Array(Math.ceil(texts.length / 30)).fill('corrected'));
    expect(body!.changes.some((c) => c.op === 'delete')).toBe(false);
    expect(work.comparisons).toBeLessThanOrEqual(perRunBound);
  });

  it('falls back to whole texts for two 2 MB bodies with many differences, within a counted bound', () => {
    const before = randomParagraphs(2, 2_000_000);
    const after = before.map((t, i) => (i % 2 === 0 ? randomParagraphs(1000 + i, 600)[0]! : t));
    const [body] = diffSnapshots(snapshot({ body: paragraphs(before) }), snapshot({ body: paragraphs(after) }));
    expect(body!.coarse).toBe('whole');
    expect(body!.changes).toEqual([{ op: 'delete', text: body!.before }, { op: 'insert', text: body!.after }]);
    // Words were never compared (too large); paragraphs were tried once and gave up at the edit limit.
    expect(work.runs).toBe(1);
    expect(work.comparisons).toBeLessThanOrEqual(perRunBound);
  });

  it('compares two 2 MB bodies with a few changed paragraphs paragraph by paragraph', () => {
    const before = randomParagraphs(3, 2_000_000);
    const after = before.map((t, i) => (i % 500 === 7 ? `${t} (updated)` : t));
    const [body] = diffSnapshots(snapshot({ body: paragraphs(before) }), snapshot({ body: paragraphs(after) }));
    expect(body!.coarse).toBe('paragraphs');
    const inserted = body!.changes.filter((c) => c.op === 'insert');
    expect(inserted).toHaveLength(Math.ceil((before.length - 7) / 500));
    expect(inserted.every((c) => c.text.includes('(updated)'))).toBe(true);
    expect(text(body!, 'before')).toBe(body!.before);
    expect(text(body!, 'after')).toBe(body!.after);
    expect(work.comparisons).toBeLessThanOrEqual(perRunBound);
  });
});
