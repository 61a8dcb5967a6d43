/**
 * IPTC NewsML 1.2: `<NewsML>` holding one or more NewsItems (all or nothing).
 * Identity: the guid is the PublicIdentifier without its trailing revision
 * (`urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1` → `…:TX-PAR-FXW86`),
 * or ProviderId/DateId/NewsItemId composed the same way, so every revision of a
 * story shares one guid and RevisionId is the version. Metadata and content are
 * gathered from the (nested) NewsComponents: the first text ContentItem is the
 * body, image ContentItems are pictures (largest per component).
 */
import type { BodyBlock } from '../../domain/blocks.js';
import type { WireItem, WirePicture, WireSubject } from '../../domain/wire-item.js';
import { anyBodyToBlocks } from '../body-to-blocks.js';
import { parseEnvelope } from '../envelope.js';
import { NoteCounter } from '../note-counter.js';
import { bestRendition, toDimension } from '../renditions.js';
import { parseUrgency, rawXmlToHtml } from '../text-utils.js';
import { buildWireItem } from '../wire-item-builder.js';
import { WireRejection } from '../wire-rejection.js';
import { mentionsCorrection, toIsoDate, toPubStatus } from '../wire-values.js';
import { attr, child, children, childText, deepText, path, type XmlElement } from '../xml.js';
import { newsComponents, type ContentItemInfo, contentItems } from './newsml-1-components.js';

export const NEWSML_1_STOP_NODES = ['*.DataContent'];

export function parseNewsMl1(root: XmlElement, text: string, decodeNotes: readonly string[]): WireItem[] {
  const newsItems = children(root, 'NewsItem');
  if (newsItems.length === 0) throw new WireRejection('malformed', 'A NewsML document without any NewsItem.');
  return parseEnvelope(
    newsItems,
    (item) => {
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      return parseNewsItem(item, newsItems.length === 1 ? text : text.slice(item.start, item.end), notes);
    },
    (item) => `NewsItem ${childText(path(item, 'Identification', 'NewsIdentifier'), 'NewsItemId') ?? 'without NewsItemId'}`,
  );
}

function parseNewsItem(item: XmlElement, raw: string, notes: NoteCounter): WireItem {
  const identifier = path(item, 'Identification', 'NewsIdentifier');
  const management = child(item, 'NewsManagement');
  const components = newsComponents(child(item, 'NewsComponent'));
  const lines = components.map((c) => child(c, 'NewsLines')).filter((l): l is XmlElement => l !== undefined);
  const descriptive = components.map((c) => child(c, 'DescriptiveMetadata')).filter((d): d is XmlElement => d !== undefined);
  const firstLine = (name: string) => lines.map((l) => childText(l, name)).find((t) => t !== undefined);

  const revision = childText(identifier, 'RevisionId');
  const status = attr(child(management, 'Status'), 'FormalName');
  const embargo = toIsoDate(childText(child(management, 'StatusWillChange'), 'DateAndTime'));
  const pubStatus = /embargo/i.test(status ?? '') ? (embargo ? 'usable' : 'withheld') : toPubStatus(status);

  const items = contentItems(components);
  const { body, pictures: bodyPictures, itemClass } = readContent(items, notes);
  const advisories = lines.flatMap((l) => children(l, 'NewsLine').map((n) => childText(n, 'NewsLineText') ?? ''));
  const instructions = children(management, 'Instruction').map((i) => attr(i, 'FormalName') ?? '');
  const language = descriptive.map((d) => attr(child(d, 'Language'), 'FormalName')).find(Boolean) ?? attr(item, 'lang');

  return buildWireItem({
    format: 'newsml-1.2',
    guid: newsMl1Guid(identifier, revision),
    version: revision,
    provider: provider(components) ?? childText(identifier, 'ProviderId'),
    firstCreated: childText(management, 'FirstCreated'),
    versionCreated: childText(management, 'ThisRevisionCreated'),
    pubStatus,
    embargoUntil: embargo,
    urgency: parseUrgency(attr(child(management, 'Urgency'), 'FormalName')),
    language,
    headline: firstLine('HeadLine') ?? childText(child(item, 'Identification'), 'NameLabel'),
    slugline: firstLine('SlugLine') ?? childText(child(item, 'Identification'), 'NameLabel'),
    dateline: firstLine('DateLine'),
    located: located(descriptive),
    byline: firstLine('ByLine') ?? creator(components) ?? firstLine('CreditLine'),
    itemClass,
    body,
    subjects: subjects(components, descriptive, language),
    pictures: [...imagePictures(components, firstLine('CreditLine') ?? firstLine('CopyrightLine')), ...bodyPictures],
    isCorrection: [...advisories, ...instructions].some(mentionsCorrection) || instructions.some((i) => /rectif/i.test(i)),
    notes,
    raw,
  });
}

