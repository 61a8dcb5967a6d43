/** Markup and plain text → body blocks. */
import { describe, expect, it } from 'vitest';
import { markupToBlocks, plainTextToBlocks } from '../../src/ingest/body-to-blocks.js';
import { NoteCounter } from '../../src/ingest/note-counter.js';

function convert(markup: string) {
  const notes = new NoteCounter();
  const result = markupToBlocks(markup, notes);
  return { ...result, notes: notes.list() };
}

describe('markupToBlocks', () => {
  it('maps paragraphs, headings, marks and links', () => {
    const { blocks } = convert(
      '<h1>Top</h1><p>Plain <strong>bold <em>both</em></strong> <i>it</i> <a href="https://x.example/a?b=1&amp;c=2">link</a>.</p><h3>Sub</h3>',
    );
    expect(blocks).toEqual([
      { type: 'subheading', text: 'Top' },
      {
        type: 'paragraph',
        spans: [
          { text: 'Plain ' },
          { text: 'bold ', marks: ['bold'] },
          { text: 'both', marks: ['bold', 'italic'] },
          { text: ' ' },
          { text: 'it', marks: ['italic'] },
          { text: ' ' },
          { text: 'link', href: 'https://x.example/a?b=1&c=2' },
          { text: '.' },
        ],
      },
      { type: 'subheading', text: 'Sub' },
    ]);
  });

  it('collapses whitespace like HTML, keeps <br> as a line break and drops empty paragraphs', () => {
    const { blocks } = convert('<p>  one\n   two<br/>three  </p><p>&nbsp;</p><p> </p>');
    expect(blocks).toEqual([{ type: 'paragraph', spans: [{ text: 'one two\nthree' }] }]);
  });

  it('flattens nested lists and keeps ordered lists ordered', () => {
    const { blocks } = convert('<ol><li>one</li><li>two<ul><li>two a</li></ul></li></ol><ul><li><b>x</b></li></ul>');
    expect(blocks).toEqual([
      { type: 'list', ordered: true, items: [[{ text: 'one' }], [{ text: 'two' }], [{ text: 'two a' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'x', marks: ['bold'] }]] },
    ]);
  });

  it('turns blockquote + cite into a quote with attribution', () => {
    const { blocks } = convert('<blockquote><p>First line.</p><p>Second line.</p><cite>A. Speaker</cite></blockquote>');
    expect(blocks).toEqual([{ type: 'quote', text: 'First line.\nSecond line.', attribution: 'A. Speaker' }]);
  });

  it('turns images into pictures, never image blocks', () => {
    const { blocks, pictures } = convert(
      '<p>Before</p><figure><img src="https://img.example/a.jpg" alt="Alt" width="800" height="600"/><figcaption>Caption</figcaption><cite>Photographer/Agency</cite></figure><p>After <img src="b.jpg"/></p>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(pictures).toEqual([
      { href: 'https://img.example/a.jpg', altText: 'Alt', width: 800, height: 600, caption: 'Caption', credit: 'Photographer/Agency' },
      { href: 'b.jpg' },
    ]);
  });

  it('understands NITF: hl2, bq/credit, media, and drops body.head', () => {
    const { blocks, pictures } = convert(
      '<nitf><head><title>T</title></head><body><body.head><hedline><hl1>Headline</hl1></hedline></body.head><body.content>' +
        '<p>Text</p><hl2>Section</hl2><bq><p>Quoted</p><credit>Someone</credit></bq>' +
        '<media media-type="image"><media-reference source="https://img.example/n.jpg" alternate-text="N"/><media-caption>NITF caption</media-caption></media>' +
        '</body.content></body></nitf>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', spans: [{ text: 'Text' }] },
      { type: 'subheading', text: 'Section' },
      { type: 'quote', text: 'Quoted', attribution: 'Someone' },
    ]);
    expect(pictures).toEqual([{ href: 'https://img.example/n.jpg', altText: 'N', caption: 'NITF caption' }]);
  });

  it('reads namespace-prefixed XHTML', () => {
    const { blocks } = convert('<html:html xmlns:html="http://www.w3.org/1999/xhtml"><html:body><html:p>One</html:p><html:p>Two</html:p></html:body></html:html>');
    expect(blocks).toHaveLength(2);
  });

  it('drops links that are relative or not http(s)/mailto, keeping their text, and says so', () => {
    const { blocks, notes } = convert('<p><a href="/local">rel</a> <a href="ftp://x">ftp</a> <a href="#top">anchor</a></p>');
    expect(blocks).toEqual([{ type: 'paragraph', spans: [{ text: 'rel ftp anchor' }] }]);
    expect(notes).toEqual(['removed relative link', 'removed ftp: link']);
  });

  it('keeps story text that merely mentions tags, defused', () => {
    const { blocks, notes } = convert('<p>The &lt;script&gt; tag &lt; is &amp; was.</p>');
    expect(blocks).toEqual([{ type: 'paragraph', spans: [{ text: 'The \u2039script> tag < is & was.' }] }]);
    expect(notes).toEqual(["defused '<script' in story text"]);
  });
});

describe('plainTextToBlocks', () => {
  it('splits on blank lines when there are any, else on lines', () => {
    const notes = new NoteCounter();
    expect(plainTextToBlocks('One\nstill one\n\nTwo', notes)).toEqual([
      { type: 'paragraph', spans: [{ text: 'One still one' }] },
      { type: 'paragraph', spans: [{ text: 'Two' }] },
    ]);
    expect(plainTextToBlocks('A\r\nB\n  \nC', notes)).toHaveLength(2);
    expect(plainTextToBlocks('A\nB\nC', notes)).toHaveLength(3);
  });
});
