/**
 * One NewsML-G2 newsItem → WireItem. Text items carry their body in
 * `inlineXML` (XHTML or NITF, whatever content type the agency wrote) or
 * `inlineData` (plain text, sometimes holding HTML); picture items become a
 * WirePicture from their best `remoteContent` rendition; video and audio items
 * get an embed block. Pictures linked from itemMeta (`link` to a picture) are
 * kept too.
 */
import type { BodyBlock } from '../../domain/blocks.js';
import type { WireItem, WirePicture } from '../../domain/wire-item.js';
import { anyBodyToBlocks, markupToBlocks, plainTextToBlocks } from '../body-to-blocks.js';
import { bestRendition, toDimension, type Rendition } from '../renditions.js';
import { cleanText, decodeEntities, rawXmlToHtml, rawXmlToText } from '../text-utils.js';
import { buildWireItem } from '../wire-item-builder.js';
import { attr, child, children, childText, deepText, qcodeLocal, type XmlElement } from '../xml.js';
import { g2Caption, g2CommonDraft, type G2Context } from './newsml-g2-meta.js';

export function parseG2NewsItem(item: XmlElement, context: G2Context): WireItem {
  const draft = g2CommonDraft(item, context);
  const contentMeta = child(item, 'contentMeta');
  const contentSet = child(item, 'contentSet');
  const itemClass = draft.itemClass ?? 'text';
  const body: BodyBlock[] = [];
  const pictures: WirePicture[] = [];
  const credit = childText(contentMeta, 'creditline') ?? childText(contentMeta, 'by') ?? creatorName(contentMeta);
  const caption = g2Caption(contentMeta);

  const bodySource = readBody(contentSet, context);
  body.push(...bodySource.blocks);
  pictures.push(...bodySource.pictures);

  const renditions = children(contentSet, 'remoteContent').map(toRendition);
  const images = renditions.filter((r) => isImage(r.mimeType) || (itemClass === 'picture' || itemClass === 'graphic'));
  const media = renditions.filter((r) => /^(video|audio)\//i.test(r.mimeType ?? ''));
  if (itemClass === 'picture' || itemClass === 'graphic') {
    const best = bestRendition(images);
    if (best) pictures.unshift(picture(best, caption, credit, altText(contentMeta)));
  } else {
    const creditline = childText(contentMeta, 'creditline');
    for (const image of images) pictures.push(picture(image, undefined, creditline));
  }
  if (itemClass === 'video' || itemClass === 'audio' || media.length > 0) {
    const best = bestRendition(media.length > 0 ? media : renditions);
    const kind = itemClass === 'audio' || /^audio\//i.test(best?.mimeType ?? '') ? 'audio' : 'video';
    const title = cleanText(draft.headline) ?? caption ?? kind;
    body.unshift(best ? { type: 'embed', kind, title, url: best.href } : { type: 'embed', kind, title });
    if (bodySource.blocks.length === 0) body.push(...descriptionBlocks(contentMeta, context));
  }
  pictures.push(...linkedPictures(child(item, 'itemMeta')));

  return buildWireItem({
    ...draft,
    byline: draft.byline ?? bodySource.byline ?? childText(contentMeta, 'creditline'),
    body,
    pictures,
  });
}

interface BodySource {
  blocks: BodyBlock[];
  pictures: WirePicture[];
  byline?: string | undefined;
}

/** The first markup body (XHTML/NITF/HTML), else the first inline data. */
function readBody(contentSet: XmlElement | undefined, context: G2Context): BodySource {
  const inlineXml = children(contentSet, 'inlineXML');
  const markup =
    inlineXml.find((x) => /html|nitf|xml/i.test(attr(x, 'contenttype') ?? '') && x.text.trim() !== '') ??
    inlineXml.find((x) => x.text.trim() !== '');
  if (markup) {
    const html = rawXmlToHtml(markup.text);
    return { ...markupToBlocks(html, context.notes), byline: nitfByline(html) };
  }
  const data = children(contentSet, 'inlineData').find((d) => d.text.trim() !== '');
  if (!data) return { blocks: [], pictures: [] };
  const contentType = attr(data, 'contenttype') ?? '';
  if (/html|xml/i.test(contentType)) return markupToBlocks(rawXmlToHtml(data.text), context.notes);
  const text = rawXmlToText(data.text);
  // `text/plain` that holds `<p>` markup (ANSA): the CDATA is markup after all.
  return /<[a-z][\w.:-]*[\s>/]/i.test(data.text)
    ? anyBodyToBlocks(rawXmlToHtml(data.text), context.notes)
    : { blocks: plainTextToBlocks(text, context.notes), pictures: [] };
}

/** The byline of a NITF `body.head` (dropped from the body itself). Linear: one search, one indexOf. */
function nitfByline(html: string): string | undefined {
  const open = /<(?:[\w-]{1,40}:)?byline\b[^<>]{0,500}>/.exec(html);
  if (!open) return undefined;
  const from = open.index + open[0].length;
  const close = html.indexOf('byline>', from);
  if (close === -1) return undefined;
  const inner = html.slice(from, html.lastIndexOf('</', close)).slice(0, 2000);
  return cleanText(decodeEntities(inner.replace(/<[^<>]*>/g, ' '))) ?? undefined;
}

function toRendition(remote: XmlElement): Rendition & { residref?: string | undefined } {
  return {
    href: attr(remote, 'href') ?? attr(remote, 'residref') ?? '',
    name: qcodeLocal(attr(remote, 'rendition')),
    width: toDimension(attr(remote, 'width')),
    height: toDimension(attr(remote, 'height')),
    mimeType: attr(remote, 'contenttype'),
  };
}

function isImage(mimeType: string | undefined): boolean {
  return /^image\//i.test(mimeType ?? '');
}

function picture(rendition: Rendition, caption?: string, credit?: string, alt?: string): WirePicture {
  const result: WirePicture = { href: rendition.href };
  if (caption) result.caption = caption;
  if (credit) result.credit = credit;
  if (alt) result.altText = alt;
  if (rendition.width) result.width = rendition.width;
  if (rendition.height) result.height = rendition.height;
  if (rendition.mimeType) result.mimeType = rendition.mimeType;
  return result;
}

function altText(contentMeta: XmlElement | undefined): string | undefined {
  const alt = children(contentMeta, 'description').find((d) => /alt/i.test(attr(d, 'role') ?? ''));
  return alt ? deepText(alt) || undefined : undefined;
}

function creatorName(contentMeta: XmlElement | undefined): string | undefined {
  return childText(child(contentMeta, 'creator'), 'name');
}

/** Video/audio items: their descriptions (summary, shot list) as paragraphs. */
function descriptionBlocks(contentMeta: XmlElement | undefined, context: G2Context): BodyBlock[] {
  const texts = children(contentMeta, 'description').map(deepText).filter((t) => t !== '');
  return plainTextToBlocks(texts.join('\n\n'), context.notes);
}

/** `<link rel="irel:seeAlso|associatedWith…">` that points at a picture. */
export function linkedPictures(itemMeta: XmlElement | undefined): WirePicture[] {
  const pictures: WirePicture[] = [];
  for (const link of children(itemMeta, 'link')) {
    const href = attr(link, 'href') ?? attr(link, 'residref');
    if (!href) continue;
    const linkClass = qcodeLocal(attr(child(link, 'itemClass'), 'qcode'));
    const contentType = attr(link, 'contenttype') ?? '';
    const isPicture =
      linkClass === 'picture' || linkClass === 'graphic' || isImage(contentType) || /\.(jpe?g|png|gif|webp)(\?|$)/i.test(href);
    if (!isPicture) continue;
    const result: WirePicture = { href };
    const title = childText(link, 'title');
    if (title) result.caption = title;
    pictures.push(result);
  }
  return pictures;
}
