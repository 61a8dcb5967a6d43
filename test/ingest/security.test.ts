/**
 * Hostile and broken input: every case is a WireRejection with a clear reason
 * (never a crash or a hang), and hostile bodies are cleaned with notes while the
 * story text is kept.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { wireRejectionToHeraldError } from '../../src/ingest/wire-rejection.js';
import { allSpans, allText, assertWireItemInvariants, bytes, onlyItem, rejectionOf } from './helpers.js';

function g2(body: string, options: { guid?: string; meta?: string; lang?: string; headline?: string } = {}): string {
  const guid = options.guid === undefined ? 'urn:newsml:test.example:2025:item-1' : options.guid;
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" ${guid ? `guid="${guid}"` : ''} version="3" xml:lang="${options.lang ?? 'en'}">
  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:TEST"/>
    <versionCreated>2025-02-01T10:00:00Z</versionCreated>${options.meta ?? '<pubStatus qcode="stat:usable"/>'}</itemMeta>
  <contentMeta><headline>${options.headline ?? 'Test headline'}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></inlineXML></contentSet>
</newsItem>`;
}

describe('XML attacks', () => {
  it('refuses external entities (XXE)', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE newsItem [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<newsItem guid="x" version="1"><contentMeta><headline>&xxe;</headline></contentMeta></newsItem>`;
    const rejection = rejectionOf(() => parseWireFile(bytes(xxe)));
    expect(rejection.code).toBe('unsafe');
    expect(rejection.reason).toMatch(/DTD .*line 2, column 1.*not accepted/);
    expect(rejection.line).toBe(2);
  });

  it('refuses the billion laughs without expanding anything', () => {
    const lol = [`<?xml version="1.0"?>`, `<!DOCTYPE lolz [`, `<!ENTITY lol "lol">`];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1 || ''};`.repeat(10)}">`);
    lol.push(']>', '<newsItem guid="x" version="1"><contentMeta><headline>&lol9;</headline></contentMeta></newsItem>');
    // No timing assertion (speed belongs in the bench): the refusal comes before any expansion, and the test timeout guards a hang.
    const rejection = rejectionOf(() => parseWireFile(bytes(lol.join('\n'))));
    expect(rejection.code).toBe('unsafe');
    expect(rejection.reason).not.toMatch(/lol{20}/);
  });

  it('refuses any DTD, even a harmless one, and entity declarations without a DOCTYPE', () => {
    expect(rejectionOf(() => parseWireFile(bytes('<!DOCTYPE rss><rss version="2.0"><channel/></rss>'))).code).toBe('unsafe');
    expect(rejectionOf(() => parseWireFile(bytes('<rss><!ENTITY a "b"><channel/></rss>'))).reason).toMatch(/entity declaration/);
  });

  it('keeps entity references it does not know as text instead of resolving them', () => {
    const item = onlyItem(parseWireFile(bytes(g2('<p>Tom &amp; Jerry &#233;t&#xE9; &unknown;</p>'))));
    expect(allText(item.body)).toEqual(['Tom & Jerry été &unknown;']);
  });

  it('refuses bodies that would make the HTML parser crawl (deep nesting, huge element counts) quickly', () => {
    const deep = JSON.stringify({ uri: 'u', headline: 'h', body_html: '<ul><li>'.repeat(100_000) });
    expect(rejectionOf(() => parseWireFile(bytes(deep)))).toMatchObject({ code: 'unsafe' });
    const unclosed = g2(`<![CDATA[${'<byline>'.repeat(100_000)}]]>`);
    expect(rejectionOf(() => parseWireFile(bytes(unclosed))).reason).toMatch(/nests elements more than 256 deep/);
    const many = JSON.stringify({ uri: 'u', headline: 'h', body_html: '<p>x'.repeat(60_000) });
    expect(rejectionOf(() => parseWireFile(bytes(many)))).toMatchObject({ code: 'too_large' });
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = `<newsItem guid="x" version="1">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</newsItem>`;
    expect(rejectionOf(() => parseWireFile(bytes(deep))).code).toBe('malformed');
  });
});

describe('size', () => {
  it('checks the size before reading: a non-file over the limit is too_large, not malformed', () => {
    const rejection = rejectionOf(() => parseWireFile(new Uint8Array(2048).fill(0xff), { maxBytes: 1024 }));
    expect(rejection.code).toBe('too_large');
    expect(rejection.reason).toBe('The file is 2048 bytes; the limit is 1024 bytes.');
    expect(wireRejectionToHeraldError(rejection)).toMatchObject({ code: 'HERALD_PAYLOAD_TOO_LARGE', status: 413 });
  });

  it('defaults to 10 MB', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
    expect(rejectionOf(() => parseWireFile(big)).code).toBe('too_large');
  });

  it('refuses an empty file', () => {
    expect(rejectionOf(() => parseWireFile(new Uint8Array(0))).reason).toBe('The file is empty.');
  });
});

describe('malformed input', () => {
  it('reports where XML breaks', () => {
    const rejection = rejectionOf(() => parseWireFile(bytes('<newsItem guid="a">\n  <itemMeta>\n</newsItem>'), { fileName: 'broken.xml' }));
    expect(rejection.code).toBe('malformed');
    expect(rejection.reason).toMatch(/^Not well-formed XML: .*\(line 3, column \d+\)\.$/);
    expect(rejection.message).toMatch(/^broken\.xml: Not well-formed XML/);
    expect(rejection.line).toBe(3);
  });

  it('refuses a truncated file', () => {
    const text = g2('<p>Complete sentence.</p>');
    expect(rejectionOf(() => parseWireFile(bytes(text.slice(0, text.length - 40)))).code).toBe('malformed');
  });

  it('reports where JSON breaks', () => {
    const rejection = rejectionOf(() => parseWireFile(bytes('{\n  "uri": "x",\n  "headline": "y",\n}')));
    expect(rejection.code).toBe('malformed');
    expect(rejection.reason).toMatch(/^Not valid JSON: .*\(line 4, column 1\)\.$/);
  });

  it('refuses unknown formats with a reason', () => {
    expect(rejectionOf(() => parseWireFile(bytes('Hello, this is plain text'))).code).toBe('unknown_format');
    expect(rejectionOf(() => parseWireFile(bytes('<html><body>hi</body></html>'))).reason).toMatch(/HTML page/);
    expect(rejectionOf(() => parseWireFile(bytes('{"name":"package.json","version":"1.0.0"}'))).code).toBe('unknown_format');
    expect(rejectionOf(() => parseWireFile(bytes('<planningItem guid="p" version="1"/>'))).code).toBe('unsupported');
  });

  it('refuses a version that is not a number', () => {
    const rejection = rejectionOf(() => parseWireFile(bytes(g2('<p>x</p>').replace('version="3"', 'version="three"'))));
    expect(rejection).toMatchObject({ code: 'malformed', reason: 'Version "three" is not a whole number.' });
  });
});

describe('encodings', () => {
  const latin1Item = (declared: string) =>
    `<?xml version="1.0" encoding="${declared}"?>\n` + g2('<p>Die Bürger in Köln grüßen.</p>', { headline: 'Übergrößen für Düsseldorf' }).replace(/^<\?xml[^>]*>\n/, '');

  it('honours an ISO-8859-1 declaration: umlauts decoded right', () => {
    const item = onlyItem(parseWireFile(iconv.encode(latin1Item('ISO-8859-1'), 'latin1')));
    expect(item.headline).toBe('Übergrößen für Düsseldorf');
    expect(allText(item.body)).toEqual(['Die Bürger in Köln grüßen.']);
    expect(item.sanitizerNotes).toEqual([]);
  });

  it('decodes Windows-1252 punctuation in files labelled ISO-8859-1', () => {
    const text = latin1Item('iso-8859-1').replace('Köln grüßen.', 'Köln \u201egrüßen\u201c \u2013 sagt er.');
    const item = onlyItem(parseWireFile(iconv.encode(text, 'win1252')));
    expect(allText(item.body)).toEqual(['Die Bürger in Köln \u201egrüßen\u201c \u2013 sagt er.']);
  });

  it('honours the charset of a Content-Type', () => {
    const text = g2('<p>Grüße</p>').replace(' encoding="UTF-8"', '');
    const item = onlyItem(parseWireFile(iconv.encode(text, 'latin1'), { contentType: 'application/xml; charset=ISO-8859-1' }));
    expect(allText(item.body)).toEqual(['Grüße']);
  });

  it('refuses invalid UTF-8 and says where', () => {
    const text = bytes(g2('<p>Gr__e</p>'));
    const at = text.indexOf(0x5f);
    text[at] = 0xfc;
    const rejection = rejectionOf(() => parseWireFile(text));
    expect(rejection.code).toBe('encoding');
    expect(rejection.reason).toMatch(/^Not valid UTF-8: invalid byte 0xfc at byte \d+ \(line 6\)/);
  });

  it('refuses a file that mixes UTF-8 and Latin-1 bytes', () => {
    const utf8 = bytes(latin1Item('ISO-8859-1'));
    const mixed = new Uint8Array([...utf8.slice(0, utf8.length - 20), 0xfc, ...utf8.slice(utf8.length - 20)]);
    expect(rejectionOf(() => parseWireFile(mixed)).reason).toMatch(/^Mixed encodings/);
  });

  it('reads UTF-16 with a byte-order mark, and a UTF-8 BOM', () => {
    const text = g2('<p>Zoë</p>').replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf16le')]);
    expect(allText(onlyItem(parseWireFile(utf16)).body)).toEqual(['Zoë']);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(g2('<p>Zoë</p>'))]);
    expect(allText(onlyItem(parseWireFile(withBom)).body)).toEqual(['Zoë']);
  });

  it('refuses an unknown declared encoding and binary junk', () => {
    expect(rejectionOf(() => parseWireFile(bytes('<?xml version="1.0" encoding="x-klingon"?><a/>'))).code).toBe('encoding');
    expect(rejectionOf(() => parseWireFile(new Uint8Array([0x3c, 0x61, 0x00, 0x3e, 0x10]))).code).toBe('encoding');
  });
});

describe('hostile bodies', () => {
  const hostile =
    '<p onclick="steal()">Mayor opens <b>the</b> bridge.<script>steal(document.cookie)</script></p>' +
    '<p>Read <a href="javascript:steal()">the report</a> or <a href=" JaVaScRiPt&#x3a;steal()">this</a>.</p>' +
    '<iframe src="https://evil.example/">fallback text</iframe>' +
    '<p style="color:red">Styled &lt;script&gt;alert(1)&lt;/script&gt; text.</p>' +
    '<object data="x.swf"><embed src="x.swf"/></object>' +
    '<img src="data:image/png;base64,AAAA" alt="pixel"/>' +
    '<p><a href="https://example.com/ok">Good link</a> <a href="mailto:desk@example.com">mail</a></p>';

  it('removes scripts, handlers, javascript: links, iframes, styles and objects, keeps the text, notes each removal', () => {
    const item = onlyItem(parseWireFile(bytes(g2(hostile.replace(/&(?![a-z#])/g, '&amp;')))));
    assertWireItemInvariants(item);
    expect(allText(item.body).join('\n')).toBe(
      'Mayor opens the bridge.\nRead the report or this.\nStyled \u2039script>alert(1)\u2039/script> text.\nGood link mail',
    );
    expect(item.sanitizerNotes).toEqual(
      expect.arrayContaining([
        'removed <script> element',
        'removed onclick attribute',
        'removed javascript: link (×2)',
        'removed <iframe> element',
        'removed style attribute',
        'removed <object> element',
        'removed <embed> element',
        'removed data: image',
        "defused '<script' in story text",
      ]),
    );
    expect(allSpans(item.body).filter((s) => s.href).map((s) => s.href)).toEqual(['https://example.com/ok', 'mailto:desk@example.com']);
    expect(item.pictures).toEqual([]);
  });

  it('cleans hostile HTML in ninjs and RSS bodies the same way', () => {
    const ninjs = JSON.stringify({ uri: 'urn:x:1', headline: 'H', body_html: hostile });
    const rss = `<rss version="2.0"><channel><title>Feed</title><item><guid>g1</guid><title>T</title><description><![CDATA[${hostile}]]></description></item></channel></rss>`;
    for (const file of [ninjs, rss]) {
      const item = onlyItem(parseWireFile(bytes(file)));
      assertWireItemInvariants(item);
      expect(item.sanitizerNotes).toContain('removed <script> element');
      expect(allText(item.body)[0]).toBe('Mayor opens the bridge.');
    }
  });
});

describe('identity, envelopes, kills and corrections', () => {
  it('refuses an item without a guid', () => {
    expect(rejectionOf(() => parseWireFile(bytes(g2('<p>x</p>', { guid: '' })))).code).toBe('missing_guid');
    const ninjs = rejectionOf(() => parseWireFile(bytes(JSON.stringify({ headline: 'No id', body_html: '<p>x</p>' }))));
    expect(ninjs).toMatchObject({ code: 'missing_guid' });
    expect(ninjs.reason).toMatch(/^No guid/);
  });

  const message = (items: string[]) =>
    `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2025-02-01T10:00:00Z</sent><sender>wire.example</sender></header><itemSet>${items.join('')}</itemSet></newsMessage>`;
  const newsItem = (guid: string, extra = '') =>
    `<newsItem guid="${guid}" version="1"><itemMeta><itemClass qcode="ninat:text"/>${extra}</itemMeta><contentMeta><headline>Story ${guid}</headline></contentMeta></newsItem>`;

  it('splits a newsMessage into one item per newsItem, with the sender as provider', () => {
    const { items } = parseWireFile(bytes(message([newsItem('a'), newsItem('b'), newsItem('c')])));
    expect(items.map((i) => [i.guid, i.headline, i.provider])).toEqual([
      ['a', 'Story a', 'wire.example'],
      ['b', 'Story b', 'wire.example'],
      ['c', 'Story c', 'wire.example'],
    ]);
    expect(items[1]?.raw).toBe(newsItem('b'));
  });

  it('rejects the whole envelope when one item is bad, naming the item', () => {
    const rejection = rejectionOf(() => parseWireFile(bytes(message([newsItem('a'), newsItem(''), newsItem('c')]))));
    expect(rejection.code).toBe('missing_guid');
    expect(rejection.reason).toMatch(/^Item 2 of 3 \(newsItem, no guid, "Story"\); the whole file is rejected/);
    const json = rejectionOf(() => parseWireFile(bytes(JSON.stringify([{ uri: 'a', headline: 'A' }, { headline: 'B', body_text: 'b' }]))));
    expect(json.reason).toMatch(/^Item 2 of 2 \(ninjs item without guid or uri\)/);
  });

  it('reads a kill (stat:canceled, ninjs canceled, NewsML 1.2 Canceled)', () => {
    expect(onlyItem(parseWireFile(bytes(g2('', { meta: '<pubStatus qcode="stat:canceled"/>' })))).pubStatus).toBe('canceled');
    expect(onlyItem(parseWireFile(bytes(JSON.stringify({ uri: 'k', headline: 'K', pubstatus: 'canceled' })))).pubStatus).toBe('canceled');
    expect(onlyItem(parseWireFile(bytes(JSON.stringify({ uri: 'w', headline: 'W', pubStatus: 'withheld' })))).pubStatus).toBe('withheld');
  });

  it('flags corrections from signals and editorial notes, but not updates', () => {
    const flag = (meta: string) => onlyItem(parseWireFile(bytes(g2('<p>x</p>', { meta })))).isCorrection;
    expect(flag('<signal qcode="sig:correction"/>')).toBe(true);
    expect(flag('<signal qcode="apsig:correction"/>')).toBe(true);
    expect(flag('<edNote>Eds: Corrects spelling of minister\'s name.</edNote>')).toBe(true);
    expect(flag('<edNote>Ortsname korrigiert</edNote>')).toBe(true);
    expect(flag('<signal qcode="sig:update"/><edNote>Adds quotes from the mayor.</edNote>')).toBe(false);
    expect(flag('<edNote>Le tribunal correctionnel a statué.</edNote>')).toBe(false);
    const ninjs = (extra: object) => onlyItem(parseWireFile(bytes(JSON.stringify({ uri: 'c', headline: 'C', ...extra })))).isCorrection;
    expect(ninjs({ ednote: 'CORRECTION: fixes the date' })).toBe(true);
    expect(ninjs({ signals: ['sig:correction'] })).toBe(true);
    expect(ninjs({ signals: [{ qcode: 'sig:update' }] })).toBe(false);
  });
});
