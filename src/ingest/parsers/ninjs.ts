/**
 * IPTC ninjs 1.x, 2.x and 3.x (one object, an array, or a search-result
 * envelope `{ items: [...] }`), including agency flavours such as Superdesk's
 * (`guid`, `priority`, `body_html`, `ednote`, `signals`). Keys are matched
 * without regard to case or underscores, so `versioncreated` (1.x/2.x) and
 * `versionCreated` (3.x) read the same. guid: `guid`, else `uri`.
 */
import type { BodyBlock } from '../../domain/blocks.js';
import type { WireItem, WirePicture, WireSubject } from '../../domain/wire-item.js';
import { markupToBlocks, plainTextToBlocks } from '../body-to-blocks.js';
import { isRecord, listedItems } from '../detect-format.js';
import { parseEnvelope } from '../envelope.js';
import { NoteCounter } from '../note-counter.js';
import { bestRendition } from '../renditions.js';
import { cleanText, hostOf, parseUrgency } from '../text-utils.js';
import { buildWireItem } from '../wire-item-builder.js';
import { WireRejection } from '../wire-rejection.js';
import { isCorrectionSignal, mentionsCorrection, toPubStatus } from '../wire-values.js';
import { JsonFields } from './json-fields.js';
import { authors, ninjsAssociatedPictures, ninjsDescription, ninjsPicture, ninjsRenditions } from './ninjs-media.js';

export function parseNinjs(value: unknown, text: string, decodeNotes: readonly string[]): WireItem[] {
  const entries = Array.isArray(value) ? value : isRecord(value) ? (listedItems(value) ?? [value]) : [];
  return parseEnvelope(
    entries,
    (entry) => {
      const fields = JsonFields.of(entry);
      if (!fields) throw new WireRejection('malformed', 'A JSON array entry that is not an object.');
      const notes = new NoteCounter();
      notes.addAll(decodeNotes);
      return parseNinjsItem(fields, entries.length === 1 ? text : JSON.stringify(entry), notes);
    },
    (entry) => {
      const fields = JsonFields.of(entry);
      const guid = fields?.str('guid', 'uri');
      return guid ? `ninjs item ${guid}` : 'ninjs item without guid or uri';
    },
  );
}

