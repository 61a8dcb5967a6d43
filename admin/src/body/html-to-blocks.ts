/**
 * Pasted HTML (Word, Google Docs, web pages) → body blocks, with no DOM.
 * Only structure the contract can hold survives: paragraphs with bold,
 * italic and safe links; h1–h6 as subheadings; lists (nested ones and Word's
 * `mso-list` paragraphs become flat lists); blockquotes with their `cite` or
 * caption as attribution. Scripts, styles, Word's conditional comments and
 * `<xml>`, hidden text, spans, fonts, classes and images from elsewhere are
 * dropped (an image block needs an image from our library); a link that is
 * not http(s), mailto or site-relative (e.g. `javascript:`) keeps its text
 * and loses the link. No HTML is kept anywhere.
 */
import type { BodyBlock, InlineMark, ListBlock, QuoteBlock, TextSpan } from '../../../src/domain/blocks.js';
import { pushSpan } from './doc-to-blocks.js';
import { tokenizeHtml } from './html-tokens.js';
import { frameFor, parseStyle, type Frame } from './paste-frames.js';

export interface PasteResult {
  blocks: BodyBlock[];
  /** Images in the pasted markup that were left out. */
  droppedImages: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'dl', 'dt', 'dd', 'pre', 'address', 'center', 'figure', 'form', 'fieldset', 'details', 'summary', 'hr', 'body', 'html',
]);
const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'source', 'track', 'base', 'embed', 'param']);
const ORDERED_MARKER = /^[([]?([0-9]{1,3}|[a-zA-Z]|[ivxlcdmIVXLCDM]{1,6})[.)\]]/;
const MAX_SUBHEADING = 300;
const MAX_QUOTE = 5000;

class PasteBuilder {
  readonly blocks: BodyBlock[] = [];
  droppedImages = 0;
  private spans: TextSpan[] = [];
  private readonly inline: Frame[] = [];
  private readonly blockStack: { tag: string; depth: number; hidden: boolean }[] = [];
  private headingDepth = 0;
  private quote: { attribution: string } | null = null;
  private quoteDepth = 0;
  private attributionTarget: { attribution: string } | null = null;
  private lastQuote: QuoteBlock | null = null;
  private list: ListBlock | null = null;
  private listDepth = 0;
  private wordItem: { marker: string } | null = null;
  private lastWordList: ListBlock | null = null;
  private conditional: string[] = [];

  private get hidden(): boolean {
    return this.inline.some((f) => f.hidden) || this.blockStack.some((b) => b.hidden);
  }

  private get nested(): boolean {
    return this.list !== null || this.quote !== null || this.headingDepth > 0;
  }

  text(raw: string): void {
    const text = raw.replace(/[\u200b\ufeff]/g, '').replace(/[ \t\n\r\f]+/g, ' ');
    if (!text || this.hidden) return;
    const inMarker = this.conditional.some((c) => /supportLists/i.test(c)) || this.inline.some((f) => f.marker);
    if (inMarker) {
      if (this.wordItem) this.wordItem.marker += text;
      return;
    }
    if (this.conditional.length > 0) return;
    if (this.attributionTarget) {
      this.attributionTarget.attribution += text;
      return;
    }
    const last = this.spans[this.spans.length - 1]?.text ?? '';
    let value = text.replace(/[ \u00a0]{2,}/g, ' ');
    if (value.startsWith(' ') && (last === '' || /[ \u00a0]$/.test(last))) value = value.slice(1);
    if (!value) return;
    const marks: InlineMark[] = [];
    let bold: boolean | undefined;
    let italic: boolean | undefined;
    let href: string | undefined;
    let linkSeen = false;
    for (let i = this.inline.length - 1; i >= 0; i -= 1) {
      const frame = this.inline[i]!;
      if (bold === undefined && frame.bold !== undefined) bold = frame.bold;
      if (italic === undefined && frame.italic !== undefined) italic = frame.italic;
      if (!linkSeen && frame.tag === 'a') [linkSeen, href] = [true, frame.href];
    }
    if (bold) marks.push('bold');
    if (italic) marks.push('italic');
    const span: TextSpan = { text: value };
    if (marks.length > 0) span.marks = marks;
    if (href) span.href = href;
    pushSpan(this.spans, span);
  }

