/**
 * Pictures and media in ninjs (1.x maps, 2.x/3.x arrays): renditions, the
 * caption from `descriptions`/`description_*`, the credit from a creditline,
 * by-line or copyright.
 */
import type { WirePicture } from '../../domain/wire-item.js';
import { bestRendition, toDimension, type Rendition } from '../renditions.js';
import { markupToPlainText } from '../sanitize-body.js';
import { looksLikeMarkup } from '../text-utils.js';
import { JsonFields, namedRecords } from './json-fields.js';

export function ninjsRenditions(fields: JsonFields): Rendition[] {
  return namedRecords(fields.get('renditions')).flatMap(({ name, fields: r }) => {
    const href = r.str('href', 'url');
    if (!href) return [];
    return [{ href, name, width: toDimension(r.get('width')), height: toDimension(r.get('height')), mimeType: r.str('contentType', 'mimetype', 'mime_type') }];
  });
}

/** The picture an item (or association) is, when it is a picture or graphic. */
export function ninjsPicture(fields: JsonFields): WirePicture | undefined {
  const renditions = ninjsRenditions(fields);
  const images = renditions.filter((r) => !r.mimeType || /^image\//i.test(r.mimeType));
  const best = bestRendition(images);
  const href = best?.href ?? fields.str('uri', 'guid');
  if (!href) return undefined;
  const picture: WirePicture = { href };
  const caption = ninjsDescription(fields, /caption|text|summary|^$/i);
  const credit = describedAs(fields, /credit/i) ?? fields.str('creditline', 'by', 'byline') ?? authors(fields) ??
    fields.str('copyrightHolder', 'copyrightNotice');
  const alt = describedAs(fields, /alt/i) ?? fields.str('alt_text', 'alttext', 'description_alt');
  if (caption) picture.caption = caption;
  if (credit) picture.credit = credit;
  if (alt) picture.altText = alt;
  if (best?.width) picture.width = best.width;
  if (best?.height) picture.height = best.height;
  if (best?.mimeType) picture.mimeType = best.mimeType;
  else {
    const mimeType = fields.str('mimetype', 'mime_type');
    if (mimeType) picture.mimeType = mimeType;
  }
  return picture;
}

/** Pictures among the associations (ninjs 1.x map or 2.x/3.x array). */
export function ninjsAssociatedPictures(fields: JsonFields): WirePicture[] {
  const pictures: WirePicture[] = [];
  for (const { fields: association } of namedRecords(fields.get('associations'))) {
    const type = association.str('type')?.toLowerCase();
    const renditions = ninjsRenditions(association);
    const hasImages = renditions.some((r) => /^image\//i.test(r.mimeType ?? ''));
    if (type === 'picture' || type === 'graphic' || type === 'image' || (!type && hasImages)) {
      const picture = ninjsPicture(association);
      if (picture) pictures.push(picture);
    }
  }
  return pictures;
}

/** Plain-text description: `descriptions[]` (role matching) or `description_text`/`description_*`. */
export function ninjsDescription(fields: JsonFields, role: RegExp): string | undefined {
  const described = describedAs(fields, role);
  if (described) return described;
  const text = fields.str('description_text', 'description_main', 'description', 'body_text', 'caption');
  if (text) return text;
  for (const [, value] of fields.withPrefix('description')) {
    if (typeof value === 'string' && value.trim() !== '') return markupToPlainText(value);
  }
  return undefined;
}

function describedAs(fields: JsonFields, role: RegExp): string | undefined {
  for (const entry of fields.list('descriptions')) {
    const description = JsonFields.of(entry);
    const value = description?.str('value');
    if (!description || !value || !role.test(description.str('role') ?? '')) continue;
    return /html|xml/i.test(description.str('contentType') ?? '') || looksLikeMarkup(value) ? markupToPlainText(value) : value;
  }
  return undefined;
}

export function authors(fields: JsonFields): string | undefined {
  const names = fields
    .list('authors')
    .map((a) => JsonFields.of(a)?.str('name'))
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}
