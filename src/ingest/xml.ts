/**
 * Safe XML reading for wire files: no DTDs or entity declarations ever (XXE and
 * entity-expansion bombs are refused before the parser runs), a markup budget
 * (element and attribute counts, src/ingest/xml-markup-budget.ts), a well-formedness
 * check with line and column, then fast-xml-parser into a small ordered element
 * tree with namespace prefixes removed. Elements named in `stopNodes` (bodies)
 * keep their inner markup verbatim in `text`, for the HTML sanitiser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeEntities } from './text-utils.js';
import { assertXmlMarkupBudget } from './xml-markup-budget.js';
import { WireRejection } from './wire-rejection.js';

export interface XmlElement {
  /** Local name, namespace prefix removed (`ns0:newsItem` → `newsItem`). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** Direct text (entities decoded, CDATA included); for stop nodes the raw inner markup. */
  readonly text: string;
  /** Text and child elements in document order (mixed content). */
  readonly content: readonly (string | XmlElement)[];
  /** Offsets of the element in the source text, for keeping an item's raw XML. */
  readonly start: number;
  readonly end: number;
}

const META = XMLParser.getMetaDataSymbol() as symbol;
const parsers = new Map<string, XMLParser>();

/** Rejects DTDs and entity declarations anywhere in the text (inside CDATA too: no exceptions). */
export function assertNoDtd(text: string): void {
  const match = /<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST)/i.exec(text);
  if (!match) return;
  const { line, column } = lineColumnAt(text, match.index);
  const what = match[1]?.toUpperCase() === 'ENTITY' ? 'an entity declaration' : 'a DTD';
  throw new WireRejection(
    'unsafe',
    `Contains ${what} (<!${match[1]?.toUpperCase()} at line ${line}, column ${column}); DTDs, external entities and entity expansion are not accepted.`,
    { line, column },
  );
}

export function parseXml(text: string, stopNodes: readonly string[]): XmlElement {
  assertNoDtd(text);
  // Before the validator: it and the parser are what a file with 300,000 attributes would keep busy for seconds.
  assertXmlMarkupBudget(text);
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (verdict !== true) {
    const { msg, line, col } = verdict.err;
    throw new WireRejection('malformed', `Not well-formed XML: ${msg} (line ${line}, column ${col}).`, {
      line,
      column: col,
    });
  }
  let nodes: unknown;
  try {
    nodes = parserFor(stopNodes).parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new WireRejection('malformed', `Could not be read as XML: ${message}.`, { cause });
  }
  const matcher = new StopNodeMatcher(stopNodes);
  const root = (Array.isArray(nodes) ? nodes : []).map((n) => toElement(n, '', matcher)).find((e) => e !== undefined);
  if (!root) throw new WireRejection('malformed', 'XML without a root element.');
  return root;
}

/**
 * Entities are decoded here rather than by fast-xml-parser: one pass over text
 * and attribute values (XML entities, numeric references, `&nbsp;`), none over
 * CDATA or stop-node markup, and no entity table built per document.
 */
function parserFor(stopNodes: readonly string[]): XMLParser {
  const key = stopNodes.join('|');
  let parser = parsers.get(key);
  if (!parser) {
    parser = new XMLParser({
      preserveOrder: true,
      captureMetaData: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      cdataPropName: CDATA,
      processEntities: false,
      htmlEntities: false,
      maxNestedTags: 200,
      jPath: false,
      stopNodes: [...stopNodes],
    });
    parsers.set(key, parser);
  }
  return parser;
}

const CDATA = '#cdata';

/** Stop-node patterns as fast-xml-parser reads them: `*.name` or a full path `a.b.c`. */
class StopNodeMatcher {
  private readonly anyDepth = new Set<string>();
  private readonly paths = new Set<string>();

  constructor(patterns: readonly string[]) {
    for (const pattern of patterns) {
      if (pattern.startsWith('*.')) this.anyDepth.add(pattern.slice(2));
      else this.paths.add(pattern);
    }
  }

  matches(name: string, path: string): boolean {
    return this.anyDepth.has(name) || this.paths.has(path);
  }
}

type RawNode = Record<string, unknown> & { [META]?: { startIndex?: number; endIndex?: number } };

function toElement(node: unknown, parentPath: string, stopNodes: StopNodeMatcher): XmlElement | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const raw = node as RawNode;
  const name = Object.keys(raw).find((k) => k !== ':@' && k !== '#text' && k !== CDATA);
  if (name === undefined) return undefined;
  const path = parentPath === '' ? name : `${parentPath}.${name}`;
  const isStopNode = stopNodes.matches(name, path);
  const content = raw[name];
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const rawAttrs = raw[':@'];
  if (rawAttrs && typeof rawAttrs === 'object') {
    for (const [k, v] of Object.entries(rawAttrs)) if (typeof v === 'string') attrs[k] = decodeEntities(v);
  }
  const children: XmlElement[] = [];
  const mixed: (string | XmlElement)[] = [];
  let text = '';
  if (Array.isArray(content)) {
    for (const child of content) {
      const piece = textOf(child, isStopNode);
      if (piece !== undefined) {
        text += piece;
        mixed.push(piece);
        continue;
      }
      const element = toElement(child, path, stopNodes);
      if (element) {
        children.push(element);
        mixed.push(element);
      }
    }
  }
  const meta = raw[META];
  return { name, attrs, children, text, content: mixed, start: meta?.startIndex ?? 0, end: meta?.endIndex ?? 0 };
}

/** Text of a text or CDATA node (entities decoded outside CDATA and stop nodes), else undefined. */
function textOf(node: unknown, raw: boolean): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if ('#text' in record) {
    const value = String(record['#text'] ?? '');
    return raw ? value : decodeEntities(value);
  }
  const cdata = record[CDATA];
  if (Array.isArray(cdata)) return cdata.map((c) => String((c as Record<string, unknown>)?.['#text'] ?? '')).join('');
  return undefined;
}

export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

// ---- navigation helpers -------------------------------------------------------------------

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** First element at a path of child names, e.g. `path(item, 'itemMeta', 'provider')`. */
export function path(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = el;
  for (const name of names) current = child(current, name);
  return current;
}

/** All descendant text in document order, whitespace collapsed. */
export function deepText(el: XmlElement | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const stack: (string | XmlElement)[] = [el];
  while (stack.length > 0) {
    const current = stack.pop() as string | XmlElement;
    if (typeof current === 'string') {
      parts.push(current);
      continue;
    }
    parts.push(' ');
    for (let i = current.content.length - 1; i >= 0; i--) stack.push(current.content[i] as string | XmlElement);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Text of a child element (deep, collapsed), or undefined when absent or empty. */
export function childText(el: XmlElement | undefined, name: string): string | undefined {
  const text = deepText(child(el, name));
  return text === '' ? undefined : text;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  const value = el?.attrs[name]?.trim();
  return value ? value : undefined;
}

/** Local part of a QCode: `stat:usable` → `usable`. */
export function qcodeLocal(qcode: string | undefined): string | undefined {
  if (!qcode) return undefined;
  const i = qcode.indexOf(':');
  return i === -1 ? qcode : qcode.slice(i + 1);
}