  private soft(): void {
    this.text(' ');
  }

  private takeSpans(): TextSpan[] {
    const spans = this.spans.filter((s) => s.text !== '');
    this.spans = [];
    const first = spans[0];
    if (first) first.text = first.text.replace(/^[\s\u00a0]+/, '');
    const last = spans[spans.length - 1];
    if (last) last.text = last.text.replace(/[\s\u00a0]+$/, '');
    return spans.filter((s) => s.text !== '');
  }

  private emit(block: BodyBlock): void {
    this.blocks.push(block);
    this.lastQuote = block.type === 'quote' ? block : null;
    if (block !== this.lastWordList) this.lastWordList = null;
  }

  private flushParagraph(): void {
    const spans = this.takeSpans();
    if (spans.some((s) => s.text.trim() !== '')) this.emit({ type: 'paragraph', spans });
  }

  private finishItem(): void {
    const spans = this.takeSpans();
    if (this.list && spans.some((s) => s.text.trim() !== '')) this.list.items.push(spans);
  }

  private boundary(): void {
    if (this.nested) this.soft();
    else this.flushParagraph();
  }

  open(tag: string, attrs: Record<string, string>): void {
    // Word repeats line breaks inside down-level conditionals for old readers.
    if (this.conditional.length > 0 && tag === 'br') return;
    if (tag === 'figure' || tag === 'img') this.lastQuote = null;
    if (tag === 'img') {
      this.droppedImages += 1;
      return;
    }
    if (tag === 'br' || tag === 'hr') return this.boundary();
    if (tag === 'td' || tag === 'th' || tag === 'li') {
      if (tag === 'li' && this.list && !this.quote) this.finishItem();
      else this.soft();
    } else if (tag === 'ul' || tag === 'ol') {
      if (this.quote || this.headingDepth > 0) this.soft();
      else if (this.list) this.finishItem();
      else {
        this.flushParagraph();
        this.list = { type: 'list', ordered: tag === 'ol', items: [] };
      }
      if (this.list) this.listDepth += 1;
    } else if (HEADINGS.has(tag)) {
      if (!this.nested) this.flushParagraph();
      else this.soft();
      this.headingDepth += 1;
    } else if (tag === 'blockquote') {
      if (this.nested && !this.quote) this.soft();
      else if (!this.quote) {
        this.flushParagraph();
        this.quote = { attribution: '' };
      }
      if (this.quote) this.quoteDepth += 1;
    } else if ((tag === 'cite' || tag === 'footer') && this.quote) {
      this.attributionTarget = this.quote;
    } else if (tag === 'figcaption') {
      this.flushParagraph();
      this.attributionTarget = this.lastQuote ? { attribution: '' } : null;
      this.blockStack.push({ tag, depth: this.inline.length, hidden: !this.lastQuote });
      return;
    }
    if (BLOCKS.has(tag)) {
      const style = parseStyle(attrs.style);
      const msoList = style.get('mso-list');
      if (tag === 'p' && msoList && msoList !== 'ignore' && !this.nested) {
        this.flushParagraph();
        this.wordItem = { marker: '' };
      } else this.boundary();
      this.blockStack.push({ tag, depth: this.inline.length, hidden: frameFor(tag, attrs).hidden === true });
      return;
    }
    if (!VOID.has(tag) && !HEADINGS.has(tag) && !['ul', 'ol', 'li', 'blockquote', 'td', 'th'].includes(tag))
      this.inline.push(frameFor(tag, attrs));
  }

