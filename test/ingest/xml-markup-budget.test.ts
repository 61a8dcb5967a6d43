/**
 * The markup budget refuses wire files with absurd element or attribute counts
 * before the XML validator and parser run (they would hold the event loop for
 * seconds), and the count it relies on is exact for what it counts.
 */
import { describe, expect, it } from 'vitest';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { countXmlMarkup, DEFAULT_XML_BUDGET } from '../../src/ingest/xml-markup-budget.js';
import { bytes, rejectionOf } from './helpers.js';

const G2 = '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:budget" version="1" standard="NewsML-G2">';

describe('XML markup budget', () => {
  it('refuses a file with 300,000 attributes on one element, naming the reason', () => {
    const attributes = Array.from({ length: 300_000 }, (_, i) => `a${i}="1"`).join(' ');
    const rejection = rejectionOf(() => parseWireFile(bytes(`${G2}<itemMeta ${attributes}/></newsItem>`), { fileName: 'attrs.xml' }));
    expect(rejection.code).toBe('too_large');
    expect(rejection.reason).toBe('An element has more than 64 attributes; files with that much markup are not parsed.');
    expect(rejection.fileName).toBe('attrs.xml');
  });

  it('refuses a file with 500,000 tiny elements', () => {
    const rejection = rejectionOf(() => parseWireFile(bytes(`${G2}${'<a/>'.repeat(500_000)}</newsItem>`)));
    expect(rejection.code).toBe('too_large');
    expect(rejection.reason).toBe('The file has more than 200,000 XML elements; files with that much markup are not parsed.');
  });

  it('refuses more than 400,000 attributes spread over ordinary elements', () => {
    const element = `<b ${Array.from({ length: 50 }, (_, i) => `x${i}='v'`).join(' ')}/>`;
    const rejection = rejectionOf(() => parseWireFile(bytes(`${G2}${element.repeat(8_001)}</newsItem>`)));
    expect(rejection.code).toBe('too_large');
    expect(rejection.reason).toMatch(/more than 400,000 XML attributes/);
  });

  it('counts start tags and attributes exactly, skipping comments, CDATA, PIs, end tags and quoted text', () => {
    const text = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<root a="1" b = \'2\'>',
      '<!-- <fake x="1"> = = -->',
      '<![CDATA[ <not an="element"> ]]>',
      '<?pi target="x"?>',
      '<child title="a > b = c" note=\'say "=" here\'/>',
      '<child/><child></child>',
      'text with = and > signs',
      '</root>',
    ].join('\n');
    expect(countXmlMarkup(text)).toEqual({ elements: 4, attributes: 4, mostAttributes: 2 });
    expect(countXmlMarkup('')).toEqual({ elements: 0, attributes: 0, mostAttributes: 0 });
    expect(countXmlMarkup('<a b="unterminated')).toEqual({ elements: 1, attributes: 1, mostAttributes: 1 });
    expect(countXmlMarkup('<!-- never closed <a b="1">')).toEqual({ elements: 0, attributes: 0, mostAttributes: 0 });
  });

  it('counts in one pass: n copies count n times, and the count stops as soon as the budget is exceeded', () => {
    const unit = '<p class="x" id="y">text</p><br/><!-- c --><![CDATA[<q r="s">]]>';
    for (const n of [1, 10, 1_000, 100_000]) {
      expect(countXmlMarkup(unit.repeat(n))).toEqual({ elements: 2 * n, attributes: 2 * n, mostAttributes: 2 });
    }
    let calls = 0;
    const stopped = countXmlMarkup(unit.repeat(1_000), (c) => ++calls > 0 && c.elements >= 10);
    expect(stopped.elements).toBe(10);
    expect(calls).toBe(10);
  });

  it('leaves ordinary files alone: the limits sit far above real wire copy', () => {
    expect(DEFAULT_XML_BUDGET).toEqual({ maxElements: 200_000, maxAttributes: 400_000, maxAttributesPerElement: 64 });
    const items = Array.from({ length: 2_000 }, (_, i) => `<item><title>Story ${i}</title><link>https://example.com/${i}</link><guid isPermaLink="false">g-${i}</guid><description>Text ${i}</description></item>`);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><link>https://example.com/</link><description>d</description>${items.join('')}</channel></rss>`;
    expect(parseWireFile(bytes(feed)).items).toHaveLength(2_000);
  });
});
