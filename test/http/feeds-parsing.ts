/**
 * Reads feeds and sitemaps the way their consumers do: a strict
 * well-formedness check (fast-xml-parser's validator), a generic XML tree for
 * the rules, and @extractus/feed-extractor (a feed reader library) for RSS.
 */
import { extractFromXml, type FeedData } from '@extractus/feed-extractor';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

const ARRAYS = new Set(['item', 'category', 'url', 'sitemap']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type XmlTree = Record<string, any>;

/**
 * Characters XML 1.0 forbids anywhere in a document. fast-xml-parser's
 * validator checks markup but lets these through, so they are checked here.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Fails the test unless `xml` is well-formed; returns the parsed tree. */
export function parseWellFormed(xml: string): XmlTree {
  expect(NOT_XML_CHAR.exec(xml)?.[0], 'a character XML 1.0 forbids').toBeUndefined();
  const valid = XMLValidator.validate(xml);
  expect(valid, typeof valid === 'object' ? JSON.stringify(valid.err) : '').toBe(true);
  return parser.parse(xml) as XmlTree;
}

export function readFeed(xml: string): { tree: XmlTree; feed: FeedData } {
  const tree = parseWellFormed(xml);
  return { tree, feed: extractFromXml(xml, { descriptionMaxLen: 0, useISODateFormat: true }) };
}

/** Text of an element that may carry attributes (`{ '#text': …, '@_x': … }`) or none. */
export const textOf = (node: unknown): string =>
  typeof node === 'string' ? node : node && typeof node === 'object' && '#text' in node ? String((node as { '#text': unknown })['#text']) : '';

/** RFC 822 as RSS 2.0 and HTTP use it: `Mon, 30 Nov 2026 04:54:06 GMT`. */
export const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
/** W3C Datetime to the second, UTC. */
export const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
