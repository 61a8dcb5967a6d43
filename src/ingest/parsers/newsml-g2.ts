/**
 * IPTC NewsML-G2: a standalone newsItem or packageItem, or a newsMessage
 * envelope holding several (each becomes one WireItem; all or nothing, see
 * envelope.ts). Concept, knowledge and planning items are not news and are
 * refused with a reason.
 */
import type { WireItem } from '../../domain/wire-item.js';
import { parseEnvelope } from '../envelope.js';
import { NoteCounter } from '../note-counter.js';
import { WireRejection } from '../wire-rejection.js';
import { child, childText, type XmlElement } from '../xml.js';
import { parseG2NewsItem } from './newsml-g2-item.js';
import { describeG2Item, parseG2PackageItem } from './newsml-g2-package.js';

export const NEWSML_G2_ROOTS = new Set(['newsMessage', 'newsItem', 'packageItem', 'conceptItem', 'knowledgeItem', 'planningItem', 'catalog']);
export const NEWSML_G2_STOP_NODES = ['*.inlineXML', '*.inlineData'];

export function parseNewsMlG2(root: XmlElement, text: string, decodeNotes: readonly string[]): WireItem[] {
  const entries = root.name === 'newsMessage' ? envelopeItems(root) : [root];
  const header = child(root, 'header') ?? child(root, 'Header');
  const sender = childText(header, 'sender');
  return parseEnvelope(
    entries,
    (item) => {
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      const raw = entries.length === 1 ? text : text.slice(item.start, item.end);
      const context = { sender, raw, notes };
      if (item.name === 'newsItem') return parseG2NewsItem(item, context);
      if (item.name === 'packageItem') return parseG2PackageItem(item, context);
      throw new WireRejection('unsupported', `A NewsML-G2 ${item.name} is not a news item; only newsItem and packageItem are accepted.`);
    },
    describeG2Item,
  );
}

function envelopeItems(message: XmlElement): XmlElement[] {
  const itemSet = child(message, 'itemSet');
  return itemSet ? [...itemSet.children] : [];
}
