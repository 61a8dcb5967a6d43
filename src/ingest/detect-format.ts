/**
 * Which wire format a file is, decided by its content (never its name):
 * the XML root element, or the shape of the JSON.
 */
import { WireRejection } from './wire-rejection.js';
import { assertNoDtd } from './xml.js';

export type Syntax = { syntax: 'xml'; root: string } | { syntax: 'json' };

/** XML (with the local name of its root element) or JSON; anything else is refused. */
export function sniffSyntax(text: string): Syntax {
  let i = skipSpace(text, 0);
  const first = text[i];
  if (first === '{' || first === '[') return { syntax: 'json' };
  if (first !== '<') {
    throw new WireRejection('unknown_format', 'Neither XML nor JSON: the file does not start with "<", "{" or "[".');
  }
  // Skip the XML declaration, processing instructions and comments before the root.
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else break;
  }
  if (text.startsWith('<!', i)) assertNoDtd(text); // a DOCTYPE before the root is refused as unsafe, not malformed
  const match = /^<([A-Za-z_][\w.:-]{0,100})/.exec(text.slice(i, i + 110));
  if (!match?.[1]) throw new WireRejection('malformed', 'Looks like XML but no root element could be found.');
  const qualified = match[1];
  return { syntax: 'xml', root: qualified.slice(qualified.indexOf(':') + 1) };
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /[\s\ufeff]/.test(text[i] as string)) i++;
  return i;
}

function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from + 2);
  if (end === -1) throw new WireRejection('malformed', `Not well-formed XML: "${terminator}" missing in the prolog.`);
  return end + terminator.length;
}

/** NewsML-G2 elements that are only parts of an item: a fragment, not a file we can ingest. */
const G2_FRAGMENTS = new Set(['contentSet', 'contentMeta', 'itemMeta', 'inlineXML', 'rightsInfo', 'groupSet', 'itemSet']);

export function describeUnsupportedXmlRoot(root: string): WireRejection {
  if (G2_FRAGMENTS.has(root)) {
    return new WireRejection('unknown_format', `A NewsML-G2 fragment (<${root}>) without the newsItem around it; it has no identity to ingest.`);
  }
  if (root === 'html') return new WireRejection('unknown_format', 'An HTML page, not a wire file.');
  if (root === 'nitf') return new WireRejection('unsupported', 'A bare NITF document: send it inside NewsML-G2 or NewsML 1.2 so it has a guid and version.');
  if (root === 'RDF') return new WireRejection('unsupported', 'An RSS 1.0 (RDF) feed; only RSS 2.0 and Atom feeds are accepted.');
  return new WireRejection('unknown_format', `XML with root element <${root}> is not a supported wire format (NewsML-G2, NewsML 1.2, RSS 2.0 or Atom).`);
}

export type JsonFlavour = 'ninjs' | 'dpa-digitalwires';

/** ninjs or dpa digitalwires, or a reasoned refusal (JSON schemas, CMS exports, other JSON). */
export function classifyJson(value: unknown): JsonFlavour {
  const sample = Array.isArray(value) ? value[0] : value;
  if (Array.isArray(value) && value.length === 0) throw new WireRejection('unknown_format', 'An empty JSON array: no items.');
  if (!isRecord(sample)) throw new WireRejection('unknown_format', 'JSON that is not an object or an array of objects.');
  if (isJsonSchema(sample)) {
    throw new WireRejection('unsupported', 'A JSON schema, not a news item (it describes the ninjs format rather than carrying a story).');
  }
  if ('db' in sample && Array.isArray(sample.db)) throw new WireRejection('unsupported', 'A Ghost CMS export, not a wire item; use the site import.');
  if (isDpa(sample) || (Array.isArray(sample.entries) && isDpa(sample.entries[0]))) return 'dpa-digitalwires';
  const listed = listedItems(sample);
  if (isNinjs(sample) || (listed && isNinjs(listed[0]))) return 'ninjs';
  throw new WireRejection('unknown_format', 'JSON that is neither ninjs nor dpa digitalwires (no uri/guid, headline or body fields).');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJsonSchema(value: Record<string, unknown>): boolean {
  if (typeof value.$schema === 'string') return true;
  return isRecord(value.properties) && (value.type === 'object' || isRecord(value.$defs) || isRecord(value.definitions));
}

function isDpa(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (typeof value.format === 'string' && value.format.startsWith('digitalwires')) return true;
  return typeof value.urn === 'string' && ('version_created' in value || 'article_html' in value || 'entry_id' in value);
}

const NINJS_KEYS = [
  'uri', 'guid', 'headline', 'headlines', 'versioncreated', 'versionCreated', 'bodies', 'body_html', 'body_text',
  'body_xhtml', 'body_richtext', 'pubstatus', 'pubStatus', 'renditions', 'associations',
];

const NINJS_TYPES = new Set(['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component']);

function isNinjs(value: unknown): boolean {
  if (!isRecord(value)) return false;
  let hits = NINJS_TYPES.has(String(value.type)) ? 1 : 0;
  for (const key of NINJS_KEYS) if (key in value) hits++;
  return hits >= 2 || (isRecord(value.standard) && value.standard.name === 'ninjs');
}

/** Search-result envelopes around ninjs items: `{ item: [...] }`, `{ items: [...] }`, `{ _items: [...] }`. */
export function listedItems(value: Record<string, unknown>): unknown[] | undefined {
  for (const key of ['_items', 'items', 'item']) {
    const list = value[key];
    if (Array.isArray(list) && list.length > 0) return list;
  }
  return undefined;
}
