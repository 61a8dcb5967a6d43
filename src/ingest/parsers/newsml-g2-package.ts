/**
 * A NewsML-G2 packageItem → a WireItem of class `package`. Its body is a list
 * of the items it references (headline or title, then the guid), so the wire
 * editor can see what the package holds; referenced pictures become pictures.
 */
import type { TextSpan } from '../../domain/blocks.js';
import type { WireItem, WirePicture } from '../../domain/wire-item.js';
import { buildWireItem } from '../wire-item-builder.js';
import { attr, child, children, childText, deepText, qcodeLocal, type XmlElement } from '../xml.js';
import { g2CommonDraft, type G2Context } from './newsml-g2-meta.js';
import { linkedPictures } from './newsml-g2-item.js';

export function parseG2PackageItem(item: XmlElement, context: G2Context): WireItem {
  const draft = g2CommonDraft(item, context);
  const references = itemRefs(child(item, 'groupSet'));
  const items: TextSpan[][] = [];
  const pictures: WirePicture[] = [];
  for (const ref of references) {
    const guid = attr(ref, 'residref') ?? attr(ref, 'href');
    if (!guid) continue;
    const title = childText(ref, 'headline') ?? childText(ref, 'title');
    items.push([{ text: title ? `${title} (${guid})` : guid }]);
    if (isPictureRef(ref)) {
      const picture: WirePicture = { href: attr(ref, 'href') ?? guid };
      const caption = childText(ref, 'description') ?? title;
      if (caption) picture.caption = caption;
      pictures.push(picture);
    }
  }
  pictures.push(...linkedPictures(child(item, 'itemMeta')));
  return buildWireItem({
    ...draft,
    itemClass: 'package',
    body: items.length > 0 ? [{ type: 'list', ordered: true, items }] : [],
    pictures,
  });
}

/** All itemRefs of all groups, in document order (groups may nest through groupRef). */
function itemRefs(groupSet: XmlElement | undefined): XmlElement[] {
  return children(groupSet, 'group').flatMap((group) => children(group, 'itemRef'));
}

function isPictureRef(ref: XmlElement): boolean {
  const itemClass = qcodeLocal(attr(child(ref, 'itemClass'), 'qcode'));
  const signals = children(ref, 'signal').map((s) => attr(s, 'qcode') ?? '');
  return itemClass === 'picture' || itemClass === 'graphic' || signals.includes('pmt:picture') || /^image\//.test(attr(ref, 'contenttype') ?? '');
}

export function describeG2Item(item: XmlElement): string {
  const guid = attr(item, 'guid');
  const headline = deepText(child(child(item, 'contentMeta'), 'headline')).slice(0, 60);
  return [item.name, guid ? `guid ${guid}` : 'no guid', headline ? `"${headline}"` : ''].filter(Boolean).join(', ');
}
