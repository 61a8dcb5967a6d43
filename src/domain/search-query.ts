/**
 * Reader search as pure rules: a free-text query becomes a bounded list of
 * plain word tokens and quoted phrases, never a query in any engine's syntax
 * (stores quote each token themselves), and indexed text is normalised the
 * same way so both sides meet. Also the snippet markers and how hits are
 * ranked against age, declared once for every store.
 */

/** Longest query read, in characters; the rest is ignored (bounds the work per request). */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Most tokens (words, counting those inside phrases) a query keeps. */
export const MAX_SEARCH_TERMS = 12;
/** Longest single token kept; longer runs of letters are not words anyone searches. */
const MAX_TERM_LENGTH = 64;
/** Results per page, and the deepest page served (beyond it nobody reads, and every page costs a ranking). */
export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_PAGE = 50;

/**
 * Snippet markers: private-use code points the stores put around hits. They
 * are removed from indexed text, so in a snippet they can only be markers;
 * views split on them and add `<mark>` after escaping the text between.
 */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/**
 * Relevance is multiplied by 1 + 1 / (1 + ageDays / RECENCY_DAYS): a new
 * article counts double, one RECENCY_DAYS old one and a half times, a year-old
 * one barely more than its plain relevance.
 */
export const RECENCY_DAYS = 30;

export interface ParsedSearchQuery {
  /** Single words, every one required. */
  terms: string[];
  /** Quoted phrases (two or more words each, in order). */
  phrases: string[][];
}

// Arabic short vowels and other marks (harakat, superscript alef) and the tatweel: writers use them
// inconsistently, and SQLite's tokenizer would split a word at a mark.
const ARABIC_MARKS = /[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uE000\uE001]/g;
/** A token: letters, digits and private-use characters (SQLite FTS5 unicode61's token characters). */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** Text as it goes into an index: well-formed, composed, without marks that split words or our markers. */
export function normalizeSearchText(text: string): string {
  return toWellFormed(text).normalize('NFC').replace(CONTROL, ' ').replace(ARABIC_MARKS, '');
}

function toWellFormed(text: string): string {
  // Lone surrogates cannot be encoded as UTF-8; the stores would refuse or mangle them.
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function tokens(text: string): string[] {
  return (text.match(TOKEN) ?? []).map((t) => t.toLowerCase()).filter((t) => t.length <= MAX_TERM_LENGTH && t !== '\uFFFD');
}

/**
 * Reads what a reader typed: `"…"` pairs make phrases, everything else is
 * split into words at anything that is not a letter or digit, so operators
 * (`AND`, `NEAR(`, `*`, `:`, `^`, `-`) are just words or separators. Returns
 * no terms and no phrases when nothing searchable is left.
 */
export function parseSearchQuery(raw: string): ParsedSearchQuery {
  const text = normalizeSearchText(raw.slice(0, MAX_SEARCH_QUERY_LENGTH));
  const parts = text.split('"');
  // An odd number of quotes leaves the last part unpaired: read it as words.
  const closed = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  const terms: string[] = [];
  const phrases: string[][] = [];
  let budget = MAX_SEARCH_TERMS;
  const take = (words: string[]) => {
    const kept = words.slice(0, Math.max(0, budget));
    budget -= kept.length;
    return kept;
  };
  for (let i = 0; i < parts.length; i++) {
    const words = tokens(parts[i] as string);
    const quoted = i % 2 === 1 && i < closed;
    if (quoted && words.length > 1) {
      const kept = take(words);
      if (kept.length > 1) phrases.push(kept);
      else terms.push(...kept);
    } else {
      for (const word of take(words)) if (!terms.includes(word)) terms.push(word);
    }
  }
  return { terms, phrases };
}

export const isEmptySearch = (q: ParsedSearchQuery) => q.terms.length === 0 && q.phrases.length === 0;

/** The query as a reader would retype it (for the search box and links to other pages). */
export function cleanSearchText(raw: string): string {
  return normalizeSearchText(raw.slice(0, MAX_SEARCH_QUERY_LENGTH)).replace(/\s+/g, ' ').trim();
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/** Splits a marked snippet into plain text and hits; stray or unbalanced markers are dropped. */
export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let current = '';
  const flush = () => {
    if (current) parts.push({ text: current, hit });
    current = '';
  };
  for (const ch of marked) {
    if (ch === HIT_START) {
      flush();
      hit = true;
    } else if (ch === HIT_END) {
      flush();
      hit = false;
    } else current += ch;
  }
  flush();
  return parts;
}

/** Relevance (higher is better) blended with age; the same rule the stores compute in SQL. */
export function blendWithRecency(relevance: number, ageDays: number): number {
  return relevance * (1 + 1 / (1 + Math.max(0, ageDays) / RECENCY_DAYS));
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `YYYY-MM-DD` filter as an ISO bound on first publication (UTC days):
 * `from` is the day's start, `to` the next day's start (exclusive), so both
 * ends include the named day. Anything else is no bound (a filter, not an error).
 */
export function searchDateBound(value: string | null | undefined, end: 'from' | 'to'): string | undefined {
  const m = value ? DAY.exec(value) : null;
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (end === 'to' ? 1 : 0)));
  // Date.UTC rolls 2026-02-31 over into March: such a day does not exist.
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000 || date.getUTCFullYear() > 9999) return undefined;
  const back = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (back.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return date.toISOString();
}

/** A page number from a query parameter: 1 when absent or unreadable, never past MAX_SEARCH_PAGE. */
export function searchPageNumber(value: string | null | undefined): number {
  const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.min(Math.max(n, 1), MAX_SEARCH_PAGE);
}
