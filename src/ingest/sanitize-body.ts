/**
 * Agency body markup (XHTML, HTML, NITF) → a small, safe HTML subset, with a note
 * for every dangerous thing removed. Only structure survives: paragraphs,
 * headings, emphasis, links (absolute http(s)/mailto), lists, quotes, line
 * breaks, figures and images. NITF elements are mapped to their HTML twins
 * (hl2 → h2, bq → blockquote, media → figure …). The output is then turned
 * into blocks by `html-to-blocks.ts`; it is never stored as HTML.
 */
import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { isSafeUrl } from '../domain/safe-url.js';
import type { NoteCounter } from './note-counter.js';
import { decodeEntities } from './text-utils.js';
import { WireRejection } from './wire-rejection.js';

const STRUCTURE = ['div', 'section', 'article', 'table', 'tr', 'dl', 'dt', 'dd', 'pre', 'address'];
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'i', 'em', 'a', 'ul', 'ol', 'li',
  'blockquote', 'cite', 'br', 'figure', 'figcaption', 'img', ...STRUCTURE,
];

/** Elements removed together with their content; the dangerous ones are noted. */
const DANGEROUS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'textarea', 'select', 'base', 'svg', 'math', 'template', 'noscript', 'video', 'audio',
  'source', 'track', 'canvas', 'param', 'xmp', 'plaintext', 'portal', 'link',
]);
const NON_TEXT = [
  ...DANGEROUS, 'option', 'head', 'title', 'header', 'body.head', 'meta',
];

const NITF_TO_HTML: Record<string, string> = {
  hl1: 'h1', hl2: 'h2', bq: 'blockquote', credit: 'cite', block: 'div', 'body.content': 'div',
  'body.end': 'div', media: 'figure', 'media-caption': 'figcaption', 'media-producer': 'cite',
  'nitf-table': 'table', note: 'div', fn: 'div', tagline: 'p',
};

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data']);

/** Sanitises `dirty` markup; every removal worth telling an editor about goes into `notes`. */
export function sanitizeBodyHtml(dirty: string, notes: NoteCounter): string {
  guardMarkup(dirty);
  return sanitizeHtml(dirty, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'], img: ['src', 'alt', 'width', 'height'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    nonTextTags: NON_TEXT,
    disallowedTagsMode: 'discard',
    parser: { recognizeSelfClosing: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
    onOpenTag: (name, attribs) => audit(localName(name), attribs, notes),
    transformTags: { '*': (name, attribs) => transform(localName(name), attribs) },
  });
}

function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

function audit(name: string, attribs: Record<string, string>, notes: NoteCounter): void {
  if (DANGEROUS.has(name)) notes.add(`removed <${name}> element`);
  for (const [attribute, value] of Object.entries(attribs)) {
    const local = attribute.toLowerCase();
    if (local.startsWith('on')) notes.add(`removed ${local} attribute`);
    else if (local === 'style') notes.add('removed style attribute');
    else if (URL_ATTRIBUTES.has(local)) auditUrl(name, local, value, notes);
  }
  if (name === 'media-reference' && attribs.source !== undefined) auditUrl('img', 'src', attribs.source, notes);
}

function auditUrl(tag: string, attribute: string, value: string, notes: NoteCounter): void {
  const scheme = urlScheme(value);
  const isImage = tag === 'img' && attribute === 'src';
  if (scheme === undefined) {
    if (tag === 'a' && attribute === 'href' && value.trim() !== '' && !value.trim().startsWith('#')) {
      notes.add('removed relative link');
    }
    return;
  }
  const allowed = isImage ? scheme === 'http' || scheme === 'https' : ['http', 'https', 'mailto'].includes(scheme);
  if (allowed && (tag === 'a' || isImage)) return;
  if (allowed) return; // the element itself is removed (and noted) elsewhere
  notes.add(isImage ? `removed ${scheme}: image` : `removed ${scheme}: link`);
}

/** The scheme of a URL as a browser would read it (control characters and spaces ignored). */
export function urlScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
  const match = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return match?.[1];
}

