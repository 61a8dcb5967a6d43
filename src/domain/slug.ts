/**
 * URL slugs. Letters and digits of any script are kept (Arabic headlines give
 * Arabic slugs, as broadcasters' Arabic sites do); Latin accents are folded,
 * German umlauts and letters such as ø, æ, ł transliterated; everything else becomes a single hyphen.
 */
export const SLUG_MAX_LENGTH = 80;
const GERMAN: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
/** Latin letters that are not an accent on a base letter, so Unicode decomposition leaves them alone. */
const LATIN_LETTERS: Record<string, string> = {
  ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i',
};
const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** `fallback` is the slug of a text with no letters or digits at all. */
export function slugify(text: string, fallback = 'article'): string {
  const folded = text
    .replace(/[äöüßÄÖÜ]/g, (ch) => GERMAN[ch] ?? ch)
    .replace(/[øØæÆœŒłŁđĐðÐþÞı]/g, (ch) => LATIN_LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en');
  const hyphenated = folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  if (hyphenated.length <= SLUG_MAX_LENGTH) return hyphenated || fallback;
  const cut = hyphenated.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '') || fallback;
}

/**
 * The slug of an author page: the name's slug, or with `-2`, `-3` … when
 * another author already has it (two reporters may share a name). Every
 * author slug comes from here: the store when an author is created, and the
 * migration that gave existing authors theirs.
 */
export function authorSlug(name: string, isTaken: (slug: string) => boolean): string {
  const base = slugify(name, 'author');
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}

export function isValidSlug(candidate: string): boolean {
  return candidate.length > 0 && candidate.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(candidate);
}
