/**
 * A small, forgiving HTML tokenizer for pasted markup (Word, Google Docs, web
 * pages). It never builds a DOM and never runs anything: it yields start tags,
 * end tags and decoded text. Comments (including Word's `<!--[if …]>` blocks),
 * doctypes, processing instructions and the content of elements that are not
 * text for a reader (script, style, head, svg, Word's `<xml>`…) are skipped.
 * Word's down-level conditionals `<![if !supportLists]>…<![endif]>` are
 * reported so the caller can read (or drop) what they hold: list markers.
 */
import { decodeEntities } from './html-entities.js';

export type HtmlToken =
  | { kind: 'open'; tag: string; attrs: Record<string, string> }
  | { kind: 'close'; tag: string }
  | { kind: 'text'; text: string }
  | { kind: 'conditional-start'; condition: string }
  | { kind: 'conditional-end' };

/** Elements whose content is dropped with them. */
const SKIP_CONTENT = new Set([
  'script', 'style', 'head', 'title', 'xml', 'template', 'noscript', 'iframe', 'object', 'svg', 'math',
  'canvas', 'video', 'audio', 'select', 'textarea', 'button', 'noembed', 'noframes',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:_-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?|\s*\/)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || name === '/') continue;
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

export function* tokenizeHtml(html: string): Generator<HtmlToken> {
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      yield { kind: 'text', text: decodeEntities(html.slice(i)) };
      return;
    }
    if (lt > i) yield { kind: 'text', text: decodeEntities(html.slice(i, lt)) };
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![', i)) {
      const end = html.indexOf(']>', i);
      const inner = html.slice(i + 3, end === -1 ? n : end).trim();
      i = end === -1 ? n : end + 2;
      if (/^endif/i.test(inner)) yield { kind: 'conditional-end' };
      else if (/^if\b/i.test(inner)) yield { kind: 'conditional-start', condition: inner.slice(2).trim() };
      continue;
    }
    if (html.startsWith('<!', i) || html.startsWith('<?', i)) {
      const end = html.indexOf('>', i);
      i = end === -1 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const match = TAG.exec(html);
    if (!match) {
      yield { kind: 'text', text: '<' };
      i += 1;
      continue;
    }
    i += match[0].length;
    const tag = (match[2] ?? '').toLowerCase();
    if (match[1] === '/') {
      yield { kind: 'close', tag };
      continue;
    }
    if (SKIP_CONTENT.has(tag) && match[4] !== '/') {
      const close = new RegExp(`</${tag}\\b[^>]*>`, 'gi');
      close.lastIndex = i;
      const found = close.exec(html);
      // An unclosed <head> is common in fragments: then only the tag itself is dropped.
      if (found) i = found.index + found[0].length;
      else if (tag !== 'head') i = n;
      continue;
    }
    yield { kind: 'open', tag, attrs: parseAttributes(match[3] ?? '') };
    if (match[4] === '/') yield { kind: 'close', tag };
  }
}
