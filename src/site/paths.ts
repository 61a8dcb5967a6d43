/** Public URL shapes, built in one place. */
import { boundedMemo } from '../cache/bounded-memo.js';

export const editionHomePath = (editionCode: string) => `/${editionCode}/`;
export const sectionPagePath = (editionCode: string, sectionPath: string) => `/${editionCode}/${sectionPath}/`;
export const topicPagePath = (editionCode: string, slug: string) => `/${editionCode}/topic/${encodeURIComponent(slug)}/`;
export const authorPagePath = (editionCode: string, slug: string) => `/${editionCode}/author/${encodeURIComponent(slug)}/`;
export const mediaPath = (fileName: string) => `/media/${fileName}`;
export { articlePath, shortLinkPath } from '../domain/article.js';

/** One percent-encoded non-ASCII character: its 2, 3 or 4 UTF-8 bytes (ASCII escapes such as `%2F` never match). */
const ENCODED_CHARACTER = /%[C-Dc-d][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){2}|%[Ff][0-7](?:%[89ABab][0-9A-Fa-f]){3}/g;
/** A run of escaped non-ASCII bytes (a word of an Arabic or German slug): decoded in one call where it can be. */
const ENCODED_RUN = /(?:%[89A-Fa-f][0-9A-Fa-f])+/g;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const WORD_CHARACTERS = /^[\p{L}\p{M}\p{N}]+$/u;
const NON_ASCII_RUN = /[^\u0000-\u007f]+/g;

function decodeWordCharacter(escaped: string): string {
  let character: string;
  try {
    character = decodeURIComponent(escaped);
  } catch {
    return escaped; // not UTF-8 (an overlong form, a surrogate): left as it came
  }
  return WORD_CHARACTER.test(character) ? character : escaped;
}

/**
 * The path builders above give URIs (percent-encoded), which is what HTTP
 * `Location` headers, sitemaps, feeds and the Content API need. Links in the
 * site's own HTML carry the same path as an IRI instead: an Arabic letter is
 * its 2 UTF-8 bytes rather than 6 (`%D8%A7`), which makes an Arabic page's
 * links a third of the size; browsers (and crawlers) encode it again when they
 * follow the link, so the request is the same. Only letters, marks and digits
 * are decoded: `%2F`, `%3F`, `%23`, `%25`, spaces, punctuation and bidi controls keep their escapes.
 * A page makes hundreds of these, so a run of escapes that is all letters (the
 * usual case: a word of a slug) is decoded at once, and only a run holding
 * something else is taken character by character.
 */
export function linkHref(uri: string): string {
  if (!uri.includes('%')) return uri;
  return recentIris.get(uri, toIri);
}

/** The same links recur on every page (menus, teasers of the newest stories): kept, up to a bound. */
const recentIris = boundedMemo<string>(10_000);

function toIri(uri: string): string {
  return uri.replace(ENCODED_RUN, (run) => {
    try {
      const decoded = decodeURIComponent(run);
      if (WORD_CHARACTERS.test(decoded)) return decoded;
    } catch {
      // Not whole UTF-8 characters throughout: character by character below.
    }
    return run.replace(ENCODED_CHARACTER, decodeWordCharacter);
  });
}

/** The reverse of linkHref: percent-encodes whatever is not ASCII (a URI, as HTTP headers and XML documents need). */
export function uriOf(iri: string): string {
  return iri.replace(NON_ASCII_RUN, (run) => encodeURIComponent(run));
}