/** PublicIdentifier minus `:<RevisionId>[flag]`, else `urn:newsml:Provider:Date:Id`. */
function newsMl1Guid(identifier: XmlElement | undefined, revision: string | undefined): string | undefined {
  const publicId = childText(identifier, 'PublicIdentifier');
  if (publicId) {
    const suffix = revision ? new RegExp(`:${revision.replace(/\D/g, '')}[A-Z]?$`) : /:\d+[A-Z]?$/;
    return publicId.replace(suffix, '');
  }
  const provider = childText(identifier, 'ProviderId');
  const id = childText(identifier, 'NewsItemId');
  if (!provider || !id) return undefined;
  return `urn:newsml:${provider}:${childText(identifier, 'DateId') ?? ''}:${id}`;
}

function provider(components: XmlElement[]): string | undefined {
  for (const component of components) {
    const party = path(component, 'AdministrativeMetadata', 'Provider', 'Party');
    const name = attr(party, 'FormalName');
    if (name) return name;
  }
  return undefined;
}

function creator(components: XmlElement[]): string | undefined {
  for (const component of components) {
    const name = attr(path(component, 'AdministrativeMetadata', 'Creator', 'Party'), 'FormalName');
    if (name) return name;
  }
  return undefined;
}

function located(descriptive: XmlElement[]): string | undefined {
  for (const metadata of descriptive) {
    for (const location of children(metadata, 'Location')) {
      const properties = children(location, 'Property');
      const value = (name: string) => attr(properties.find((p) => attr(p, 'FormalName') === name), 'Value');
      const place = value('City') ?? value('Location') ?? value('Country');
      if (place) return place;
    }
  }
  return undefined;
}

/** IPTC subject codes (`subj:04011002`), named from the TopicSet when it gives names. */
function subjects(components: XmlElement[], descriptive: XmlElement[], language: string | undefined): WireSubject[] {
  const names = new Map<string, string>();
  for (const topic of components.flatMap((c) => children(child(c, 'TopicSet'), 'Topic'))) {
    const code = childText(topic, 'FormalName');
    const descriptions = children(topic, 'Description').filter((d) => attr(d, 'Variant') === 'Name');
    const chosen = descriptions.find((d) => attr(d, 'lang')?.toLowerCase() === language?.toLowerCase()) ??
      descriptions.find((d) => attr(d, 'lang') === 'en') ?? descriptions[0];
    if (code && chosen) names.set(code, deepText(chosen));
  }
  const result: WireSubject[] = [];
  for (const subjectCode of descriptive.flatMap((d) => children(d, 'SubjectCode'))) {
    for (const subject of subjectCode.children) {
      const formal = attr(subject, 'FormalName');
      if (!formal) continue;
      const code = /^\d{8}$/.test(formal) ? `subj:${formal}` : formal;
      const name = names.get(formal);
      result.push(name ? { code, name } : { code });
    }
  }
  return result;
}

function readContent(items: ContentItemInfo[], notes: NoteCounter): { body: BodyBlock[]; pictures: WirePicture[]; itemClass: string } {
  const text = items.find((i) => i.dataContent && !i.isImage && !i.isVideo);
  const body = text?.dataContent ? anyBodyToBlocks(rawXmlToHtml(text.dataContent), notes) : { blocks: [], pictures: [] };
  const video = items.find((i) => i.isVideo && i.href);
  const blocks: BodyBlock[] = [...body.blocks];
  if (video?.href) blocks.unshift({ type: 'embed', kind: 'video', title: video.title ?? 'video', url: video.href });
  const itemClass = text ? 'text' : video ? 'video' : items.some((i) => i.isImage) ? 'picture' : 'text';
  return { body: blocks, pictures: body.pictures, itemClass };
}

/** Per NewsComponent, the largest image ContentItem, captioned by the component's headline. */
function imagePictures(components: XmlElement[], credit: string | undefined): WirePicture[] {
  const pictures: WirePicture[] = [];
  for (const component of components) {
    const images = children(component, 'ContentItem')
      .map((c) => ({ item: c, href: attr(c, 'Href') ?? '', mimeType: attr(child(c, 'MimeType'), 'FormalName') }))
      .filter((c) => c.href !== '' && (/^image\//i.test(c.mimeType ?? '') || /photo|image|graphic/i.test(attr(child(c.item, 'MediaType'), 'FormalName') ?? '')))
      .map((c) => {
        const properties = children(child(c.item, 'Characteristics'), 'Property');
        const value = (name: string) => attr(properties.find((p) => attr(p, 'FormalName') === name), 'Value');
        return { ...c, width: toDimension(value('PixelWidth') ?? value('Width')), height: toDimension(value('PixelHeight') ?? value('Height')) };
      });
    const best = bestRendition(images);
    if (!best) continue;
    const picture: WirePicture = { href: best.href };
    const caption = childText(child(component, 'NewsLines'), 'HeadLine');
    if (caption) picture.caption = caption;
    if (credit) picture.credit = credit;
    if (best.width) picture.width = best.width;
    if (best.height) picture.height = best.height;
    if (best.mimeType) picture.mimeType = best.mimeType;
    pictures.push(picture);
  }
  return pictures;
}
