/**
 * The contract's body blocks → the TipTap document the body editor edits.
 * Pure and DOM-free; `doc-to-blocks.ts` is its inverse.
 */
import type { BodyBlock, TextSpan } from '../../../src/domain/blocks.js';
import { MARK, NODE, type DocMark, type DocNode } from './doc-types.js';

export function spansToInline(spans: readonly TextSpan[]): DocNode[] {
  const nodes: DocNode[] = [];
  for (const span of spans) {
    if (!span.text) continue;
    const marks: DocMark[] = [];
    if (span.href) marks.push({ type: MARK.link, attrs: { href: span.href } });
    if (span.marks?.includes('bold')) marks.push({ type: MARK.bold });
    if (span.marks?.includes('italic')) marks.push({ type: MARK.italic });
    nodes.push(marks.length > 0 ? { type: NODE.text, text: span.text, marks } : { type: NODE.text, text: span.text });
  }
  return nodes;
}

function textblock(type: string, inline: DocNode[], attrs?: Record<string, unknown>): DocNode {
  const node: DocNode = { type };
  if (attrs) node.attrs = attrs;
  if (inline.length > 0) node.content = inline;
  return node;
}

const plain = (text: string): DocNode[] => (text ? [{ type: NODE.text, text }] : []);

export function blockToNode(block: BodyBlock): DocNode {
  switch (block.type) {
    case 'paragraph':
      return textblock(NODE.paragraph, spansToInline(block.spans));
    case 'subheading':
      return textblock(NODE.heading, plain(block.text), { level: 2 });
    case 'quote':
      return textblock(NODE.quote, plain(block.text), { attribution: block.attribution ?? '' });
    case 'list':
      return {
        type: block.ordered ? NODE.orderedList : NODE.bulletList,
        ...(block.ordered ? { attrs: { start: 1 } } : {}),
        content: (block.items.length > 0 ? block.items : [[]]).map((item) => ({
          type: NODE.listItem,
          content: [textblock(NODE.paragraph, spansToInline(item))],
        })),
      };
    case 'image':
      return {
        type: NODE.image,
        attrs: { imageId: block.imageId, alt: block.alt ?? '', caption: block.caption ?? '', credit: block.credit ?? '' },
      };
    case 'related':
      return { type: NODE.related, attrs: { articleId: block.articleId } };
    case 'embed':
      return { type: NODE.embed, attrs: { kind: block.kind, title: block.title, url: block.url ?? '', mediaId: block.mediaId ?? null } };
  }
}

/** A document always has at least one (possibly empty) paragraph, so there is somewhere to type. */
export function blocksToDoc(blocks: readonly BodyBlock[]): DocNode {
  const content = blocks.map(blockToNode);
  if (content.length === 0) content.push({ type: NODE.paragraph });
  return { type: NODE.doc, content };
}
