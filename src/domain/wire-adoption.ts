/**
 * How agency copy becomes an article's kicker, teaser, byline and warnings:
 * pure rules, so the adopt operation stays about order and storage.
 */
import type { BodyBlock, ParagraphBlock } from './blocks.js';

const KICKER_MAX = 40;
export const TEASER_MAX = 300;

/** Cuts at a word boundary, with an ellipsis when anything was cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const isUpper = (word: string) => /\p{Lu}/u.test(word) && word === word.toLocaleUpperCase();

/**
 * Sluglines are written for machines (`POLITICS-EU-SUMMIT`, `US-Finance-Fed`),
 * kickers for readers, in sentence case. A word keeps its capitals when the
 * headline writes it the same way (`EU`, `Fed`, `Paris`: acronyms and names),
 * or when it is all capitals in a slugline that is not shouting as a whole
 * (`US` in `US-Finance-Fed`); every other word is lower case, and the first
 * letter is a capital. Without a headline an all-capitals slugline cannot
 * tell acronyms from words, so all of it becomes lower case.
 */
export function kickerFromSlugline(slugline: string | null, headline = ''): string {
  if (!slugline?.trim()) return '';
  const words = slugline.trim().split(/[\s_]+|-+/).filter(Boolean);
  const shouting = words.every((w) => !/\p{Ll}/u.test(w));
  const headlineWords = new Set(headline.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const cased = words.map((word) => {
    if (headlineWords.has(word)) return word;
    if (!shouting && isUpper(word) && word.length > 1) return word;
    return word.toLocaleLowerCase();
  });
  const text = cased.join(' ');
  const sentence = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return shorten(sentence, KICKER_MAX);
}

const spansText = (block: ParagraphBlock) => block.spans.map((s) => s.text).join('');

/**
 * The teaser and the body without repeating each other: the first paragraph
 * becomes the teaser and leaves the body when it is short enough to be a
 * teaser whole (at most 300 characters) and another paragraph follows;
 * otherwise the body stays whole and the teaser is left empty for the editor
 * to write (a cut-off copy of the lead would only repeat it, worse).
 */
export function splitTeaser(body: BodyBlock[]): { teaser: string; body: BodyBlock[] } {
  const first = body.findIndex((b) => b.type === 'paragraph' && spansText(b).trim() !== '');
  if (first === -1) return { teaser: '', body };
  const text = spansText(body[first] as ParagraphBlock).replace(/\s+/g, ' ').trim();
  const anotherFollows = body.slice(first + 1).some((b) => b.type === 'paragraph' && spansText(b).trim() !== '');
  if (text.length > TEASER_MAX || !anotherFollows) return { teaser: '', body };
  return { teaser: text, body: [...body.slice(0, first), ...body.slice(first + 1)] };
}

/**
 * The people in an agency byline, e.g. `By Jane Doe and Max Muster/AFP` →
 * `Jane Doe`, `Max Muster`. The agency part (after a slash or in brackets)
 * and a leading "By", "Von", "Par", "Por", "Di" are dropped; what does not look
 * like a person's name (an agency code, a long credit line) is left out.
 */
export function bylineNames(byline: string | null, provider: string): string[] {
  if (!byline) return [];
  const text = byline
    .replace(/\([^)]*\)/g, ' ')
    .split('/')[0]!
    .replace(/^\s*(by|von|par|por|di|av|door)\s+/i, '')
    .trim();
  return text
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n.length >= 3 && n.length <= 60 && /\s/.test(n) && /^\p{L}/u.test(n) && n.toLowerCase() !== provider.toLowerCase())
    .slice(0, 3);
}

/**
 * A picture download failure in words an editor can act on. The fetcher's
 * messages and Node's error codes (`getaddrinfo ENOTFOUND …`, `ETIMEDOUT`)
 * mean nothing on a desk; each is turned into what happened and what to do.
 */
export function explainPictureProblem(number: number, href: string, technical: string): string {
  const host = hostOf(href);
  const where = host ? `the agency's picture server (${host})` : 'the agency';
  const byHand = 'You can add a picture by hand from the media library.';
  const lead = `Picture ${number} was not imported:`;
  const status = /answered (\d{3})/.exec(technical)?.[1];
  if (/internal address|private|loopback/i.test(technical))
    return `${lead} its address points into a private network, which Herald does not download from unless an administrator allows it. ${byHand}`;
  if (/HERALD_WIRE_PICTURE_HOSTS/.test(technical))
    return `${lead} ${where} is not on the list of picture hosts this newsroom trusts (HERALD_WIRE_PICTURE_HOSTS). Ask an administrator to add it. ${byHand}`;
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo/i.test(technical))
    return `${lead} ${where} could not be found on the network. Check the address in the agency's story or try adopting again later. ${byHand}`;
  if (/timed out|ETIMEDOUT|timeout/i.test(technical))
    return `${lead} ${where} took too long to answer. Try adopting again later. ${byHand}`;
  if (/ECONNREFUSED|ECONNRESET|could not be downloaded/i.test(technical))
    return `${lead} ${where} could not be reached. Try adopting again later. ${byHand}`;
  if (status && Number(status) >= 500)
    return `${lead} ${where} had an error (HTTP ${status}). This is on the agency's side; try adopting again later. ${byHand}`;
  if (status === '401' || status === '403')
    return `${lead} ${where} refused access (HTTP ${status}). The picture may need the agency's login or may not be in your subscription. ${byHand}`;
  if (status === '404' || status === '410')
    return `${lead} ${where} no longer has it (HTTP ${status}). The agency may have withdrawn it. ${byHand}`;
  if (status) return `${lead} ${where} did not deliver it (HTTP ${status}). ${byHand}`;
  const limit = /limit of (\d+) bytes/.exec(technical)?.[1];
  if (limit || /larger than|too large/i.test(technical))
    return `${lead} it is larger than the ${limit ? `${Math.round(Number(limit) / 1048576)} MB ` : ''}the media library accepts (HERALD_MAX_IMAGE_BYTES). Ask the agency for a smaller rendition. ${byHand}`;
  if (/not a JPEG|unsupported|image type/i.test(technical))
    return `${lead} it is not a JPEG, PNG or WebP picture (perhaps a video or a web page), which the media library cannot take. ${byHand}`;
  return `${lead} ${technical.replace(/[.\s]+$/, '')}. ${byHand}`;
}

function hostOf(href: string): string | null {
  try {
    return new URL(href).hostname || null;
  } catch {
    return null;
  }
}
