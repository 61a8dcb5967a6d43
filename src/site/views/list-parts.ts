/**
 * A list of names ("A, B and C") as the edition's language writes it, in parts
 * so each name can be a link. Intl.ListFormat gives the language's words and
 * order; for Arabic, CLDR joins every item with "و" ("A وB وC"), whereas
 * Arabic news copy separates all but the last with the Arabic comma ("A، B وC"),
 * so there the inner separators become "، ".
 */
export type ListPart = { type: 'element' | 'literal'; value: string };

const formatters = new Map<string, Intl.ListFormat>();

function formatterFor(locale: string): Intl.ListFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.ListFormat(locale, { type: 'conjunction' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

export function listParts(locale: string, items: readonly string[]): ListPart[] {
  const parts: ListPart[] = formatterFor(locale).formatToParts(items).map((p) => ({ type: p.type, value: p.value }));
  if (new Intl.Locale(locale).language !== 'ar') return parts;
  const literals = parts.flatMap((p, i) => (p.type === 'literal' ? [i] : []));
  // Only separators between elements; the last one keeps its "و".
  for (const i of literals.slice(0, -1)) if (parts[i - 1]?.type === 'element' && parts[i + 1]?.type === 'element') parts[i] = { type: 'literal', value: '، ' };
  return parts;
}

export function formatList(locale: string, items: readonly string[]): string {
  return listParts(locale, items).map((p) => p.value).join('');
}
