/**
 * Small text helpers shared by the wire parsers: whitespace, entities, CDATA,
 * and the neutralising of markup-looking text in block content.
 */

/** Collapses whitespace runs and trims; `null` when nothing is left. */
export function cleanText(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).replace(/[\s\u00a0]+/g, ' ').trim();
  return text === '' ? null : text;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
};

/** Decodes the XML entities and numeric character references (plus `&nbsp;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return isAllowedCodePoint(code) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function isAllowedCodePoint(code: number): boolean {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Splits raw XML text into CDATA contents and ordinary text, in order. */
export function splitCdata(raw: string): { text: string; cdata: boolean }[] {
  const parts: { text: string; cdata: boolean }[] = [];
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start === -1) {
      parts.push({ text: raw.slice(i), cdata: false });
      break;
    }
    if (start > i) parts.push({ text: raw.slice(i, start), cdata: false });
    const end = raw.indexOf(']]>', start + 9);
    if (end === -1) {
      parts.push({ text: raw.slice(start + 9), cdata: true });
      break;
    }
    parts.push({ text: raw.slice(start + 9, end), cdata: true });
    i = end + 3;
  }
  return parts;
}

/**
 * Raw inner text of an XML body element → HTML for the sanitiser. CDATA content is
 * taken as markup; other text is markup when it holds tags, otherwise it is
 * entity-escaped HTML (RSS style) and is unescaped once.
 */
export function rawXmlToHtml(raw: string): string {
  return splitCdata(raw)
    .map((part) => (part.cdata || /<[A-Za-z/!?]/.test(part.text) ? part.text : decodeEntities(part.text)))
    .join('');
}

/** Raw inner text of an XML element that is plain text: CDATA kept, entities decoded. */
export function rawXmlToText(raw: string): string {
  return splitCdata(raw)
    .map((part) => (part.cdata ? part.text : decodeEntities(part.text.replace(/<[^<>]*>/g, ' '))))
    .join('');
}

/** True when a string looks like HTML/XML markup rather than plain text. */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[A-Za-z][\w.:-]*[\s/>]/.test(text) || /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);
}

/**
 * Block text is rendered escaped, but other consumers (plain-text exports, feeds)
 * might not: a literal `<script` in story text is defused with a look-alike
 * bracket and noted. Returns the text and whether it changed.
 */
export function defuseMarkupText(text: string): { text: string; changed: boolean } {
  if (!text.includes('<') || !/<\s*\/?\s*script/i.test(text)) return { text, changed: false };
  return { text: text.replace(/<(\s*\/?\s*script)/gi, '\u2039$1'), changed: true };
}

/** Dateline without the trailing dash that separates it from the story (`Berlin (dpa) - `). */
export function cleanDateline(value: unknown): string | null {
  const text = cleanText(value);
  if (!text) return null;
  let end = text.length;
  while (end > 0 && ' -\u2013\u2014:'.includes(text[end - 1] as string)) end--;
  return end === 0 ? null : text.slice(0, end);
}

/**
 * A version number: a non-negative integer (AP starts at 0). Absent → 1, the
 * NewsML-G2 default; anything else (text, negative, fractional) → null.
 */
export function parseVersion(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return 1;
  const text = String(value).trim();
  if (!/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/** IPTC urgency 1–9, or null. */
export function parseUrgency(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,2}$/.test(text)) return null;
  const urgency = Number(text);
  return urgency >= 1 && urgency <= 9 ? urgency : null;
}

/** Host name of a URL, or undefined. */
export function hostOf(value: string | undefined): string | undefined {
  if (!value || !/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
