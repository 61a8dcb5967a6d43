/**
 * The body editor's TipTap document → the contract's body blocks. Pure and
 * DOM-free. Unknown nodes and marks are dropped, links that are not http(s),
 * mailto or site-relative lose their href (the text stays), empty paragraphs,
 * headings and lists are left out, and neighbouring spans with the same
 * formatting are merged, so the result always passes `bodyBlockSchema`.
 */
import type { BodyBlock, ImageBlock, InlineMark, TextSpan } from '../../../src/domain/blocks.js';
import { isSafeUrl } from '../../../src/domain/safe-url.js';
import { isSafeHref, MARK, NODE, type DocNode } from './doc-types.js';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const positiveInt = (value: unknown): number | null => {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
};

function sameFormat(a: TextSpan, b: TextSpan): boolean {
  return a.href === b.href && (a.marks ?? []).join() === (b.marks ?? []).join();
}

/** Appends a span, merging it into the previous one when the formatting matches. */
export function pushSpan(spans: TextSpan[], span: TextSpan): void {
  if (!span.text) return;
  const last = spans[spans.length - 1];
  if (last && sameFormat(last, span)) last.text += span.text;
  else spans.push(span);
}

export function inlineToSpans(nodes: readonly DocNode[] | undefined): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      pushSpan(spans, { text: ' ' });
      continue;
    }
    if (node.type !== NODE.text || !node.text) continue;
    const marks: InlineMark[] = [];
    let href: string | undefined;
    for (const mark of node.marks ?? []) {
      if (mark.type === MARK.bold && !marks.includes('bold')) marks.push('bold');
      else if (mark.type === MARK.italic && !marks.includes('italic')) marks.push('italic');
      else if (mark.type === MARK.link) {
        const candidate = str(mark.attrs?.href).trim();
        if (isSafeHref(candidate)) href = candidate;
      }
    }
    marks.sort();
    const span: TextSpan = { text: node.text };
    if (marks.length > 0) span.marks = marks;
    if (href) span.href = href;
    pushSpan(spans, span);
  }
  return spans;
}

const plainText = (nodes: readonly DocNode[] | undefined): string => inlineToSpans(nodes).map((s) => s.text).join('');
const isBlank = (spans: readonly TextSpan[]) => spans.every((s) => s.text.trim() === '');

function listItemSpans(item: DocNode): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const child of item.content ?? []) {
    if (child.type === NODE.paragraph || child.type === NODE.heading) {
      if (spans.length > 0) pushSpan(spans, { text: ' ' });
      for (const span of inlineToSpans(child.content)) pushSpan(spans, span);
    }
  }
  return spans;
}

/** Nested lists (which the editor does not allow, but a foreign document might hold) are flattened. */
function listItems(list: DocNode): TextSpan[][] {
  const items: TextSpan[][] = [];
  for (const item of list.content ?? []) {
    if (item.type !== NODE.listItem) continue;
    const spans = listItemSpans(item);
    if (!isBlank(spans)) items.push(spans);
    for (const child of item.content ?? [])
      if (child.type === NODE.bulletList || child.type === NODE.orderedList) items.push(...listItems(child));
  }
  return items;
}

export function nodeToBlock(node: DocNode): BodyBlock | null {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case NODE.paragraph: {
      const spans = inlineToSpans(node.content);
      return isBlank(spans) ? null : { type: 'paragraph', spans };
    }
    case NODE.heading: {
      const text = plainText(node.content).trim();
      return text ? { type: 'subheading', text } : null;
    }
    case NODE.quote: {
      const text = plainText(node.content).trim();
      const attribution = str(attrs.attribution).trim();
      if (!text) return null;
      return attribution ? { type: 'quote', text, attribution } : { type: 'quote', text };
    }
    case NODE.bulletList:
    case NODE.orderedList: {
      const items = listItems(node);
      return items.length > 0 ? { type: 'list', ordered: node.type === NODE.orderedList, items } : null;
    }
    case NODE.image: {
      const imageId = positiveInt(attrs.imageId);
      if (imageId === null) return null;
      const block: ImageBlock = { type: 'image', imageId };
      for (const key of ['caption', 'credit', 'alt'] as const) {
        const value = str(attrs[key]).trim();
        if (value) block[key] = value;
      }
      return block;
    }
    case NODE.related: {
      const articleId = positiveInt(attrs.articleId);
      return articleId === null ? null : { type: 'related', articleId };
    }
    case NODE.embed: {
      const kind = attrs.kind === 'audio' ? 'audio' : 'video';
      const url = str(attrs.url).trim();
      // The contract wants a full URL; anything else stays in the editor but is not sent.
      const mediaId = positiveInt(attrs.mediaId);
      return { type: 'embed', kind, title: str(attrs.title).trim(), ...(isSafeUrl(url, 'embed') ? { url } : {}), ...(mediaId !== null ? { mediaId } : {}) };
    }
    default:
      return null;
  }
}

export function docToBlocks(doc: DocNode): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const node of doc.content ?? []) {
    const block = nodeToBlock(node);
    if (block) blocks.push(block);
  }
  return blocks;
}
