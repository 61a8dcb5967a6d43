/**
 * dpa digitalwires JSON (dpa's own delivery API): one entry, an array, or the
 * API's `{ entries: [...] }`. Mapping: urn → guid, version, version_created,
 * pubstatus, embargoed, urgency, language, headline, dateline, byline,
 * article_html (+ infobox_html) → body, categories (dpasubject, geosubject,
 * desk) → subjects, image associations → pictures, audio/video → embeds.
 * Correction: `signal: "sig:correction"` (or a `dnltype:signal` category), or an
 * editorial note that says so.
 */
import type { BodyBlock } from '../../domain/blocks.js';
import type { WireItem, WirePicture, WireSubject } from '../../domain/wire-item.js';
import { markupToBlocks, plainTextToBlocks } from '../body-to-blocks.js';
import { isRecord } from '../detect-format.js';
import { parseEnvelope } from '../envelope.js';
import { NoteCounter } from '../note-counter.js';
import { bestRendition, toDimension, type Rendition } from '../renditions.js';
import { cleanText, parseUrgency } from '../text-utils.js';
import { buildWireItem } from '../wire-item-builder.js';
import { WireRejection } from '../wire-rejection.js';
import { isCorrectionSignal, mentionsCorrection, toPubStatus } from '../wire-values.js';
import { JsonFields } from './json-fields.js';

const SUBJECT_TYPES = new Set(['dnltype:dpasubject', 'dnltype:geosubject', 'dnltype:desk', 'dnltype:subject', 'dnltype:category']);

export function parseDpaDigitalwires(value: unknown, text: string, decodeNotes: readonly string[]): WireItem[] {
  const entries = Array.isArray(value)
    ? value
    : isRecord(value) && Array.isArray(value.entries)
      ? value.entries
      : [value];
  return parseEnvelope(
    entries,
    (entry) => {
      const fields = JsonFields.of(entry);
      if (!fields) throw new WireRejection('malformed', 'A digitalwires entry that is not an object.');
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      return parseEntry(fields, entries.length === 1 ? text : JSON.stringify(entry), notes);
    },
    (entry) => `digitalwires entry ${JsonFields.of(entry)?.str('urn') ?? 'without urn'}`,
  );
}

function parseEntry(fields: JsonFields, raw: string, notes: NoteCounter): WireItem {
  const categories = fields.list('categories').map(JsonFields.of).filter((c): c is JsonFields => c !== undefined);
  const ofType = (type: string) => categories.filter((c) => c.str('type') === type);
  const associations = fields.list('associations').map(JsonFields.of).filter((a): a is JsonFields => a !== undefined);
  const headline = fields.str('headline');

  const body: BodyBlock[] = [];
  const pictures: WirePicture[] = [];
  for (const html of [fields.str('article_html'), fields.str('infobox_html')]) {
    if (!html) continue;
    const converted = markupToBlocks(html, notes);
    body.push(...converted.blocks);
    pictures.push(...converted.pictures);
  }
  for (const association of associations) {
    const type = association.str('type')?.toLowerCase();
    if (type === 'image' || type === 'picture') {
      const picture = associationPicture(association);
      if (picture) pictures.push(picture);
    } else if (type === 'audio' || type === 'video') {
      const best = bestRendition(renditions(association));
      const title = cleanText(association.str('headline') ?? headline) ?? type;
      body.push(best ? { type: 'embed', kind: type, title, url: best.href } : { type: 'embed', kind: type, title });
    }
  }

  const itemType = itemClass(fields, associations);
  if ((itemType === 'audio' || itemType === 'video') && !fields.str('article_html')) body.push(...descriptionBlocks(fields, notes));
  const signals = [fields.str('signal'), ...ofType('dnltype:signal').map((c) => c.str('qcode'))];
  const ednotes = fields.list('ednotes').map((e) => JsonFields.of(e)?.str('ednote'));
  return buildWireItem({
    format: 'dpa-digitalwires',
    guid: fields.str('urn'),
    version: fields.get('version'),
    provider: ofType('dnltype:provider')[0]?.str('name') ?? 'dpa',
    firstCreated: fields.str('first_created', 'content_created'),
    versionCreated: fields.str('version_created'),
    pubStatus: toPubStatus(fields.str('pubstatus') ?? ofType('dnltype:pubstatus')[0]?.str('qcode')),
    urgency: parseUrgency(fields.get('urgency')),
    language: fields.str('language'),
    headline,
    slugline: null,
    dateline: fields.str('dateline'),
    located: null,
    byline: fields.str('byline') ?? fields.str('creditline'),
    itemClass: itemType,
    body,
    subjects: subjects(categories),
    embargoUntil: fields.str('embargoed'),
    pictures,
    isCorrection: signals.some(isCorrectionSignal) || ednotes.some(mentionsCorrection),
    notes,
    raw,
  });
}

/** A text entry has article_html; otherwise the entry is the media it associates (image.json, audio.json). */
function itemClass(fields: JsonFields, associations: JsonFields[]): string {
  if (fields.str('article_html')) return 'text';
  const self = associations.find((a) => a.str('urn') === fields.str('urn')) ?? (associations.length === 1 ? associations[0] : undefined);
  const type = self?.str('type')?.toLowerCase();
  if (type === 'image') return 'picture';
  return type === 'audio' || type === 'video' || type === 'graphic' ? type : 'text';
}

/** Captions of an audio or video entry, as the text beside the player. */
function descriptionBlocks(fields: JsonFields, notes: NoteCounter): BodyBlock[] {
  const texts = fields.list('descriptions').map((d) => JsonFields.of(d)?.str('description', 'value') ?? '');
  return plainTextToBlocks(texts.filter((t) => t !== '').join('\n\n'), notes);
}

function subjects(categories: JsonFields[]): WireSubject[] {
  return categories.flatMap((category) => {
    const code = category.str('qcode');
    if (!code || !SUBJECT_TYPES.has(category.str('type') ?? '')) return [];
    const name = category.str('name');
    return [name ? { code, name } : { code }];
  });
}

function renditions(association: JsonFields): Rendition[] {
  return association.list('renditions').flatMap((entry) => {
    const rendition = JsonFields.of(entry);
    const href = rendition?.str('url', 'href');
    if (!rendition || !href) return [];
    return [{ href, width: toDimension(rendition.get('width')), height: toDimension(rendition.get('height')), mimeType: rendition.str('mimetype') }];
  });
}

function associationPicture(association: JsonFields): WirePicture | undefined {
  const best = bestRendition(renditions(association));
  const href = best?.href ?? association.str('urn');
  if (!href) return undefined;
  const picture: WirePicture = { href };
  const caption = association.str('caption', 'headline');
  const credit = association.str('creditline');
  const alt = association.str('alt_text', 'alttext');
  if (caption) picture.caption = caption;
  if (credit) picture.credit = credit;
  if (alt) picture.altText = alt;
  if (best?.width) picture.width = best.width;
  if (best?.height) picture.height = best.height;
  if (best?.mimeType) picture.mimeType = best.mimeType;
  return picture;
}
