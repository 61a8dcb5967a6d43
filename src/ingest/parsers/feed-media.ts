/**
 * Media in RSS and Atom entries: Media RSS (`media:content`, `media:group`,
 * `media:thumbnail`, with `media:description`/`media:title`/`media:credit`),
 * RSS `enclosure`, Atom `link rel="enclosure"`. Images become pictures; the
 * first audio or video file becomes an embed.
 */
import type { EmbedBlock } from '../../domain/blocks.js';
import type { WirePicture } from '../../domain/wire-item.js';
import { bestRendition, toDimension, type Rendition } from '../renditions.js';
import { markupToPlainText } from '../sanitize-body.js';
import { looksLikeMarkup } from '../text-utils.js';
import { attr, children, childText, type XmlElement } from '../xml.js';

export interface FeedMedia {
  pictures: WirePicture[];
  embed?: EmbedBlock | undefined;
}

interface MediaFile extends Rendition {
  medium?: string | undefined;
  element: XmlElement;
}

export function feedMedia(entry: XmlElement, title: string): FeedMedia {
  const files: MediaFile[] = [];
  const mediaContents = [...children(entry, 'content'), ...children(entry, 'group').flatMap((g) => children(g, 'content'))];
  for (const content of mediaContents) {
    const href = attr(content, 'url');
    if (href) files.push(file(content, href, attr(content, 'type'), attr(content, 'medium')));
  }
  for (const enclosure of children(entry, 'enclosure')) {
    const href = attr(enclosure, 'url');
    if (href) files.push(file(enclosure, href, attr(enclosure, 'type')));
  }
  for (const link of children(entry, 'link').filter((l) => attr(l, 'rel') === 'enclosure')) {
    const href = attr(link, 'href');
    if (href) files.push(file(link, href, attr(link, 'type')));
  }

  const images = files.filter((f) => f.medium === 'image' || /^image\//i.test(f.mimeType ?? ''));
  const pictures = images.map((image) => picture(image, entry));
  if (pictures.length === 0) {
    const thumbnails = children(entry, 'thumbnail').map((t) => file(t, attr(t, 'url') ?? '', undefined, 'image'));
    const best = bestRendition(thumbnails);
    if (best) pictures.push(picture(best, entry));
  }
  const media = files.find((f) => /^(audio|video)$/.test(f.medium ?? '') || /^(audio|video)\//i.test(f.mimeType ?? ''));
  const kind = media && (media.medium === 'audio' || /^audio\//i.test(media.mimeType ?? '')) ? 'audio' : 'video';
  return { pictures, embed: media ? { type: 'embed', kind, title, url: media.href } : undefined };
}

function file(element: XmlElement, href: string, mimeType?: string, medium?: string): MediaFile {
  return {
    element,
    href,
    mimeType,
    medium: medium?.toLowerCase(),
    width: toDimension(attr(element, 'width')),
    height: toDimension(attr(element, 'height')),
  };
}

/**
 * Caption and credit from the media element itself. (With namespace prefixes
 * removed, an item-level `media:description` cannot be told from the RSS
 * `description`, so only the media element's own children are read.)
 */
function picture(image: MediaFile, entry: XmlElement): WirePicture {
  const result: WirePicture = { href: image.href };
  const caption = mediaText(image.element, 'description') ?? mediaText(image.element, 'title');
  const credit = childText(image.element, 'credit') ?? childText(entry, 'credit');
  if (caption) result.caption = caption;
  if (credit) result.credit = credit;
  if (image.width) result.width = image.width;
  if (image.height) result.height = image.height;
  if (image.mimeType) result.mimeType = image.mimeType;
  return result;
}

function mediaText(element: XmlElement, name: string): string | undefined {
  const text = childText(element, name);
  return text && looksLikeMarkup(text) ? markupToPlainText(text) : text;
}
