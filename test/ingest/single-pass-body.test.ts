/**
 * The single-pass body conversion (sanitiser events driving the block builder)
 * must give exactly what the reference two-step path gives: sanitize-html's
 * output, then the block builder. This keeps the two sanitiser settings from
 * drifting apart, on hand-picked hostile bodies and on random ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeHtmlToBlocks, sanitizedMarkupToBlocks } from '../../src/ingest/html-to-blocks.js';
import { NoteCounter } from '../../src/ingest/note-counter.js';
import { sanitizeBodyHtml } from '../../src/ingest/sanitize-body.js';

function both(markup: string) {
  const singleNotes = new NoteCounter();
  const single = sanitizedMarkupToBlocks(markup, singleNotes);
  const referenceNotes = new NoteCounter();
  const reference = safeHtmlToBlocks(sanitizeBodyHtml(markup, referenceNotes), referenceNotes);
  return { single: { ...single, notes: singleNotes.list() }, reference: { ...reference, notes: referenceNotes.list() } };
}

const PIECES = [
  '<p>', '</p>', '<b>', '</b>', '<i>', '</i>', '<em>', '</em>', '<strong>', '</strong>', '<h2>', '</h2>', '<h1>', '</h1>',
  '<ul>', '</ul>', '<ol>', '</ol>', '<li>', '</li>', '<blockquote>', '</blockquote>', '<br>', '<br/>', '<div>', '</div>',
  '<span style="color:red">', '</span>', '<a href="https://example.org/x">', '<a href="javascript:alert(1)">', '<a href="//evil.example/">',
  '<a href="mailto:desk@example.org">', '</a>', '<script>alert(1)</script>', '<style>p{}</style>', '<iframe src="x"></iframe>',
  '<img src="https://example.org/a.jpg" alt="A">', '<p onclick="x()">', '<hl1>', '</hl1>', '<block>', '</block>', '<body.content>',
  '&amp;', '&lt;script&gt;', '&#233;', '&nbsp;', ' ', '\n', '\t', 'Text', 'more words', '<', '>', '"', "'", '<!-- c -->', '<![CDATA[x]]>',
];

describe('single-pass body conversion equals the two-step reference', () => {
  it.each([
    '<p>Plain <b>bold</b> and <i>italic</i> with <a href="https://example.org">a link</a>.</p>',
    '<h2>Sub</h2><p>After <script>alert(1)</script> the script</p><iframe src="https://x"></iframe>',
    '<p onclick="steal()">Handler</p><a href="javascript:void(0)">js</a><a href="//host/x">proto-relative</a>',
    '<ul><li>One</li><li>Two <em>em</em></li></ul><blockquote><p>Quoted</p></blockquote>',
    '<p>Unclosed <b>bold <i>both</p><p>next</b></i></p>',
    '<p>&lt;script&gt;escaped&lt;/script&gt; &amp; entities &#233;t&#xE9;</p>',
    '<div><p>Nested <span style="x">span</span></p></div><img src="https://example.org/p.jpg" alt="Pic">',
  ])('on %s', (markup) => {
    const { single, reference } = both(markup);
    expect(single).toEqual(reference);
  });

  it('on random bodies built from hostile and structural pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const { single, reference } = both(pieces.join(''));
        expect(single).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });
});
