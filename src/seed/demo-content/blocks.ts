/**
 * Tiny builders that keep the demo articles readable as data:
 * `p('Plain ', b('bold'), ' and ', a('a link', 'https://example.org/'))`.
 */
import type { TextSpan } from '../../domain/blocks.js';
import type { DemoBodyBlock } from '../demo-types.js';

export type SpanInput = string | TextSpan;

const span = (part: SpanInput): TextSpan => (typeof part === 'string' ? { text: part } : part);

/** Bold span. */
export const b = (text: string): TextSpan => ({ text, marks: ['bold'] });
/** Italic span. */
export const i = (text: string): TextSpan => ({ text, marks: ['italic'] });
/** Link span (demo links always point to example.org). */
export const a = (text: string, href: string): TextSpan => ({ text, href });

export const p = (...parts: SpanInput[]): DemoBodyBlock => ({ type: 'paragraph', spans: parts.map(span) });
export const h = (text: string): DemoBodyBlock => ({ type: 'subheading', text });
export const q = (text: string, attribution?: string): DemoBodyBlock =>
  attribution === undefined ? { type: 'quote', text } : { type: 'quote', text, attribution };

const items = (list: (SpanInput | SpanInput[])[]): TextSpan[][] =>
  list.map((item) => (Array.isArray(item) ? item.map(span) : [span(item)]));
export const ul = (...list: (SpanInput | SpanInput[])[]): DemoBodyBlock => ({ type: 'list', ordered: false, items: items(list) });
export const ol = (...list: (SpanInput | SpanInput[])[]): DemoBodyBlock => ({ type: 'list', ordered: true, items: items(list) });

/** A body image; caption and alt in the article's language override the media library's (English) text. */
export const img = (imageKey: string, caption?: string, alt?: string): DemoBodyBlock => ({
  type: 'image',
  imageKey,
  ...(caption === undefined ? {} : { caption }),
  ...(alt === undefined ? {} : { alt }),
});
export const rel = (articleKey: string): DemoBodyBlock => ({ type: 'related', articleKey });
export const video = (title: string, url?: string): DemoBodyBlock =>
  url === undefined ? { type: 'embed', kind: 'video', title } : { type: 'embed', kind: 'video', title, url };