  close(tag: string): void {
    if (tag === 'ul' || tag === 'ol') {
      if (!this.list || this.quote || this.headingDepth > 0) return this.soft();
      this.finishItem();
      this.listDepth -= 1;
      if (this.listDepth === 0) {
        const list = this.list;
        this.list = null;
        if (list.items.length > 0) this.emit(list);
      }
    } else if (tag === 'li') {
      if (this.list && !this.quote) this.finishItem();
    } else if (HEADINGS.has(tag) && this.headingDepth > 0) {
      this.headingDepth -= 1;
      if (this.headingDepth === 0 && !this.list && !this.quote) this.emitHeading();
    } else if (tag === 'blockquote' && this.quote) {
      this.quoteDepth -= 1;
      if (this.quoteDepth === 0) this.emitQuote();
    } else if ((tag === 'cite' || tag === 'footer') && this.attributionTarget && this.quote) {
      this.attributionTarget = null;
    } else if (tag === 'figcaption') {
      if (this.attributionTarget && this.lastQuote) {
        const attribution = cleanAttribution(this.attributionTarget.attribution);
        if (attribution) this.lastQuote.attribution = attribution;
      }
      this.attributionTarget = null;
      this.lastQuote = null;
    }
    const blockIndex = this.blockStack.map((b) => b.tag).lastIndexOf(tag);
    if (blockIndex !== -1) {
      this.inline.length = Math.min(this.inline.length, this.blockStack[blockIndex]!.depth);
      this.blockStack.length = blockIndex;
      if (tag === 'p' && this.wordItem) return this.emitWordItem();
      if (BLOCKS.has(tag)) this.boundary();
      return;
    }
    const inlineIndex = this.inline.map((f) => f.tag).lastIndexOf(tag);
    if (inlineIndex !== -1) this.inline.length = inlineIndex;
  }

  conditionalStart(condition: string): void {
    this.conditional.push(condition);
  }

  conditionalEnd(): void {
    this.conditional.pop();
  }

  private emitHeading(): void {
    const spans = this.takeSpans();
    const text = spans.map((s) => s.text).join('').trim();
    if (!text) return;
    if (text.length <= MAX_SUBHEADING) this.emit({ type: 'subheading', text });
    else this.emit({ type: 'paragraph', spans });
  }

  private emitQuote(): void {
    const quote = this.quote;
    this.quote = null;
    const spans = this.takeSpans();
    const text = spans.map((s) => s.text).join('').trim();
    if (!text || !quote) return;
    if (text.length > MAX_QUOTE) return this.emit({ type: 'paragraph', spans });
    const attribution = cleanAttribution(quote.attribution);
    this.emit(attribution ? { type: 'quote', text, attribution } : { type: 'quote', text });
  }

  private emitWordItem(): void {
    const marker = this.wordItem?.marker.trim() ?? '';
    this.wordItem = null;
    const spans = this.takeSpans();
    if (!spans.some((s) => s.text.trim() !== '')) return;
    const ordered = ORDERED_MARKER.test(marker);
    if (this.lastWordList && this.lastWordList.ordered === ordered) this.lastWordList.items.push(spans);
    else {
      const list: ListBlock = { type: 'list', ordered, items: [spans] };
      this.emit(list);
      this.lastWordList = list;
    }
  }

  finish(): PasteResult {
    if (this.wordItem) this.emitWordItem();
    if (this.headingDepth > 0) this.emitHeading();
    else if (this.quote) this.emitQuote();
    else if (this.list) {
      this.finishItem();
      if (this.list.items.length > 0) this.emit(this.list);
    } else this.flushParagraph();
    return { blocks: this.blocks, droppedImages: this.droppedImages };
  }
}

function cleanAttribution(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^[-\u2013\u2014\u2015~]+\s*/, '').trim().slice(0, 300);
}

export function pastedHtmlToBlocks(html: string): PasteResult {
  const builder = new PasteBuilder();
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'text') builder.text(token.text);
    else if (token.kind === 'open') builder.open(token.tag, token.attrs);
    else if (token.kind === 'close') builder.close(token.tag);
    else if (token.kind === 'conditional-start') builder.conditionalStart(token.condition);
    else builder.conditionalEnd();
  }
  return builder.finish();
}

/** The blocks of pasted HTML; see `pastedHtmlToBlocks` for what is dropped. */
export function htmlToBlocks(html: string): BodyBlock[] {
  return pastedHtmlToBlocks(html).blocks;
}
