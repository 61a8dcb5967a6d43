/**
 * Sanitiser output (a small, well-formed HTML subset) → body blocks.
 * p/div → paragraph, h1–h6 → subheading, ul/ol → list (nested lists flattened),
 * blockquote (+cite) → quote, figure/img → pictures (an agency image has no
 * stored image id, so it cannot be an image block). b/strong and i/em become
 * marks, a[href] a link on the span. Whitespace follows HTML rules; <br> is "\n".
 */
import type { BodyBlock, InlineMark, TextSpan } from '../domain/blocks.js';
import type { WirePicture } from '../domain/wire-item.js';
import { isSafeLink, sanitizeBodyInto, urlScheme } from './sanitize-body.js';
import { decodeEntities, defuseMarkupText } from './text-utils.js';
import type { NoteCounter } from './note-counter.js';

export interface BodyParts {
  blocks: BodyBlock[];
  pictures: WirePicture[];
}

const PARAGRAPH_BREAKS = new Set(['p', 'div', 'section', 'article', 'table', 'tr', 'dl', 'dt', 'dd', 'pre', 'address']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Untrusted markup → blocks in one pass: the sanitiser's events drive the builder directly,
 * with the same result (blocks and notes, in the same order) as
 * `safeHtmlToBlocks(sanitizeBodyHtml(markup, notes), notes)`.
 */
export function sanitizedMarkupToBlocks(markup: string, notes: NoteCounter): BodyParts {
  // The builder's own notes come after all the sanitiser's, as when the two ran one after the other.
  const deferred: string[] = [];
  const builder = new BlockBuilder({ add: (note) => deferred.push(note) });
  sanitizeBodyInto(markup, notes, {
    open: (tag, attributes) => builder.open(tag, attributes),
    close: (tag) => builder.close(tag),
    text: (text) => builder.text(collapseWhitespace(text)),
  });
  const parts = builder.finish();
  for (const note of deferred) notes.add(note);
  return parts;
}

export function safeHtmlToBlocks(html: string, notes: NoteCounter): BodyParts {
  const builder = new BlockBuilder(notes);
  // A hand-written scan with exactly the semantics of TOKEN (`<(\/?)([a-z0-9]+)([^>]*)>|([^<]+)`, global):
  // a '<' that does not start a tag is skipped, as the regex skips it; everything else is text up to the next '<'.
  const length = html.length;
  let i = 0;
  while (i < length) {
    if (html.charCodeAt(i) !== 0x3c /* < */) {
      let end = html.indexOf('<', i);
      if (end === -1) end = length;
      builder.text(collapseWhitespace(decodeEntities(html.slice(i, end))));
      i = end;
      continue;
    }
    let j = i + 1;
    const closing = html.charCodeAt(j) === 0x2f; /* / */
    if (closing) j++;
    const nameStart = j;
    while (j < length && isTagNameChar(html.charCodeAt(j))) j++;
    const gt = j > nameStart ? html.indexOf('>', j) : -1;
    if (gt === -1) {
      i++; // not a tag: the regex finds no match at this '<' and moves on
      continue;
    }
    const tag = html.slice(nameStart, j);
    if (closing) builder.close(tag);
    else builder.open(tag, gt > j ? parseAttributes(html.slice(j, gt)) : NO_ATTRIBUTES);
    i = gt + 1;
  }
  return builder.finish();
}

function isTagNameChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** `text.replace(/[ \t\r\n\f]+/g, ' ')` without the regex when there is nothing to collapse. */
function collapseWhitespace(text: string): string {
  let previousSpace = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x20) {
      if (previousSpace) return text.replace(/[ \t\r\n\f]+/g, ' ');
      previousSpace = true;
    } else if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) {
      return text.replace(/[ \t\r\n\f]+/g, ' ');
    } else previousSpace = false;
  }
  return text;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) {
    if (name !== undefined) attributes[name] = decodeEntities(value ?? '');
  }
  return attributes;
}

interface FigureState {
  images: WirePicture[];
  caption: string;
  credit: string;
  /** Text in the figure outside figcaption/cite: the caption if there is none, else the credit (TT, dpa). */
  other: string;
}

class BlockBuilder {
  private readonly blocks: BodyBlock[] = [];
  private readonly pictures: WirePicture[] = [];
  private spans: TextSpan[] = [];
  private bold = 0;
  private italic = 0;
  private readonly links: (string | undefined)[] = [];
  private heading: string | null = null;
  private quote: { text: string; attribution: string } | null = null;
  private quoteDepth = 0;
  private list: { ordered: boolean; items: TextSpan[][] } | null = null;
  private listDepth = 0;
  private figure: FigureState | null = null;
  private capture: 'caption' | 'credit' | 'attribution' | null = null;

