/**
 * The wire desk's parsing core: bytes of one agency file → WireItems, or a
 * WireRejection with a reason. Size is checked before anything is read; the
 * text is decoded honouring BOM and declared encodings; the format is detected
 * from the content; bodies are sanitised into blocks. Nothing but a
 * WireRejection ever leaves this function.
 */
import type { WireFormat, WireItem } from '../domain/wire-item.js';
import { decodeWireBytes } from './decode-text.js';
import { classifyJson, describeUnsupportedXmlRoot, sniffSyntax } from './detect-format.js';
import { parseJson } from './json.js';
import { parseDpaDigitalwires } from './parsers/dpa-digitalwires.js';
import { parseAtom, parseRss, FEED_STOP_NODES, rejectIfWordpressExport } from './parsers/feed.js';
import { NEWSML_1_STOP_NODES, parseNewsMl1 } from './parsers/newsml-1.js';
import { NEWSML_G2_ROOTS, NEWSML_G2_STOP_NODES, parseNewsMlG2 } from './parsers/newsml-g2.js';
import { parseNinjs } from './parsers/ninjs.js';
import { isWireRejection, WireRejection } from './wire-rejection.js';
import { assertNoDtd, parseXml } from './xml.js';
import { DEFAULT_MAX_WIRE_BYTES } from './wire-limits.js';

export { WireRejection } from './wire-rejection.js';
export type { WireRejectionCode } from './wire-rejection.js';

export interface WireParseResult {
  items: WireItem[];
  format: WireFormat;
}

export interface ParseWireFileOptions {
  /** Used in messages only; the format is always detected from the content. */
  fileName?: string;
  /** Files larger than this are refused before being read. Default 10 MB. */
  maxBytes?: number;
  /** The transport's Content-Type; its `charset` parameter is honoured. */
  contentType?: string;
}

export { DEFAULT_MAX_WIRE_BYTES } from './wire-limits.js';

export function parseWireFile(bytes: Uint8Array, options: ParseWireFileOptions = {}): WireParseResult {
  try {
    return parse(bytes, options);
  } catch (e) {
    const rejection = isWireRejection(e)
      ? e
      : new WireRejection('malformed', `Could not be parsed: ${e instanceof Error ? e.message : String(e)}.`, { cause: e });
    throw options.fileName ? rejection.withFileName(options.fileName) : rejection;
  }
}

function parse(bytes: Uint8Array, options: ParseWireFileOptions): WireParseResult {
  if (!(bytes instanceof Uint8Array)) throw new WireRejection('malformed', 'Not a byte array.');
  const maxBytes =
    typeof options.maxBytes === 'number' && Number.isFinite(options.maxBytes) && options.maxBytes >= 0
      ? options.maxBytes
      : DEFAULT_MAX_WIRE_BYTES;
  if (bytes.byteLength > maxBytes) {
    throw new WireRejection('too_large', `The file is ${bytes.byteLength} bytes; the limit is ${maxBytes} bytes.`);
  }
  if (bytes.byteLength === 0) throw new WireRejection('malformed', 'The file is empty.');
  const { text, notes } = decodeWireBytes(bytes, options.contentType);
  const syntax = sniffSyntax(text);

  if (syntax.syntax === 'json') {
    const value = parseJson(text);
    const flavour = classifyJson(value);
    if (flavour === 'dpa-digitalwires') return { format: flavour, items: parseDpaDigitalwires(value, text, notes) };
    return { format: 'ninjs', items: parseNinjs(value, text, notes) };
  }

  // parseXml refuses DTDs itself; unsupported roots are checked too, so a DTD is always `unsafe`.
  const root = syntax.root;
  if (NEWSML_G2_ROOTS.has(root)) {
    return { format: 'newsml-g2', items: parseNewsMlG2(parseXml(text, NEWSML_G2_STOP_NODES), text, notes) };
  }
  if (root === 'NewsML') {
    return { format: 'newsml-1.2', items: parseNewsMl1(parseXml(text, NEWSML_1_STOP_NODES), text, notes) };
  }
  if (root === 'rss') {
    rejectIfWordpressExport(text);
    return { format: 'rss', items: parseRss(parseXml(text, FEED_STOP_NODES), text, notes) };
  }
  if (root === 'feed') return { format: 'atom', items: parseAtom(parseXml(text, FEED_STOP_NODES), text, notes) };
  assertNoDtd(text);
  throw describeUnsupportedXmlRoot(root);
}
