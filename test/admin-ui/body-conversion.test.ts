import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyBlockSchema } from '../../src/api/admin/contract.js';
import type { BodyBlock } from '../../src/domain/blocks.js';
import { blocksToDoc } from '../../admin/src/body/blocks-to-doc.js';
import { bodySchemaExtensions } from '../../admin/src/body/body-extensions.js';
import { docToBlocks } from '../../admin/src/body/doc-to-blocks.js';
import type { DocNode } from '../../admin/src/body/doc-types.js';
import { htmlToBlocks } from '../../admin/src/body/html-to-blocks.js';

const schema = getSchema(bodySchemaExtensions);

const every: BodyBlock[] = [
  {
    type: 'paragraph',
    spans: [
      { text: 'Plain ' },
      { text: 'bold', marks: ['bold'] },
      { text: ' and ' },
      { text: 'both', marks: ['bold', 'italic'] },
      { text: ' with a ' },
      { text: 'link', href: 'https://example.org/a?b=c' },
      { text: ' that is italic', marks: ['italic'], href: '/en/world/' },
    ],
  },
  { type: 'subheading', text: 'What happens next' },
  { type: 'image', imageId: 12, alt: 'Sandbags on a quay', caption: 'The quay on Tuesday', credit: 'Ana Ruiz/AFP' },
  { type: 'image', imageId: 13 },
  { type: 'quote', text: 'We were lucky.', attribution: 'The mayor' },
  { type: 'quote', text: 'No attribution.' },
  { type: 'list', ordered: false, items: [[{ text: 'One' }], [{ text: 'Two ', marks: ['bold'] }, { text: 'halves' }]] },
  { type: 'list', ordered: true, items: [[{ text: 'First' }]] },
  { type: 'related', articleId: 42 },
  { type: 'embed', kind: 'video', title: 'The barrier closing', url: 'https://video.example/1' },
  { type: 'embed', kind: 'audio', title: 'Interview' },
  { type: 'embed', kind: 'audio', title: 'The harbour episode', mediaId: 7 },
];

describe('body blocks ⇄ editor document', () => {
  it('round-trips every block type unchanged', () => {
    expect(docToBlocks(blocksToDoc(every))).toEqual(every);
  });

  it('produces documents the real editor schema accepts', () => {
    const doc = schema.nodeFromJSON(blocksToDoc(every));
    expect(() => doc.check()).not.toThrow();
    // …and what the editor hands back (ProseMirror's own JSON) converts to the same blocks.
    expect(docToBlocks(doc.toJSON() as DocNode)).toEqual(every);
  });

  it('gives an empty body one empty paragraph to type in, and saves it as no blocks', () => {
    const doc = blocksToDoc([]);
    expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(() => schema.nodeFromJSON(doc).check()).not.toThrow();
    expect(docToBlocks(doc)).toEqual([]);
  });

  it('cleans what the contract cannot hold', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '   ' }] },
        { type: 'heading', attrs: { level: 2 } },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'bad ', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: '//evil.example' } }, { type: 'strike' }] },
            { type: 'text', text: '!', marks: [{ type: 'italic' }, { type: 'bold' }, { type: 'bold' }] },
          ],
        },
        { type: 'codeBlock', content: [{ type: 'text', text: 'x' }] },
        { type: 'image', attrs: { imageId: null, alt: 'no id' } },
        { type: 'image', attrs: { imageId: '7', alt: '  ', caption: ' Caption ' } },
        { type: 'embed', attrs: { kind: 'podcast', title: ' T ', url: 'not a url' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        { type: 'quote', attrs: { attribution: 'Nobody' } },
      ],
    };
    const blocks = docToBlocks(doc);
    expect(blocks).toEqual([
      { type: 'paragraph', spans: [{ text: 'bad link' }, { text: '!', marks: ['bold', 'italic'] }] },
      { type: 'image', imageId: 7, caption: 'Caption' },
      { type: 'embed', kind: 'video', title: 'T' },
    ]);
    for (const block of blocks) expect(bodyBlockSchema.safeParse(block).success).toBe(true);
  });

  it('turns pasted HTML into a document the editor accepts', () => {
    const blocks = htmlToBlocks('<h1>Title</h1><p>Text <b>bold</b></p><ol><li>a</li><li>b</li></ol><blockquote>Q<cite>W</cite></blockquote>');
    const doc = schema.nodeFromJSON(blocksToDoc(blocks));
    expect(() => doc.check()).not.toThrow();
    expect(doc.childCount).toBe(4);
    expect(doc.child(0).type.name).toBe('heading');
    expect(doc.child(3).attrs.attribution).toBe('W');
  });

  it('allows no node or mark outside the contract in the editor schema', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'doc', 'embed', 'heading', 'image', 'listItem', 'orderedList', 'paragraph', 'quote', 'related', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });
});