  constructor(private readonly notes: Pick<NoteCounter, 'add'>) {}

  open(tag: string, attributes: Readonly<Record<string, string>>): void {
    if (HEADINGS.has(tag)) {
      if (this.inPlainContainer()) return;
      this.flushParagraph();
      this.heading = '';
    } else if (PARAGRAPH_BREAKS.has(tag)) this.paragraphBreak();
    else if (tag === 'ul' || tag === 'ol') this.openList(tag === 'ol');
    else if (tag === 'li') this.finishItem();
    else if (tag === 'blockquote') this.openQuote();
    else if (tag === 'figure') this.openFigure();
    else if (tag === 'figcaption' && this.figure) this.capture = 'caption';
    else if (tag === 'cite') this.openCite();
    else if (tag === 'img') this.image(attributes);
    else if (tag === 'br') this.lineBreak();
    else if (tag === 'b' || tag === 'strong') this.bold++;
    else if (tag === 'i' || tag === 'em') this.italic++;
    else if (tag === 'a') this.links.push(attributes.href && isSafeLink(attributes.href) ? attributes.href : undefined);
  }

  close(tag: string): void {
    if (HEADINGS.has(tag)) this.closeHeading();
    else if (PARAGRAPH_BREAKS.has(tag)) this.paragraphBreak();
    else if (tag === 'ul' || tag === 'ol') this.closeList();
    else if (tag === 'li') this.finishItem();
    else if (tag === 'blockquote') this.closeQuote();
    else if (tag === 'figure') this.closeFigure();
    else if (tag === 'figcaption' || tag === 'cite') this.capture = null;
    else if (tag === 'b' || tag === 'strong') this.bold = Math.max(0, this.bold - 1);
    else if (tag === 'i' || tag === 'em') this.italic = Math.max(0, this.italic - 1);
    else if (tag === 'a') this.links.pop();
  }

  text(text: string): void {
    if (this.capture === 'caption' && this.figure) this.figure.caption += text;
    else if (this.capture === 'credit' && this.figure) this.figure.credit += text;
    else if (this.capture === 'attribution' && this.quote) this.quote.attribution += text;
    else if (this.heading !== null) this.heading += text;
    else if (this.quote) this.quote.text += text;
    else if (this.figure) this.figure.other += text;
    else this.appendSpan(text);
  }

  finish(): { blocks: BodyBlock[]; pictures: WirePicture[] } {
    this.closeHeading();
    while (this.listDepth > 0) this.closeList();
    while (this.quoteDepth > 0) this.closeQuote();
    this.closeFigure();
    this.flushParagraph();
    return { blocks: this.blocks, pictures: this.pictures };
  }

  private inPlainContainer(): boolean {
    return this.heading !== null || this.quote !== null || this.list !== null || this.figure !== null;
  }

  private appendSpan(text: string): void {
    const bold = this.bold > 0;
    const italic = this.italic > 0;
    let href: string | undefined;
    for (let i = this.links.length - 1; i >= 0 && href === undefined; i--) href = this.links[i];
    const last = this.spans[this.spans.length - 1];
    if (last && last.href === href && hasMarks(last.marks, bold, italic)) {
      last.text += text;
      return;
    }
    const span: TextSpan = { text };
    if (bold || italic) {
      const marks: InlineMark[] = [];
      if (bold) marks.push('bold');
      if (italic) marks.push('italic');
      span.marks = marks;
    }
    if (href !== undefined) span.href = href;
    this.spans.push(span);
  }

  private lineBreak(): void {
    if (this.heading !== null || this.capture !== null || (this.figure && !this.quote)) this.text(' ');
    else if (this.quote) this.quote.text += '\n';
    else this.appendSpan('\n');
  }

  private paragraphBreak(): void {
    if (this.heading !== null) this.heading += ' ';
    else if (this.quote) this.quote.text += '\n';
    else if (this.list) this.appendSpan(' ');
    else if (this.figure) this.figure.other += ' ';
    else this.flushParagraph();
  }

  private flushParagraph(): void {
    const spans = this.takeSpans();
    if (spans.length > 0) this.blocks.push({ type: 'paragraph', spans });
  }

  /** Current spans, trimmed and defused; empty when there is no visible text. */
  private takeSpans(): TextSpan[] {
    const spans = this.spans;
    this.spans = [];
    for (const span of spans) {
      if (span.text.includes('\n')) span.text = span.text.replace(/ ?\n ?/g, '\n');
      span.text = this.defuse(span.text);
    }
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (first) first.text = trimStart(first.text);
    if (last) last.text = trimEnd(last.text);
    const kept = spans.filter((s) => s.text !== '');
    return kept.some((s) => /[^\s\u00a0]/.test(s.text)) ? kept : [];
  }