/** Absolute links only: a relative link in wire copy points at the agency's site, not ours. */
export function isSafeLink(href: string): boolean {
  const value = href.trim();
  return isSafeUrl(value, 'link') && !value.startsWith('/');
}

function transform(name: string, attribs: Record<string, string>): sanitizeHtml.Tag {
  const tagName = NITF_TO_HTML[name] ?? name;
  if (tagName === 'a') {
    const href = attribs.href?.trim();
    return { tagName, attribs: href && isSafeLink(href) ? { href } : {} };
  }
  if (name === 'media-reference' || tagName === 'img') {
    const src = (attribs.src ?? attribs.source ?? '').trim();
    const scheme = urlScheme(src);
    const safe = src !== '' && (scheme === undefined || scheme === 'http' || scheme === 'https');
    const out: Record<string, string> = {};
    if (safe) out.src = src;
    const alt = attribs.alt ?? attribs['alternate-text'];
    if (alt) out.alt = alt;
    if (attribs.width && /^\d{1,5}$/.test(attribs.width)) out.width = attribs.width;
    if (attribs.height && /^\d{1,5}$/.test(attribs.height)) out.height = attribs.height;
    return { tagName: 'img', attribs: out };
  }
  return { tagName, attribs: {} };
}

/** Receives the sanitiser's output as events: exactly the tags, attributes and text `sanitizeBodyHtml` would write. */
export interface SanitizedMarkupSink {
  open(tag: string, attributes: Readonly<Record<string, string>>): void;
  close(tag: string): void;
  /** All text between two emitted tags, in one piece, entities decoded. */
  text(text: string): void;
}

const ALLOWED = new Set(ALLOWED_TAGS);
const NON_TEXT_TAGS = new Set(NON_TEXT);
/** sanitize-html's defaults for the options we leave alone. */
const SELF_CLOSING = new Set(['img', 'br', 'hr', 'area', 'base', 'basefont', 'input', 'link', 'meta']);
const VALID_HTML_ATTRIBUTE_NAME = /^[^\0\t\n\f\r /<=>]+$/;
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * The same sanitiser as `sanitizeBodyHtml`, in one pass: the same parser, options, audit
 * (notes) and transforms, with sanitize-html's discard-mode rules (allowed tags, non-text
 * tags dropped with their content, attribute and scheme checks, unmatched closing tags
 * ignored) applied as events to `sink` instead of being serialised to HTML and parsed again.
 * Any change to the options of `sanitizeBodyHtml` must be made here too.
 */
export function sanitizeBodyInto(dirty: string, notes: NoteCounter, sink: SanitizedMarkupSink): void {
  guardMarkup(dirty);
  const stack: string[] = [];
  const skipMap = new Map<number, true>();
  const transformMap = new Map<number, string>();
  let depth = 0;
  let skipText = false;
  let skipTextDepth = 0;
  let pending = '';
  const flush = () => {
    if (pending === '') return;
    sink.text(pending);
    pending = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const local = localName(name);
        audit(local, attribs, notes);
        if (skipText) {
          skipTextDepth++;
          return;
        }
        stack.push(name);
        const transformed = transform(local, attribs);
        let tag = name;
        if (name !== transformed.tagName) {
          tag = transformed.tagName;
          transformMap.set(depth, tag);
        }
        if (!ALLOWED.has(tag)) {
          skipMap.set(depth, true);
          if (NON_TEXT_TAGS.has(tag)) {
            skipText = true;
            skipTextDepth = 1;
          }
          depth++;
          return;
        }
        depth++;
        flush();
        sink.open(tag, keptAttributes(tag, transformed.attribs));
      },
      ontext(text) {
        if (!skipText) pending += text;
      },
      onclosetag(name) {
        if (skipText) {
          skipTextDepth--;
          if (skipTextDepth === 0) skipText = false;
          else return;
        }
        const top = stack.pop();
        if (top === undefined) return;
        if (top !== name) {
          stack.push(top);
          return;
        }
        skipText = false;
        depth--;
        if (skipMap.has(depth)) {
          skipMap.delete(depth);
          return;
        }
        let tag = name;
        const transformed = transformMap.get(depth);
        if (transformed) {
          tag = transformed;
          transformMap.delete(depth);
        }
        if (SELF_CLOSING.has(tag)) return;
        flush();
        sink.close(tag);
      },
    },
    { recognizeSelfClosing: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(dirty);
  parser.end();
  flush();
}

