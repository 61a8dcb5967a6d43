import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyBlockSchema } from '../../src/api/admin/contract.js';
import { htmlToBlocks, pastedHtmlToBlocks } from '../../admin/src/body/html-to-blocks.js';

const wordHtml = readFileSync(new URL('./fixtures/word-paste.html', import.meta.url), 'utf8');

describe('pasting HTML into the body editor', () => {
  it('turns a Word document into clean blocks', () => {
    const { blocks, droppedImages } = pastedHtmlToBlocks(wordHtml);
    expect(blocks).toEqual([
      { type: 'subheading', text: 'Flood barriers hold as river crests' },
      {
        type: 'paragraph',
        spans: [
          { text: 'The river peaked at ' },
          { text: '7.4\u00a0metres', marks: ['bold'] },
          { text: ' on Tuesday, ' },
          { text: 'officials said', marks: ['italic'] },
          { text: ', and the new barriers held.' },
        ],
      },
      {
        type: 'paragraph',
        spans: [
          { text: 'Read the ' },
          { text: 'full report', href: 'https://example.org/report.pdf' },
          { text: ' or click here and [1].' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ text: 'Schools closed in three districts' }], [{ text: 'Trains run with ' }, { text: 'delays', marks: ['bold'] }]] },
      { type: 'list', ordered: true, items: [[{ text: 'Evacuate early' }], [{ text: 'Follow the radio' }]] },
      { type: 'quote', text: 'We were lucky this time.', attribution: 'Mayor Ana Ruiz' },
      { type: 'paragraph', spans: [{ text: 'Water levels are expected to fall by Friday.' }] },
    ]);
    expect(droppedImages).toBe(2);
    for (const block of blocks) expect(bodyBlockSchema.safeParse(block).success).toBe(true);
  });

  it('keeps no markup, styles, scripts or Word junk anywhere in the result', () => {
    const json = JSON.stringify(htmlToBlocks(wordHtml));
    for (const junk of ['mso-', '<', 'script', 'alert', 'Calibri', 'javascript', 'hidden revision', 'clip_image', 'o:p', 'tracker'])
      expect(json).not.toContain(junk);
  });

  it('drops javascript:, data: and protocol-relative links but keeps their text', () => {
    const blocks = htmlToBlocks(
      '<p><a href="JaVaScRiPt:alert(1)">a</a> <a href=" javascript:void(0)">b</a> <a href="data:text/html,x">c</a> ' +
        '<a href="//evil.example/">d</a> <a href="/de/politik/">e</a> <a href="mailto:desk@example.org">f</a></p>',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', spans: [{ text: 'a b c d ' }, { text: 'e', href: '/de/politik/' }, { text: ' ' }, { text: 'f', href: 'mailto:desk@example.org' }] },
    ]);
  });

  it('reads Google Docs formatting from styles, not from its wrapping <b>', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr"><span style="font-weight:400;font-style:normal">Plain, </span>' +
      '<span style="font-weight:700">strong</span><span style="font-style:italic"> and slanted</span></p><br></b>';
    expect(htmlToBlocks(html)).toEqual([
      { type: 'paragraph', spans: [{ text: 'Plain, ' }, { text: 'strong', marks: ['bold'] }, { text: ' and slanted', marks: ['italic'] }] },
    ]);
  });

  it('cleans a web page: nested lists flattened, figure quotes, tables as paragraphs, no styles or forms', () => {
    const html = `<style>p{color:red}</style><div class="article"><h3>Key &amp; facts</h3>
      <ul><li>One<ul><li>One a</li></ul></li><li><p>Two</p></li></ul>
      <figure><blockquote><p>Short quote.</p></blockquote><figcaption>&mdash; A. Person</figcaption></figure>
      <figure><img src="https://cdn.example/x.jpg"><figcaption>Photo: agency</figcaption></figure>
      <table><tr><td>Berlin</td><td>12&deg;</td></tr><tr><td>Paris</td><td>14&deg;</td></tr></table>
      <form><button>Subscribe</button><textarea>x</textarea></form><iframe src="https://ads.example"></iframe>
      <p>Caf&eacute; &#8220;quoted&#8221; &#x2014; end&nbsp;&nbsp; here &#150; dash</p></div>`;
    expect(htmlToBlocks(html)).toEqual([
      { type: 'subheading', text: 'Key & facts' },
      { type: 'list', ordered: false, items: [[{ text: 'One' }], [{ text: 'One a' }], [{ text: 'Two' }]] },
      { type: 'quote', text: 'Short quote.', attribution: 'A. Person' },
      { type: 'paragraph', spans: [{ text: 'Berlin 12°' }] },
      { type: 'paragraph', spans: [{ text: 'Paris 14°' }] },
      { type: 'paragraph', spans: [{ text: 'Café “quoted” — end here – dash' }] },
    ]);
  });

  it('survives broken markup and plain text', () => {
    expect(htmlToBlocks('just text')).toEqual([{ type: 'paragraph', spans: [{ text: 'just text' }] }]);
    expect(htmlToBlocks('<p>a < b and <b>bold <i>both</p><p>next')).toEqual([
      { type: 'paragraph', spans: [{ text: 'a < b and ' }, { text: 'bold ', marks: ['bold'] }, { text: 'both', marks: ['bold', 'italic'] }] },
      { type: 'paragraph', spans: [{ text: 'next' }] },
    ]);
    expect(htmlToBlocks('<script>never closed')).toEqual([]);
    expect(htmlToBlocks('')).toEqual([]);
  });
});
