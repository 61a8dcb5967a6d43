/**
 * A readable diff between two revisions: per changed field, word-level
 * insertions and deletions of its text (body blocks flattened to lines).
 *
 * The diff runs on the request's event loop, so its work is bounded, never
 * left to the size of what someone saved: Myers' algorithm (the `diff`
 * package) costs about (n + m) · D token comparisons plus D² steps for D
 * edits, so each comparison gets an edit limit that keeps it within
 * DIFF_LIMITS. A field too large or too changed to compare word by word is
 * compared paragraph by paragraph, and failing that shown as its whole old
 * and new text; the field says so (`coarse`), so the editor can tell readers.
 */
import { diffArrays } from 'diff';
import { bodyToPlainText } from '../domain/blocks.js';
import type { ArticleSnapshot } from './ports.js';

export interface TextChange {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface FieldDiff {
  field: string;
  before: string;
  after: string;
  changes: TextChange[];
  /** Set when the field was not compared word by word: by paragraph, or as its whole old and new text. */
  coarse?: 'paragraphs' | 'whole';
}

export const DIFF_LIMITS = {
  /** Both sides of a field together, in characters, above which words are not compared (tokenising alone would cost). */
  wordMaxChars: 200_000,
  /** Token comparisons one Myers run may make: (n + m) · edit limit stays under this. */
  comparisonBudget: 10_000_000,
  /** Edits one run may find at most, which also bounds its D² bookkeeping. */
  maxEdits: 1_000,
} as const;

const TEXT_FIELDS: [keyof ArticleSnapshot, string][] = [
  ['kicker', 'Kicker'], ['headline', 'Headline'], ['teaser', 'Teaser'], ['body', 'Body'], ['slug', 'Slug'],
  ['sectionId', 'Section'], ['topicIds', 'Topics'], ['authorIds', 'Authors'], ['agencyIds', 'Agencies'],
  ['leadImageId', 'Lead image'], ['embargoUntil', 'Embargo'], ['translationGroup', 'Translations'], ['status', 'Status'],
];

// Words of any script (so German and Arabic words stay whole), runs of spaces, each newline and each
// other character: together they cover every character, so joining the tokens gives the text back.
const WORD_TOKEN = /\n|[^\S\n]+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;
const LINE_TOKEN = /[^\n]*\n|[^\n]+/g;

function asText(snapshot: ArticleSnapshot, field: keyof ArticleSnapshot): string {
  if (field === 'body') return bodyToPlainText(snapshot.body);
  const value = snapshot[field];
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Collects changes, merging neighbours and putting a deletion before the insertion that replaces it. */
class ChangeList {
  readonly changes: TextChange[] = [];
  private deleted = '';
  private inserted = '';

  add(op: TextChange['op'], text: string): void {
    if (op === 'delete') this.deleted += text;
    else if (op === 'insert') this.inserted += text;
    else if (text) {
      this.flush();
      const last = this.changes.at(-1);
      if (last?.op === 'equal') last.text += text;
      else this.changes.push({ op, text });
    }
  }

  flush(): TextChange[] {
    if (this.deleted) this.changes.push({ op: 'delete', text: this.deleted });
    if (this.inserted) this.changes.push({ op: 'insert', text: this.inserted });
    this.deleted = this.inserted = '';
    return this.changes;
  }
}

/**
 * The changes from tokens `a` to tokens `b`, or null when they need more edits than the limits allow.
 * The common start and end are set aside first (most saves change a little in the middle), and the
 * tokens become numbers, so a comparison costs the same however long a paragraph is.
 */
function boundedDiff(a: string[], b: string[]): TextChange[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const ids = new Map<string, number>();
  const id = (token: string) => {
    let known = ids.get(token);
    if (known === undefined) ids.set(token, (known = ids.size));
    return known;
  };
  const oldIds = a.slice(start, endA).map(id);
  const newIds = b.slice(start, endB).map(id);
  const maxEditLength = Math.min(DIFF_LIMITS.maxEdits, Math.floor(DIFF_LIMITS.comparisonBudget / (oldIds.length + newIds.length + 1)));
  const parts = oldIds.length === 0 || newIds.length === 0
    ? [{ removed: oldIds.length > 0, added: newIds.length > 0, count: oldIds.length + newIds.length }]
    : diffArrays(oldIds, newIds, { maxEditLength });
  if (!parts) return null;
  const list = new ChangeList();
  list.add('equal', a.slice(0, start).join(''));
  let i = start;
  let j = start;
  for (const part of parts) {
    const count = part.count ?? 0;
    if (part.added) list.add('insert', b.slice(j, (j += count)).join(''));
    else if (part.removed) list.add('delete', a.slice(i, (i += count)).join(''));
    else {
      list.add('equal', a.slice(i, (i += count)).join(''));
      j += count;
    }
  }
  list.add('equal', a.slice(endA).join(''));
  return list.flush();
}

function diffText(a: string, b: string): Pick<FieldDiff, 'changes' | 'coarse'> {
  if (a.length + b.length <= DIFF_LIMITS.wordMaxChars) {
    const words = boundedDiff(a.match(WORD_TOKEN) ?? [], b.match(WORD_TOKEN) ?? []);
    if (words) return { changes: words };
  }
  const paragraphs = boundedDiff(a.match(LINE_TOKEN) ?? [], b.match(LINE_TOKEN) ?? []);
  if (paragraphs) return { changes: paragraphs, coarse: 'paragraphs' };
  const whole = new ChangeList();
  whole.add('delete', a);
  whole.add('insert', b);
  return { changes: whole.flush(), coarse: 'whole' };
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): FieldDiff[] {
  return TEXT_FIELDS.flatMap(([field, label]) => {
    const a = asText(before, field);
    const b = asText(after, field);
    if (a === b) return [];
    return [{ field: label, before: a, after: b, ...diffText(a, b) }];
  });
}
