/**
 * The one rule for URLs stored in article bodies (span links, embeds). The
 * admin API's schemas, the paste and wire converters and the renderer all ask
 * this function, so a URL the API refuses can never be rendered as a link
 * either. Browsers forgive a lot (they drop tabs and newlines inside a URL,
 * read `\` as `/`, ignore leading spaces and letter case in the scheme), so the
 * rule refuses every character that lets one string mean two things, instead
 * of trying to list the dangerous schemes.
 */

/** `link`: a span's href (http(s), mailto, site-relative). `embed`: a media URL (http(s) only). */
export type UrlUse = 'link' | 'embed';

export const MAX_URL_LENGTH = 2000;

// Control characters, every Unicode space and the backslash: browsers strip or reinterpret them.
// eslint-disable-next-line no-control-regex
const AMBIGUOUS = /[\u0000-\u0020\u007f-\u009f\s\\]/u;
const HTTP = /^https?:\/\//i;
const MAILTO = /^mailto:./i;
/** "/" followed by anything but another "/" (which would name another host). */
const SITE_RELATIVE = /^\/(?!\/)/;

function isHttpUrl(value: string): boolean {
  if (!HTTP.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function isSafeUrl(value: string, use: UrlUse): boolean {
  if (value === '' || value.length > MAX_URL_LENGTH || AMBIGUOUS.test(value)) return false;
  if (isHttpUrl(value)) return true;
  if (use === 'embed') return false;
  return MAILTO.test(value) || SITE_RELATIVE.test(value);
}

/** What the admin API says when `isSafeUrl` refuses a value. */
export const UNSAFE_URL_MESSAGE: Record<UrlUse, string> = {
  link: 'links must be http(s)://, mailto: or a site path starting with a single "/", without spaces or backslashes',
  embed: 'embed URLs must be http(s):// addresses without spaces or backslashes',
};
