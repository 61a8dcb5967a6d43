/**
 * Property tests: whatever bytes arrive, parseWireFile returns valid items or
 * throws a WireRejection — nothing else — and no produced block carries a
 * `javascript:` link or text with a raw `<script`.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWireCorpus } from '../../src/ingest/generate-wire-corpus.js';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { WireRejection } from '../../src/ingest/wire-rejection.js';
import { assertWireItemInvariants, bytes, OWN_FIXTURES_DIR, thirdParty, thirdPartySamplesPresent } from './helpers.js';

const REAL_SAMPLES = [
  'iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml',
  'iptc-newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml',
  'superdesk/newsml-g2/dpa.xml',
  'superdesk/newsml-g2/ansa-newsmlg2-text.xml',
  'superdesk/newsml-1.2/ana1.xml',
  'iptc-ninjs/examples-3.x/tt_text_image_3.json',
  'iptc-ninjs/examples-1.x/ninjsExComplex1.json',
  'dpa-digitalwires/digitalwires-json/embargoed.json',
  'podcast-rss/libsyn-feed.xml',
];

const samples: Uint8Array[] = [
  readFileSync(`${OWN_FIXTURES_DIR}newsml-1.2-harbour-ferry.xml`),
  ...[...generateWireCorpus({ newsmlG2: 3, ninjs: 3, seed: 11 })].map((f) => f.bytes),
  ...(thirdPartySamplesPresent('property tests over real agency samples (generated ones still run)') ? REAL_SAMPLES.map(thirdParty) : []),
];

const HOSTILE = [
  '<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>', '<a href="jav&#x09;ascript:alert(1)">y</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&amp;lt;script&amp;gt;', '<img src=x onerror=alert(1)>', '<p onclick="x()">',
  '<iframe src="https://evil.example"></iframe>', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '&e;',
  '<![CDATA[', ']]>', '<![CDATA[<script>alert(1)</script>]]>', '&', '<', '>', '"', "'", '</p>', '<p>', '\u0000',
  'javascript:', '<svg onload=alert(1)>', '&#60;script&#62;', '\ufeff', 'ü', '\u2028', '{', '}', '[', ']', ',', ':',
];

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.constantFrom(...HOSTILE).map(bytes)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(input: Uint8Array, mutations: Mutation[]): Uint8Array {
  let data = input;
  for (const m of mutations) {
    const at = m.at % (data.length + 1);
    if (m.kind === 'flip' && data.length > 0) {
      data = data.slice();
      data[at % data.length] = m.value;
    } else if (m.kind === 'truncate') data = data.slice(0, at);
    else if (m.kind === 'insert') data = new Uint8Array([...data.subarray(0, at), ...m.bytes, ...data.subarray(at)]);
    else if (m.kind === 'delete') data = new Uint8Array([...data.subarray(0, at), ...data.subarray(at + m.length)]);
  }
  return data;
}

/** Parses; items must be valid, and the only acceptable failure is a WireRejection that is not a programming error. */
function parsesOrRejects(input: Uint8Array): void {
  let result;
  try {
    result = parseWireFile(input, { maxBytes: 1024 * 1024 });
  } catch (e) {
    expect(e).toBeInstanceOf(WireRejection);
    const rejection = e as WireRejection;
    // "Could not be parsed" is parseWireFile's catch-all for unexpected errors: a bug, not a reason.
    expect(rejection.reason, String(rejection.cause)).not.toMatch(/^Could not be parsed/);
    expect(rejection.reason.length).toBeGreaterThan(0);
    return;
  }
  result.items.forEach(assertWireItemInvariants);
}

describe('parseWireFile never fails except with a WireRejection', () => {
  it('on random byte strings and random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.string({ maxLength: 300 }).map(bytes),
          fc.tuple(fc.constantFrom('<', '{', '[', '<?xml version="1.0"?><newsItem guid="g" version="1">', '{"uri":"u","body_html":"'), fc.string({ maxLength: 200 }))
            .map(([prefix, rest]) => bytes(prefix + rest)),
        ),
        (input) => parsesOrRejects(input),
      ),
      { numRuns: 300 },
    );
  });

  it('on random mutations (byte flips, truncations, insertions, deletions) of real samples', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 4 }), (sample, mutations) =>
        parsesOrRejects(mutate(sample, mutations)),
      ),
      { numRuns: 400 },
    );
  });

  it('on hostile bodies in otherwise valid items (ninjs, NewsML-G2, RSS)', () => {
    const body = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(body, fc.constantFrom('ninjs', 'g2', 'rss'), (html, format) => {
        const xmlSafe = html.replace(/]]>/g, '');
        const file =
          format === 'ninjs'
            ? JSON.stringify({ uri: 'urn:prop:1', headline: 'H', body_html: html })
            : format === 'g2'
              ? `<newsItem guid="g" version="1"><contentSet><inlineData contenttype="text/html"><![CDATA[${xmlSafe}]]></inlineData></contentSet></newsItem>`
              : `<rss version="2.0"><channel><item><guid>g</guid><description><![CDATA[${xmlSafe}]]></description></item></channel></rss>`;
        parsesOrRejects(bytes(file));
      }),
      { numRuns: 300 },
    );
  });
});