/** The attributes sanitize-html keeps on an allowed tag (our allow-list: a[href], img[src alt width height]). */
function keptAttributes(tag: string, attribs: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const allowed = tag === 'a' ? ['href'] : tag === 'img' ? ['src', 'alt', 'width', 'height'] : null;
  if (!allowed) return NO_ATTRIBUTES;
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    if (!VALID_HTML_ATTRIBUTE_NAME.test(name)) continue;
    // All four are "non-boolean" attributes; only alt may be empty.
    if (value === '' && name !== 'alt') continue;
    if (!allowed.includes(name)) continue;
    if ((name === 'href' || name === 'src') && naughtyHref(tag, value)) continue;
    kept[name] = value;
  }
  return kept;
}

/** sanitize-html's scheme check (launder's naughtyHref) with our options: per-tag schemes, no protocol-relative URLs. */
function naughtyHref(tag: string, value: string): boolean {
  // eslint-disable-next-line no-control-regex
  let href = value.replace(/[\x00-\x20]+/g, '');
  for (;;) {
    const first = href.indexOf('<!--');
    if (first === -1) break;
    const last = href.indexOf('-->', first + 4);
    if (last === -1) break;
    href = href.substring(0, first) + href.substring(last + 3);
  }
  const match = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(href);
  if (!match) return /^[/\\]{2}/.test(href);
  const scheme = (match[1] ?? '').toLowerCase();
  return tag === 'img' ? scheme !== 'http' && scheme !== 'https' : scheme !== 'http' && scheme !== 'https' && scheme !== 'mailto';
}

/** Markup (e.g. an HTML caption) → plain text, tags dropped, entities decoded, whitespace collapsed. */
export function markupToPlainText(markup: string): string {
  guardMarkup(markup);
  const text = sanitizeHtml(markup.replace(/<\/?(p|br|div|li|h\d)\b[^<>]*>/gi, ' '), {
    allowedTags: [],
    allowedAttributes: {},
    nonTextTags: NON_TEXT,
    parser: { recognizeSelfClosing: true, decodeEntities: true },
  });
  return decodeEntities(text).replace(/[\s\u00a0]+/g, ' ').trim();
}

export const MAX_BODY_ELEMENTS = 50_000;
export const MAX_BODY_DEPTH = 256;

/** Elements that never deepen the HTML parser's stack: void, or closed implicitly by their next sibling. */
const FLAT = new Set([
  'br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'wbr', 'area', 'base', 'col', 'embed', 'param', 'track',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);

/**
 * The HTML parser's cost grows with nesting depth for every tag (its open-element
 * stack), so a body of 100,000 unclosed elements would take minutes. One linear
 * pass refuses absurd bodies first: real wire copy is a few hundred elements, a
 * dozen deep.
 */
function guardMarkup(markup: string): void {
  if (!markup.includes('<')) return;
  let elements = 0;
  let depth = 0;
  for (const match of markup.matchAll(/<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g)) {
    if (++elements > MAX_BODY_ELEMENTS) {
      throw new WireRejection('too_large', `A body holds more than ${MAX_BODY_ELEMENTS} elements; real stories hold a few hundred.`);
    }
    const name = (match[2] ?? '').toLowerCase().replace(/^[^:]*:/, '');
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (match[3] !== '/' && !FLAT.has(name) && ++depth > MAX_BODY_DEPTH) {
      throw new WireRejection('unsafe', `A body nests elements more than ${MAX_BODY_DEPTH} deep; refused to protect the parser.`);
    }
  }
}
