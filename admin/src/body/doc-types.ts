/**
 * The editor document as TipTap JSON (structurally the same as TipTap's
 * `JSONContent`), declared here so the pure converters need no editor code.
 */
import { isSafeUrl } from '../../../src/domain/safe-url.js';
export interface DocMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
}

/** Node and mark names of the body editor's schema (see body-extensions.ts). */
export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  text: 'text',
  heading: 'heading',
  quote: 'quote',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  image: 'image',
  related: 'related',
  embed: 'embed',
} as const;

export const MARK = { bold: 'bold', italic: 'italic', link: 'link' } as const;

/** The contract's rule for span links (src/domain/safe-url.ts): http(s), mailto or site-relative (not protocol-relative). */
export function isSafeHref(href: string): boolean {
  return isSafeUrl(href, 'link');
}

/** What someone types as a link → an address: `example.org` → `https://example.org`, an email → `mailto:`. */
export function normalizeHref(input: string): string {
  const value = input.trim();
  if (!value) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/')) return value;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  return `https://${value}`;
}
