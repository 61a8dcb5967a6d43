/**
 * A small XML writer for feeds and sitemaps. Every text and attribute value
 * passes through `xmlText`, which drops what XML 1.0 cannot carry (control
 * characters, lone surrogates, U+FFFE/U+FFFF) and escapes the five markup
 * characters, so no headline can break the document or smuggle markup into it.
 * Element and attribute names are our own constants, never data.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string | number | undefined>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string | number | null | undefined | false;

/**
 * XML 1.0 `Char` (tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF),
 * minus the C1 controls and DEL, which XML allows but discourages and no
 * reader shows. With the `u` flag a lone surrogate is one code point outside
 * every range, so it is dropped too.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe anywhere in an XML document: as content and inside a quoted attribute. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** `el('item', {}, el('title', {}, headline))`; null, undefined and false children are left out. */
export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: XmlChild[]): XmlElement {
  return { name, attrs, children };
}

function render(node: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join('');
  const children = node.children.filter((c): c is XmlElement | string | number => c !== null && c !== undefined && c !== false);
  if (children.length === 0) {
    out.push(`${indent}<${node.name}${attrs}/>`);
    return;
  }
  // Text content stays on the element's line, so no whitespace is added to it.
  if (children.every((c) => typeof c !== 'object')) {
    out.push(`${indent}<${node.name}${attrs}>${children.map((c) => xmlText(String(c))).join('')}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attrs}>`);
  for (const child of children) {
    if (typeof child === 'object') render(child, depth + 1, out);
    else out.push(`${indent}  ${xmlText(String(child))}`);
  }
  out.push(`${indent}</${node.name}>`);
}

/** The document: declaration, then the root element, indented two spaces per level. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  render(root, 0, out);
  return `${out.join('\n')}\n`;
}
