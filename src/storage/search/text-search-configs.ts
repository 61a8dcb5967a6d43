/**
 * PostgreSQL text-search configuration per edition language, declared once:
 * stemming where PostgreSQL has a stemmer we trust for news text, `simple`
 * (lower-casing only) elsewhere. Arabic stays `simple` for now: its snowball
 * stemmer conflates many unrelated roots in headlines; switching a language
 * needs a reindex of that edition's documents (see docs/adr/0007-search-index.md).
 */
const CONFIGS: Record<string, string> = {
  en: 'english',
  de: 'german',
  ar: 'simple',
};

/** The configuration for a BCP 47 tag (its primary language subtag decides). */
export function textSearchConfigFor(lang: string): string {
  return CONFIGS[lang.toLowerCase().split('-')[0] ?? ''] ?? 'simple';
}