  private closeHeading(): void {
    if (this.heading === null) return;
    const text = this.clean(this.heading);
    this.heading = null;
    if (text) this.blocks.push({ type: 'subheading', text });
  }

  private openList(ordered: boolean): void {
    if (this.heading !== null || this.quote || this.figure) return;
    if (this.list) {
      this.finishItem();
      this.listDepth++;
      return;
    }
    this.flushParagraph();
    this.list = { ordered, items: [] };
    this.listDepth = 1;
  }

  private finishItem(): void {
    if (!this.list) return;
    const spans = this.takeSpans();
    if (spans.length > 0) this.list.items.push(spans);
  }

  private closeList(): void {
    if (!this.list) return;
    this.finishItem();
    this.listDepth--;
    if (this.listDepth > 0) return;
    if (this.list.items.length > 0) this.blocks.push({ type: 'list', ordered: this.list.ordered, items: this.list.items });
    this.list = null;
  }

  private openQuote(): void {
    if (this.heading !== null || this.list || this.figure) return;
    if (!this.quote) {
      this.flushParagraph();
      this.quote = { text: '', attribution: '' };
    }
    this.quoteDepth++;
  }

  private closeQuote(): void {
    if (!this.quote) return;
    this.quoteDepth--;
    if (this.quoteDepth > 0) return;
    const text = this.quote.text
      .split('\n')
      .map((line) => this.clean(line))
      .filter((line): line is string => line !== null)
      .join('\n');
    const attribution = this.clean(this.quote.attribution);
    this.quote = null;
    this.capture = null;
    if (text) this.blocks.push(attribution ? { type: 'quote', text, attribution } : { type: 'quote', text });
  }

  private openFigure(): void {
    if (this.figure || this.heading !== null) return;
    this.flushParagraph();
    this.figure = { images: [], caption: '', credit: '', other: '' };
  }

  private openCite(): void {
    if (this.quote && this.heading === null) this.capture = 'attribution';
    else if (this.figure) this.capture = 'credit';
  }

  private closeFigure(): void {
    const figure = this.figure;
    if (!figure) return;
    this.figure = null;
    this.capture = null;
    const other = this.clean(figure.other);
    const caption = this.clean(figure.caption) ?? other;
    const credit = this.clean(figure.credit) ?? (caption === other ? null : other);
    for (const picture of figure.images) {
      if (caption) picture.caption = caption;
      if (credit) picture.credit = credit;
      this.pictures.push(picture);
    }
  }

  private image(attributes: Readonly<Record<string, string>>): void {
    const src = attributes.src?.trim();
    const scheme = src ? urlScheme(src) : undefined;
    if (!src || (scheme !== undefined && scheme !== 'http' && scheme !== 'https')) return;
    const picture: WirePicture = { href: src };
    const alt = this.clean(attributes.alt ?? '');
    if (alt) picture.altText = alt;
    const width = Number(attributes.width);
    const height = Number(attributes.height);
    if (Number.isInteger(width) && width > 0) picture.width = width;
    if (Number.isInteger(height) && height > 0) picture.height = height;
    if (this.figure) this.figure.images.push(picture);
    else this.pictures.push(picture);
  }

  private clean(text: string): string | null {
    const cleaned = text.replace(/[\s\u00a0]+/g, ' ').trim();
    return cleaned === '' ? null : this.defuse(cleaned);
  }

  private defuse(text: string): string {
    const result = defuseMarkupText(text);
    if (result.changed) this.notes.add("defused '<script' in story text");
    return result.text;
  }
}

/** True when `marks` are exactly the marks appendSpan gives for (bold, italic), in its order. */
function hasMarks(marks: readonly InlineMark[] | undefined, bold: boolean, italic: boolean): boolean {
  if (!marks || marks.length === 0) return !bold && !italic;
  if (!bold && !italic) return false;
  if (bold && italic) return marks.length === 2 && marks[0] === 'bold' && marks[1] === 'italic';
  return marks.length === 1 && marks[0] === (bold ? 'bold' : 'italic');
}

/** `String#trimStart` also trims NBSP, but only at the edges; these loops avoid regex scans of long text. */
function trimStart(text: string): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i === 0 ? text : text.slice(i);
}

function trimEnd(text: string): string {
  let i = text.length;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i === text.length ? text : text.slice(0, i);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0xa0;
}
