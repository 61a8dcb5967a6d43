/**
 * Bytes → text for wire files. Precedence: byte-order mark, then the charset of
 * the transport's Content-Type, then the XML declaration, then UTF-8.
 * UTF-8 is decoded strictly (an invalid byte rejects the file). The ISO-8859-1
 * family is decoded as Windows-1252 (its superset, as browsers do) through
 * iconv-lite; a file that *declares* ISO-8859-1 but whose non-ASCII bytes are
 * all well-formed UTF-8 is decoded as UTF-8 with a note, and one that mixes
 * both is rejected: its text cannot be trusted.
 */
import iconv from 'iconv-lite';
import { WireRejection } from './wire-rejection.js';

export interface DecodedText {
  text: string;
  /** The encoding actually used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
  /** Remarks for the wire editor, e.g. a wrong encoding declaration that was overridden. */
  notes: string[];
}

const LATIN1_LABELS = new Set([
  'iso-8859-1', 'iso8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1', 'cp819', 'ibm819',
  'windows-1252', 'cp1252', 'x-cp1252', 'us-ascii', 'ascii',
]);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeWireBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = readBom(bytes);
  if (bom) return { text: decodeUtf(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding, notes: [] };
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return { text: decodeUtf(bytes, utf16), encoding: utf16, notes: [] };

  const label = charsetFromContentType(contentType) ?? xmlDeclaredEncoding(bytes);
  if (label === undefined || UTF8_LABELS.has(label)) {
    return { text: decodeUtf(bytes, 'utf-8'), encoding: 'utf-8', notes: [] };
  }
  if (label.startsWith('utf-16') || label.startsWith('utf-32') || label === 'ucs-2') {
    throw new WireRejection('encoding', `Declares ${label} but has no byte-order mark and is not ${label}.`);
  }
  if (LATIN1_LABELS.has(label)) return decodeLatin1Family(bytes, label);
  if (!iconv.encodingExists(label)) {
    throw new WireRejection('encoding', `Declares an unsupported character encoding "${label}".`);
  }
  return { text: rejectNul(iconv.decode(Buffer.from(bytes), label)), encoding: label, notes: [] };
}

function readBom(bytes: Uint8Array): { length: number; encoding: string } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { length: 3, encoding: 'utf-8' };
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new WireRejection('encoding', 'UTF-32 is not accepted; send UTF-8.');
  }
  if (a === 0xfe && b === 0xff) return { length: 2, encoding: 'utf-16be' };
  if (a === 0xff && b === 0xfe) return { length: 2, encoding: 'utf-16le' };
  return undefined;
}

/** `<?` or `{`/`[` encoded as UTF-16 without a BOM (allowed by XML 1.0 appendix F). */
function guessBomlessUtf16(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  const isStart = (x: number | undefined) => x === 0x3c || x === 0x7b || x === 0x5b;
  if (isStart(a) && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  if (a === 0 && isStart(b) && c === 0 && d !== 0) return 'utf-16be';
  return undefined;
}

function decodeUtf(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') {
    try {
      return rejectNul(utf8Decoder.decode(bytes));
    } catch (cause) {
      if (cause instanceof WireRejection) throw cause;
      const offset = firstInvalidUtf8Offset(bytes);
      const line = lineAtByte(bytes, offset);
      throw new WireRejection(
        'encoding',
        `Not valid UTF-8: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} at byte ${offset} (line ${line}). ` +
          'An ISO-8859-1 or Windows-1252 file must declare its encoding.',
        { cause, line },
      );
    }
  }
  try {
    return rejectNul(new TextDecoder(encoding, { fatal: true }).decode(bytes));
  } catch (cause) {
    if (cause instanceof WireRejection) throw cause;
    throw new WireRejection('encoding', `Not valid ${encoding.toUpperCase()}.`, { cause });
  }
}

function decodeLatin1Family(bytes: Uint8Array, label: string): DecodedText {
  const { utf8Sequences, strayHighBytes } = classifyHighBytes(bytes);
  if (utf8Sequences > 0 && strayHighBytes === 0) {
    return {
      text: decodeUtf(bytes, 'utf-8'),
      encoding: 'utf-8',
      notes: [`declares ${label} but its bytes are UTF-8; decoded as UTF-8`],
    };
  }
  if (utf8Sequences > 0) {
    throw new WireRejection(
      'encoding',
      `Mixed encodings: declares ${label} but holds ${utf8Sequences} UTF-8 sequence(s) next to ${strayHighBytes} single-byte character(s); the text cannot be trusted.`,
    );
  }
  return { text: rejectNul(iconv.decode(Buffer.from(bytes), 'windows-1252')), encoding: 'windows-1252', notes: [] };
}

/** Counts non-ASCII bytes that form well-formed UTF-8 sequences and those that do not. */
function classifyHighBytes(bytes: Uint8Array): { utf8Sequences: number; strayHighBytes: number } {
  let utf8Sequences = 0;
  let strayHighBytes = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      utf8Sequences++;
      i += length;
    } else {
      strayHighBytes++;
      i++;
    }
  }
  return { utf8Sequences, strayHighBytes };
}

/** Length of the well-formed UTF-8 multi-byte sequence at `i`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    if ((bytes[i] ?? 0) < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function rejectNul(text: string): string {
  if (text.includes('\u0000')) {
    throw new WireRejection('encoding', 'Contains NUL characters: a binary file, or UTF-16/32 without a byte-order mark.');
  }
  return text;
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]{1,40})"?/i.exec(contentType);
  return match?.[1]?.toLowerCase();
}

/** The `encoding` pseudo-attribute of an ASCII-compatible XML declaration, lower-cased. */
function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('latin1');
  const match = /^\s*<\?xml\s[^>]{0,200}?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]{0,40})["']/.exec(head);
  return match?.[1]?.toLowerCase();
}
