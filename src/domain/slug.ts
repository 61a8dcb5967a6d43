/**
 * URL slugs. Letters and digits of any script are kept (Arabic headlines give
 * Arabic slugs, as broadcasters' Arabic sites do); Latin accents are folded and
 * German umlauts transliterated; everything else becomes a single hyphen.
 */
export const SLUG_MAX_LENGTH = 80;
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

export function slugify(text: string): string {
  const folded = text
    .replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
  const hyphenated = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (hyphenated.length <= SLUG_MAX_LENGTH) return hyphenated || 'article';
  const cut = hyphenated.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '') || 'article';
}

export function isValidSlug(candidate: string): boolean {
  return candidate.length > 0 && candidate.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(candidate);
}