export function parseNinjsItem(fields: JsonFields, raw: string, notes: NoteCounter): WireItem {
  const type = fields.str('type')?.toLowerCase();
  const { blocks, pictures: bodyPictures } = ninjsBody(fields, notes);
  const itemClass = ninjsItemClass(type, blocks.length > 0);
  const headline = ninjsHeadline(fields);
  const body: BodyBlock[] = [...blocks];
  const pictures: WirePicture[] = [];

  if (itemClass === 'picture' || itemClass === 'graphic') {
    const self = ninjsPicture(fields);
    if (self) pictures.push(self);
  }
  if (itemClass === 'video' || itemClass === 'audio') {
    const best = bestRendition(ninjsRenditions(fields).filter((r) => /^(video|audio)\//i.test(r.mimeType ?? '')));
    const title = cleanText(headline) ?? itemClass;
    body.unshift(best ? { type: 'embed', kind: itemClass, title, url: best.href } : { type: 'embed', kind: itemClass, title });
    if (blocks.length === 0) body.push(...plainTextToBlocks(ninjsDescription(fields, /caption|text|summary|^$/i) ?? '', notes));
  }
  pictures.push(...ninjsAssociatedPictures(fields), ...bodyPictures);

  const guid = fields.str('guid') ?? fields.str('uri');
  return buildWireItem({
    format: 'ninjs',
    guid,
    version: fields.get('version'),
    provider: ninjsProvider(fields) ?? hostOf(fields.str('uri') ?? guid),
    firstCreated: fields.str('firstcreated'),
    versionCreated: fields.str('versioncreated'),
    pubStatus: toPubStatus(fields.str('pubstatus')),
    urgency: parseUrgency(fields.get('urgency')) ?? parseUrgency(fields.get('priority')),
    language: fields.str('language'),
    headline: headline ?? fields.str('slugline'),
    slugline: fields.str('slugline'),
    dateline: fields.str('dateline'),
    located: fields.str('located'),
    byline: fields.str('byline', 'by') ?? authors(fields),
    itemClass,
    body,
    subjects: ninjsSubjects(fields),
    embargoUntil: fields.str('embargoed', 'embargoedUntil', 'embargo'),
    pictures,
    isCorrection: ninjsIsCorrection(fields),
    notes,
    raw,
  });
}

function ninjsItemClass(type: string | undefined, hasBody: boolean): string {
  if (!type || type === 'story' || type === 'article') return 'text';
  if (type === 'composite') return hasBody ? 'text' : 'package';
  if (type === 'image') return 'picture';
  return type;
}

/** `headline` (1.x), `headlines[]` (2.x/3.x, role main first), `title`, or a 1.0 `headline_*`. */
function ninjsHeadline(fields: JsonFields): string | undefined {
  const single = fields.str('headline');
  if (single) return single;
  const headlines = fields.list('headlines').map(JsonFields.of).filter((h): h is JsonFields => h !== undefined);
  const main = headlines.find((h) => /main|^$/.test(h.str('role') ?? '')) ?? headlines[0];
  const value = main?.str('value');
  if (value) return value;
  const title = fields.str('title');
  if (title) return title;
  const prefixed = fields.withPrefix('headline').find(([, v]) => typeof v === 'string' && v.trim() !== '');
  return typeof prefixed?.[1] === 'string' ? prefixed[1] : undefined;
}

/** The richest body: `bodies[]` markup before plain text, else `body_html`/`body_xhtml`/… before `body_text`. */
function ninjsBody(fields: JsonFields, notes: NoteCounter): { blocks: BodyBlock[]; pictures: WirePicture[] } {
  const candidates: { value: string; markup: boolean }[] = [];
  for (const entry of fields.list('bodies')) {
    const body = JsonFields.of(entry);
    const value = body?.str('value');
    if (!body || !value) continue;
    const kind = `${body.str('contentType') ?? ''} ${body.str('role') ?? ''}`;
    candidates.push({ value, markup: /html|xml|nitf|rich/i.test(kind) });
  }
  for (const [key, value] of fields.withPrefix('body')) {
    if (typeof value === 'string' && value.trim() !== '') candidates.push({ value, markup: key !== 'bodytext' });
  }
  const chosen = candidates.find((c) => c.markup) ?? candidates[0];
  if (!chosen) return { blocks: [], pictures: [] };
  return chosen.markup ? markupToBlocks(chosen.value, notes) : { blocks: plainTextToBlocks(chosen.value, notes), pictures: [] };
}

function ninjsProvider(fields: JsonFields): string | undefined {
  const provider = fields.get('provider');
  if (typeof provider === 'string' && provider.trim() !== '') return provider;
  const record = JsonFields.of(provider);
  const named = record?.str('name', 'literal', 'code') ?? hostOf(record?.str('uri'));
  if (named) return named;
  return fields.str('source', 'copyrightHolder');
}

/** `subject(s)`: code from `code` (with a short `scheme` prefix), `uri` or `literal`. */
function ninjsSubjects(fields: JsonFields): WireSubject[] {
  const subjects: WireSubject[] = [];
  for (const entry of fields.list('subjects', 'subject')) {
    const subject = JsonFields.of(entry);
    if (!subject) continue;
    const code = subjectCode(subject);
    if (!code) continue;
    const name = subject.str('name');
    subjects.push(name ? { code, name } : { code });
  }
  return subjects;
}

function subjectCode(subject: JsonFields): string | undefined {
  const code = subject.str('code', 'qcode');
  const scheme = subject.str('scheme');
  if (code && scheme) {
    if (/[/#]$/.test(scheme)) return scheme + code;
    if (!/[/:]/.test(scheme) && !code.includes(':')) return `${scheme}:${code}`;
  }
  return code ?? subject.str('uri', 'literal');
}

function ninjsIsCorrection(fields: JsonFields): boolean {
  if (mentionsCorrection(fields.str('ednote', 'edNote'))) return true;
  const signals = fields.list('signals', 'signal');
  const single = fields.str('signal', 'signals');
  const codes = signals.map((s) => (typeof s === 'string' ? s : (JsonFields.of(s)?.str('qcode', 'code', 'name') ?? '')));
  return [...codes, single].some(isCorrectionSignal);
}
