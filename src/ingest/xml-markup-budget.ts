/**
 * A cheap, linear count of the elements and attributes in an XML text, run
 * before the validator and the parser: both slow down sharply on huge
 * attribute lists and on hundreds of thousands of elements, and both run on
 * the event loop. A file over the
 * budget is refused as `too_large` and quarantined without being parsed.
 *
 * The limits, against the real wire files in the shared fixtures (NewsML-G2,
 * NewsML 1.2, RSS/Atom, ninjs samples of AFP, AP, dpa, Reuters, Superdesk):
 * - 64 attributes on one element: the busiest real element carries 14 (a
 *   video rendition), a newsItem ~10 (namespaces, guid, version, standard,
 *   conformance, xml:lang, schemaLocation); 64 leaves room for odd producers.
 * - 200,000 elements and 400,000 attributes in all: the densest real files
 *   have an element every ~75-110 bytes and an attribute every ~130, so a
 *   legitimate file at the 10 MB size limit stays under both. Measured on a
 *   2-core machine, a file at these limits parses in under a second, where
 *   300,000 attributes on one element took ~2 s and 10 MB of prefixed
 *   attributes far longer (the validator and the parser are superlinear in an
 *   element's attribute count).
 *
 * Counted: start tags (`<name`), and `=` outside quoted values inside a start
 * tag. Skipped: comments, CDATA sections, processing instructions, end tags and
 * declarations (`<!DOCTYPE` is refused by the DTD check anyway). Markup inside
 * CDATA is text for the parser and costs it nothing, so it is not counted.
 */
import { WireRejection } from './wire-rejection.js';

export interface XmlMarkupBudget {
  maxElements: number;
  maxAttributes: number;
  maxAttributesPerElement: number;
}

export const DEFAULT_XML_BUDGET: Readonly<XmlMarkupBudget> = Object.freeze({
  maxElements: 200_000,
  maxAttributes: 400_000,
  maxAttributesPerElement: 64,
});

export interface XmlMarkupCount {
  elements: number;
  attributes: number;
  /** The most attributes on one element. */
  mostAttributes: number;
}

const LT = 0x3c; // <
const GT = 0x3e; // >
const EQ = 0x3d; // =
const QUOT = 0x22; // "
const APOS = 0x27; // '
const BANG = 0x21; // !
const QUESTION = 0x3f; // ?
const SLASH = 0x2f; // /

/** Counts start tags and attributes in one pass; stops early (returning the counts so far) once `stopAt` says so. */
export function countXmlMarkup(text: string, stopAt?: (count: XmlMarkupCount) => boolean): XmlMarkupCount {
  const count: XmlMarkupCount = { elements: 0, attributes: 0, mostAttributes: 0 };
  const length = text.length;
  let i = text.indexOf('<');
  while (i !== -1 && i < length) {
    const next = text.charCodeAt(i + 1);
    if (next === BANG) {
      if (text.startsWith('<!--', i)) i = after(text, '-->', i + 4);
      else if (text.startsWith('<![CDATA[', i)) i = after(text, ']]>', i + 9);
      else i = after(text, '>', i + 2);
    } else if (next === QUESTION) {
      i = after(text, '?>', i + 2);
    } else if (next === SLASH) {
      i = after(text, '>', i + 2);
    } else {
      count.elements++;
      let attributes = 0;
      let quote = 0;
      let j = i + 1;
      for (; j < length; j++) {
        const c = text.charCodeAt(j);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === QUOT || c === APOS) quote = c;
        else if (c === EQ) attributes++;
        // A `<` outside quotes is malformed; leave it to the validator, which reports it with its position.
        else if (c === GT || c === LT) break;
      }
      count.attributes += attributes;
      if (attributes > count.mostAttributes) count.mostAttributes = attributes;
      if (stopAt?.(count)) return count;
      i = j < length && text.charCodeAt(j) === LT ? j : j + 1;
    }
    if (i === -1 || i >= length) break;
    if (text.charCodeAt(i) !== LT) i = text.indexOf('<', i);
  }
  return count;
}

/** The index just past `terminator` (searched from `from`), or -1 when it never comes. */
function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

/** Refuses, with a reason a wire editor can act on, a text whose markup is over the budget. */
export function assertXmlMarkupBudget(text: string, budget: Readonly<XmlMarkupBudget> = DEFAULT_XML_BUDGET): void {
  const over = (c: XmlMarkupCount) =>
    c.elements > budget.maxElements || c.attributes > budget.maxAttributes || c.mostAttributes > budget.maxAttributesPerElement;
  const count = countXmlMarkup(text, over);
  if (count.mostAttributes > budget.maxAttributesPerElement) {
    throw new WireRejection(
      'too_large',
      `An element has more than ${budget.maxAttributesPerElement} attributes; files with that much markup are not parsed.`,
    );
  }
  if (count.elements > budget.maxElements) {
    throw new WireRejection('too_large', `The file has more than ${budget.maxElements.toLocaleString('en')} XML elements; files with that much markup are not parsed.`);
  }
  if (count.attributes > budget.maxAttributes) {
    throw new WireRejection('too_large', `The file has more than ${budget.maxAttributes.toLocaleString('en')} XML attributes; files with that much markup are not parsed.`);
  }
}
