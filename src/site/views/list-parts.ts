/**
 * A list of names ("A, B and C") as the edition's language writes it, in parts
 * so each name can be a link. Intl.ListFormat gives the language's words and
 * order; for Arabic, CLDR joins every item with "و" ("A وB وC"), whereas
 * Arabic news copy separates all but the last with the Arabic comma ("A، B وC"),
 * so there the inner separators become "، ".
 */
import { boundedMemo } from '../../cache/bounded-memo.js';

export type ListPart = { readonly type: 'element' | 'literal'; readonly value: string };

/** Per locale: its list formatter and whether it is Arabic, both costly Intl objects to make per call. */
const formatters = new Map<string, { format: Intl.ListFormat; arabic: boolean }>();

function formatterFor(locale: string): { format: Intl.ListFormat; arabic: boolean } {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = { format: new Intl.ListFormat(locale, { type: 'conjunction' }), arabic: new Intl.Locale(locale).language === 'ar' };
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Lists already made, by locale and items: every article page lists its
 * authors and `formatToParts` was about 1 % of building one. Bounded, as the
 * names come from an archive of any size.
 */
const madeLists = boundedMemo<readonly ListPart[]>(5000);

export function listParts(locale: string, items: readonly string[]): readonly ListPart[] {
  return madeLists.get(`${locale}\u0000${items.length}\u0000${items.join('\u0000')}`, () => Object.freeze(makeListParts(locale, items)));
}

function makeListParts(locale: string, items: readonly string[]): ListPart[] {
  const { format, arabic } = formatterFor(locale);
  const parts: ListPart[] = format.formatToParts(items).map((p) => ({ type: p.type, value: p.value }));
  if (!arabic) return parts;
  const literals = parts.flatMap((p, i) => (p.type === 'literal' ? [i] : []));
  // Only separators between elements; the last one keeps its "و".
  for (const i of literals.slice(0, -1)) if (parts[i - 1]?.type === 'element' && parts[i + 1]?.type === 'element') parts[i] = { type: 'literal', value: '، ' };
  return parts;
}

export function formatList(locale: string, items: readonly string[]): string {
  return listParts(locale, items).map((p) => p.value).join('');
}
