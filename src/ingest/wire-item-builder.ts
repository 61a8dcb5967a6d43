/**
 * Every parser fills a draft; this turns it into a `WireItem` with the same rules
 * for all formats: a guid is required, versions are positive integers, text is
 * whitespace-normalised, empty strings become null, subjects and pictures are
 * de-duplicated, and dates are ISO 8601 UTC.
 */
import type { BodyBlock } from '../domain/blocks.js';
import type { WireFormat, WireItem, WirePicture, WirePubStatus, WireSubject } from '../domain/wire-item.js';
import type { NoteCounter } from './note-counter.js';
import { cleanDateline, cleanText, parseVersion } from './text-utils.js';
import { WireRejection } from './wire-rejection.js';
import { toIsoDate } from './wire-values.js';

export interface WireItemDraft {
  format: WireFormat;
  provider?: string | null | undefined;
  guid?: string | null | undefined;
  version?: unknown;
  firstCreated?: unknown;
  versionCreated?: unknown;
  pubStatus?: WirePubStatus | null | undefined;
  urgency?: number | null | undefined;
  language?: string | null | undefined;
  headline?: string | null | undefined;
  slugline?: string | null | undefined;
  dateline?: string | null | undefined;
  located?: string | null | undefined;
  byline?: string | null | undefined;
  itemClass?: string | null | undefined;
  body?: BodyBlock[] | undefined;
  subjects?: WireSubject[] | undefined;
  embargoUntil?: unknown;
  pictures?: WirePicture[] | undefined;
  isCorrection?: boolean | undefined;
  notes: NoteCounter;
  raw: string;
}

const MAX_GUID_LENGTH = 1024;

export function buildWireItem(draft: WireItemDraft): WireItem {
  const guid = cleanText(draft.guid);
  if (!guid) throw new WireRejection('missing_guid', 'No guid (identifier): later versions and kills could not be matched to it.');
  if (guid.length > MAX_GUID_LENGTH) throw new WireRejection('malformed', `The guid is longer than ${MAX_GUID_LENGTH} characters.`);
  const version = parseVersion(draft.version);
  if (version === null) {
    throw new WireRejection('malformed', `Version "${String(draft.version).slice(0, 40)}" is not a whole number.`);
  }
  const headline = cleanText(draft.headline) ?? '';
  return {
    format: draft.format,
    provider: cleanText(draft.provider) ?? 'unknown',
    guid,
    version,
    firstCreated: toIsoDate(draft.firstCreated),
    versionCreated: toIsoDate(draft.versionCreated),
    pubStatus: draft.pubStatus ?? 'usable',
    urgency: draft.urgency ?? null,
    language: cleanLanguage(draft.language),
    headline,
    slugline: cleanText(draft.slugline),
    dateline: cleanDateline(draft.dateline),
    located: cleanText(draft.located),
    byline: cleanText(draft.byline),
    itemClass: cleanText(draft.itemClass)?.toLowerCase() ?? 'text',
    body: withoutRepeatedHeadline(draft.body ?? [], headline),
    subjects: uniqueSubjects(draft.subjects ?? []),
    embargoUntil: toIsoDate(draft.embargoUntil),
    pictures: uniquePictures(draft.pictures ?? []),
    isCorrection: draft.isCorrection ?? false,
    sanitizerNotes: draft.notes.list(),
    raw: draft.raw,
  };
}

/** Bodies often open with the headline as <h1>; the wire item has it already. */
function withoutRepeatedHeadline(body: BodyBlock[], headline: string): BodyBlock[] {
  const first = body[0];
  if (first?.type === 'subheading' && headline !== '' && first.text === headline) return body.slice(1);
  return body;
}

/** BCP 47-ish: `EN` → `en`, `en_GB` → `en-GB`, `x-default` and junk → null. */
function cleanLanguage(value: string | null | undefined): string | null {
  const text = cleanText(value)?.replace(/_/g, '-');
  if (!text || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(text)) return null;
  const [primary = '', ...rest] = text.split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}

function uniqueSubjects(subjects: WireSubject[]): WireSubject[] {
  const seen = new Map<string, WireSubject>();
  for (const subject of subjects) {
    const code = cleanText(subject.code);
    if (!code) continue;
    const name = cleanText(subject.name);
    const existing = seen.get(code);
    if (!existing) seen.set(code, name ? { code, name } : { code });
    else if (!existing.name && name) existing.name = name;
  }
  return [...seen.values()];
}

function uniquePictures(pictures: WirePicture[]): WirePicture[] {
  const seen = new Map<string, WirePicture>();
  for (const picture of pictures) {
    const href = cleanText(picture.href);
    if (!href || seen.has(href)) continue;
    const clean: WirePicture = { href };
    const caption = cleanText(picture.caption);
    const credit = cleanText(picture.credit);
    const altText = cleanText(picture.altText);
    const mimeType = cleanText(picture.mimeType);
    if (caption) clean.caption = caption;
    if (credit) clean.credit = credit;
    if (altText) clean.altText = altText;
    if (positive(picture.width)) clean.width = picture.width;
    if (positive(picture.height)) clean.height = picture.height;
    if (mimeType) clean.mimeType = mimeType.toLowerCase();
    seen.set(href, clean);
  }
  return [...seen.values()];
}

function positive(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 1_000_000;
}
