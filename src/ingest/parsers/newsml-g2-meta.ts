/**
 * NewsML-G2 metadata shared by newsItem and packageItem: identity, itemMeta
 * (provider, status, embargo, signals, editorial notes) and contentMeta
 * (headline, slugline, dateline, located, byline, subjects, language).
 */
import type { WireSubject } from '../../domain/wire-item.js';
import type { NoteCounter } from '../note-counter.js';
import { hostOf } from '../text-utils.js';
import type { WireItemDraft } from '../wire-item-builder.js';
import { isCorrectionSignal, mentionsCorrection, toPubStatus } from '../wire-values.js';
import { attr, child, children, childText, deepText, qcodeLocal, type XmlElement } from '../xml.js';
import { parseUrgency } from '../text-utils.js';

export interface G2Context {
  /** Sender from the newsMessage header, used when an item names no provider. */
  sender?: string | undefined;
  raw: string;
  notes: NoteCounter;
}

export function g2CommonDraft(item: XmlElement, context: G2Context): WireItemDraft {
  const itemMeta = child(item, 'itemMeta');
  const contentMeta = child(item, 'contentMeta');
  const language = attr(child(contentMeta, 'language'), 'tag') ?? attr(item, 'lang');
  const edNotes = [...children(itemMeta, 'edNote'), ...children(itemMeta, 'ednote')].map(deepText);
  const signals = children(itemMeta, 'signal').map((s) => attr(s, 'qcode') ?? attr(s, 'literal') ?? '');
  const pubStatusElement = child(itemMeta, 'pubStatus');
  return {
    format: 'newsml-g2',
    guid: attr(item, 'guid'),
    version: item.attrs.version,
    provider: g2Provider(child(itemMeta, 'provider')) ?? context.sender,
    firstCreated: childText(itemMeta, 'firstCreated'),
    versionCreated: childText(itemMeta, 'versionCreated'),
    pubStatus: toPubStatus(attr(pubStatusElement, 'qcode') ?? deepText(pubStatusElement)),
    embargoUntil: childText(itemMeta, 'embargoed'),
    urgency: parseUrgency(childText(contentMeta, 'urgency')),
    language,
    headline: g2Headline(contentMeta) ?? childText(itemMeta, 'title') ?? childText(contentMeta, 'slugline'),
    slugline: childText(contentMeta, 'slugline'),
    dateline: childText(contentMeta, 'dateline'),
    located: g2Located(child(contentMeta, 'located') ?? child(itemMeta, 'located')),
    byline: childText(contentMeta, 'by'),
    itemClass: qcodeLocal(attr(child(itemMeta, 'itemClass'), 'qcode')),
    subjects: g2Subjects(contentMeta, language, assertNames(item)),
    isCorrection: signals.some(isCorrectionSignal) || edNotes.some(mentionsCorrection),
    notes: context.notes,
    raw: context.raw,
  };
}

/** `nprov:` qcodes are short agency codes (AFP, REUTERS); otherwise literal, name, qcode, host. */
function g2Provider(provider: XmlElement | undefined): string | undefined {
  if (!provider) return undefined;
  const qcode = attr(provider, 'qcode');
  if (qcode?.toLowerCase().startsWith('nprov:')) return qcodeLocal(qcode);
  return attr(provider, 'literal') ?? childText(provider, 'name') ?? qcodeLocal(qcode) ?? hostOf(attr(provider, 'uri'));
}

/** The main headline: not a sub-headline, lowest rank first. */
function g2Headline(contentMeta: XmlElement | undefined): string | undefined {
  const headlines = children(contentMeta, 'headline')
    .filter((h) => !/sub/i.test(attr(h, 'role') ?? ''))
    .map((h) => ({ text: deepText(h), rank: Number(attr(h, 'rank') ?? '1') || 1 }))
    .filter((h) => h.text !== '')
    .sort((a, b) => a.rank - b.rank);
  return headlines[0]?.text;
}

/** `Berlin, Germany`: the place's name plus its country when given. */
function g2Located(located: XmlElement | undefined): string | undefined {
  if (!located) return undefined;
  const name = childText(located, 'name') ?? attr(located, 'literal');
  if (!name) return undefined;
  const country = children(located, 'broader').find((b) => /country/i.test(attr(b, 'type') ?? ''));
  const countryName = childText(country, 'name');
  return countryName && countryName !== name ? `${name}, ${countryName}` : name;
}

function g2Subjects(contentMeta: XmlElement | undefined, language: string | undefined, asserted: Map<string, string>): WireSubject[] {
  const subjects: WireSubject[] = [];
  for (const subject of children(contentMeta, 'subject')) {
    const code = attr(subject, 'qcode') ?? attr(subject, 'literal') ?? attr(subject, 'uri');
    if (!code) continue;
    const name = preferredName(children(subject, 'name'), language) ?? asserted.get(code);
    subjects.push(name ? { code, name } : { code });
  }
  return subjects;
}

/** The name in the item's language, else a display/full name, else the first. */
export function preferredName(names: XmlElement[], language: string | undefined): string | undefined {
  const usable = names.filter((n) => deepText(n) !== '');
  const primary = language?.toLowerCase().split('-')[0];
  const inLanguage =
    usable.find((n) => attr(n, 'lang')?.toLowerCase() === language?.toLowerCase()) ??
    usable.find((n) => attr(n, 'lang')?.toLowerCase().split('-')[0] === primary);
  const display = usable.find((n) => /display|full/.test(attr(n, 'role') ?? '')) ?? usable.find((n) => !attr(n, 'role'));
  const chosen = inLanguage ?? display ?? usable[0];
  return chosen ? deepText(chosen) : undefined;
}

/** Names given by `<assert qcode="…"><name>…` blocks (AP and dpa put subject names there). */
function assertNames(item: XmlElement): Map<string, string> {
  const names = new Map<string, string>();
  for (const assertion of children(item, 'assert')) {
    const code = attr(assertion, 'qcode') ?? attr(assertion, 'literal');
    const name = childText(assertion, 'name');
    if (code && name) names.set(code, name);
  }
  return names;
}

/** Descriptions by role: the caption first, then any other. */
export function g2Caption(contentMeta: XmlElement | undefined): string | undefined {
  const descriptions = children(contentMeta, 'description').filter((d) => deepText(d) !== '');
  const caption = descriptions.find((d) => /caption/i.test(attr(d, 'role') ?? '') && !/extended/i.test(attr(d, 'role') ?? ''));
  const chosen = caption ?? descriptions.find((d) => !/alt/i.test(attr(d, 'role') ?? ''));
  return chosen ? deepText(chosen) : undefined;
}
