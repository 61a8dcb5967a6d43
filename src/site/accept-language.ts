/**
 * Picks the edition for `/` from the reader's `Accept-Language` header
 * (RFC 9110 §12.5.4): language ranges in order of their q-values, the first that
 * an edition serves wins, by full tag or by primary language (`de-AT` → `de`).
 * The header is attacker-controlled, so parsing is bounded: only its first
 * ACCEPT_LANGUAGE_LIMITS.maxLength characters and maxEntries ranges are read.
 */
export const ACCEPT_LANGUAGE_LIMITS = { maxLength: 512, maxEntries: 16 } as const;

export interface WeightedRange {
  /** Lower-case language range, e.g. `de-at` or `*`. */
  range: string;
  q: number;
}

const RANGE = /^(\*|[a-z]{1,8}(-[a-z0-9]{1,8})*)$/;
const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/;

/** The ranges the reader accepts (q > 0), best first; equal q keeps the header's order. */
export function parseAcceptLanguage(header: string | undefined): WeightedRange[] {
  if (!header) return [];
  const entries = header.slice(0, ACCEPT_LANGUAGE_LIMITS.maxLength).split(',', ACCEPT_LANGUAGE_LIMITS.maxEntries);
  const ranges: WeightedRange[] = [];
  for (const entry of entries) {
    const [rawRange = '', ...params] = entry.split(';').map((p) => p.trim().toLowerCase());
    if (!RANGE.test(rawRange)) continue;
    let q = 1;
    for (const param of params) {
      if (!param.startsWith('q=')) continue;
      q = QUALITY.test(param) ? Number(param.slice(2)) : 0;
    }
    if (q > 0) ranges.push({ range: rawRange, q });
  }
  // Array.prototype.sort is stable, so ties stay in the reader's order.
  return ranges.sort((a, b) => b.q - a.q);
}

export interface EditionLanguage {
  code: string;
  /** BCP 47 tag, e.g. `de` or `ar`. */
  lang: string;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0] ?? '';

/** The code of the edition the header asks for, or `fallback` (the default edition) when none matches. */
export function chooseEdition(header: string | undefined, editions: readonly EditionLanguage[], fallback: string): string {
  for (const { range } of parseAcceptLanguage(header)) {
    if (range === '*') return fallback;
    const exact = editions.find((e) => e.lang.toLowerCase() === range || e.code.toLowerCase() === range);
    if (exact) return exact.code;
    const byLanguage = editions.find((e) => primary(e.lang) === primary(range));
    if (byLanguage) return byLanguage.code;
  }
  return fallback;
}
