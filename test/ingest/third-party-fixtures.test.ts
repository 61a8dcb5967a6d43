/**
 * Every third-party sample (read from the shared folder, never copied into the
 * project) either parses into valid WireItems or is rejected with a stated
 * reason. The expected rejections are listed, so a regression that starts
 * refusing good files (or accepting bad ones) fails here.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { WireRejection } from '../../src/ingest/wire-rejection.js';
import { assertWireItemInvariants, THIRD_PARTY_DIR, thirdParty, thirdPartySamplesPresent } from './helpers.js';

const HAS_THIRD_PARTY = thirdPartySamplesPresent('parsing every third-party wire sample');

const REQUIRED_DIRS = ['iptc-newsml-g2', 'iptc-ninjs', 'dpa-digitalwires', 'superdesk', 'podcast-rss'];

/** Files that must be rejected, with the rejection code and a word the reason must contain. */
const EXPECTED_REJECTIONS: Record<string, [WireRejection['code'], RegExp]> = {
  'iptc-newsml-g2/LISTING_24_News_Message_conveying_a_complete_News_Package.xml': ['missing_guid', /Item 1 of 5 .*no guid/],
  'iptc-newsml-g2/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml': ['unknown_format', /fragment \(<contentSet>\)/],
  'iptc-newsml-g2/LISTING_28_Illustrating_Located_Subject_and_Dateline.xml': ['unknown_format', /fragment \(<contentMeta>\)/],
  'iptc-ninjs/schema/ninjs-schema_1.6.json': ['unsupported', /JSON schema, not a news item/],
  'iptc-ninjs/schema/ninjs-schema_2.2.json': ['unsupported', /JSON schema, not a news item/],
  'iptc-ninjs/schema/ninjs-schema_3.1.json': ['unsupported', /JSON schema, not a news item/],
  'superdesk/ninjs/superdesk-ninjs-schema.json': ['unsupported', /JSON schema, not a news item/],
  'superdesk/newsml-g2/scoop.xml': ['missing_guid', /Item 1 of 2 \(packageItem, no guid\)/],
  'superdesk/wxr/wordpress_wxr.xml': ['unsupported', /WordPress export/],
  'superdesk/wxr/wordpress_wxr_funke.xml': ['unsupported', /WordPress export/],
};

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

describe.skipIf(!HAS_THIRD_PARTY)('third-party wire samples', () => {
  const files = HAS_THIRD_PARTY
    ? REQUIRED_DIRS.flatMap((dir) => walk(join(THIRD_PARTY_DIR, dir))).map((p) => relative(THIRD_PARTY_DIR, p))
    : [];

  it('finds the samples', () => {
    expect(files.length).toBeGreaterThan(80);
  });

  it.each(files)('%s parses into valid items or is rejected with a reason', (file) => {
    const expected = EXPECTED_REJECTIONS[file];
    let outcome: { items: number } | WireRejection;
    try {
      const result = parseWireFile(thirdParty(file), { fileName: file });
      result.items.forEach(assertWireItemInvariants);
      outcome = { items: result.items.length };
    } catch (e) {
      if (!(e instanceof WireRejection)) throw e;
      outcome = e;
    }
    if (expected) {
      expect(outcome).toBeInstanceOf(WireRejection);
      const rejection = outcome as WireRejection;
      expect(rejection.code).toBe(expected[0]);
      expect(rejection.reason).toMatch(expected[1]);
      expect(rejection.message).toContain(file);
    } else {
      expect(outcome, outcome instanceof WireRejection ? outcome.reason : '').not.toBeInstanceOf(WireRejection);
      expect((outcome as { items: number }).items).toBeGreaterThan(0);
    }
  });

  it('rejects the other CMS exports in the shared folder with a reason too', () => {
    for (const file of [...walk(join(THIRD_PARTY_DIR, 'ghost')), ...walk(join(THIRD_PARTY_DIR, 'wordpress-wxr'))]) {
      let rejection: unknown;
      try {
        parseWireFile(thirdParty(relative(THIRD_PARTY_DIR, file)));
      } catch (e) {
        rejection = e;
      }
      expect(rejection).toBeInstanceOf(WireRejection);
      expect((rejection as WireRejection).code).toBe('unsupported');
    }
  });
});
