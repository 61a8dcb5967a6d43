/** Small wire files for the wire desk tests: a NewsML-G2 newsItem, a newsMessage envelope, a ninjs item. */
import { fileURLToPath } from 'node:url';

export interface StorySpec {
  guid: string;
  version?: number;
  provider?: string;
  pubStatus?: 'usable' | 'withheld' | 'canceled';
  headline?: string;
  slugline?: string;
  dateline?: string;
  paragraphs?: string[];
  /** Raw body markup instead of escaped paragraphs (to give the sanitiser work). */
  bodyHtml?: string;
  urgency?: number;
  language?: string;
  subjects?: string[];
  correction?: boolean;
  embargoUntil?: string;
  versionCreated?: string;
  pictures?: { href: string; caption?: string; credit?: string }[];
  /** The agency reporter's byline (ninjs `byline`). */
  byline?: string;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export { THIRD_PARTY_DIR, thirdPartySamplesPresent } from '../helpers/shared-fixtures.js';
export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));

function g2Item(s: StorySpec, asRoot: boolean): string {
  const paragraphs = s.bodyHtml ?? (s.paragraphs ?? ['The council met on Tuesday.']).map((p) => `<p>${esc(p)}</p>`).join('');
  const pictures = (s.pictures ?? [])
    .map((p) => `<link rel="irel:seeAlso" href="${esc(p.href)}" contenttype="image/png"><title>${esc(p.caption ?? '')}</title></link>`)
    .join('');
  return `<newsItem ${asRoot ? 'xmlns="http://iptc.org/std/nar/2006-10-01/" ' : ''}guid="${esc(s.guid)}" version="${s.version ?? 1}" standard="NewsML-G2" standardversion="2.33" xml:lang="${s.language ?? 'en'}">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal="${esc(s.provider ?? 'AFP')}"/>
    <versionCreated>${s.versionCreated ?? '2026-06-01T14:02:00Z'}</versionCreated>
    <firstCreated>2026-06-01T12:00:00Z</firstCreated>
    <pubStatus qcode="stat:${s.pubStatus ?? 'usable'}"/>
    ${s.embargoUntil ? `<embargoed>${s.embargoUntil}</embargoed>` : ''}
    ${s.correction ? '<signal qcode="sig:correction"/>' : ''}
    ${pictures}
  </itemMeta>
  <contentMeta>
    ${s.urgency ? `<urgency>${s.urgency}</urgency>` : ''}
    <language tag="${s.language ?? 'en'}"/>
    ${(s.subjects ?? []).map((code) => `<subject qcode="${esc(code)}"/>`).join('')}
    ${s.slugline ? `<slugline>${esc(s.slugline)}</slugline>` : ''}
    <headline>${esc(s.headline ?? `Story ${s.guid}`)}</headline>
    ${s.dateline ? `<dateline>${esc(s.dateline)}</dateline>` : ''}
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs}</body></html></inlineXML>
  </contentSet>
</newsItem>`;
}

export function g2File(spec: StorySpec): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${g2Item(spec, true)}\n`);
}

/** A newsMessage envelope holding several items (raw XML fragments allowed, to plant a broken one). */
export function g2Envelope(items: (StorySpec | string)[]): Uint8Array<ArrayBuffer> {
  const inner = items.map((i) => (typeof i === 'string' ? i : g2Item(i, false))).join('\n');
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/">
  <header><sent>2026-06-01T14:02:00Z</sent><sender>afp.com</sender></header>
  <itemSet>${inner}</itemSet>
</newsMessage>
`);
}

export function ninjsFile(s: StorySpec): Uint8Array<ArrayBuffer> {
  const item: Record<string, unknown> = {
    uri: s.guid,
    type: 'text',
    version: String(s.version ?? 1),
    versioncreated: s.versionCreated ?? '2026-06-01T14:02:00Z',
    pubstatus: s.pubStatus ?? 'usable',
    provider: s.provider ?? 'dpa',
    language: s.language ?? 'de',
    headlines: [{ role: 'main', value: s.headline ?? `Story ${s.guid}` }],
    bodies: [{ role: 'main', contenttype: 'text/html', value: s.bodyHtml ?? (s.paragraphs ?? ['Der Rat tagte am Dienstag.']).map((p) => `<p>${esc(p)}</p>`).join('') }],
  };
  if (s.urgency) item.urgency = s.urgency;
  if (s.slugline) item.slugline = s.slugline;
  if (s.dateline) item.dateline = s.dateline;
  if (s.byline) item.byline = s.byline;
  if (s.embargoUntil) item.embargoed = s.embargoUntil;
  if (s.correction) item.signals = ['sig:correction'];
  if (s.subjects) item.subjects = s.subjects.map((code) => ({ uri: code, name: code }));
  if (s.pictures?.length)
    item.associations = s.pictures.map((p, i) => ({
      name: `picture${i}`, type: 'picture', uri: p.href, ...(p.credit ? { by: p.credit } : {}),
      ...(p.caption ? { descriptions: [{ role: 'caption', value: p.caption }] } : {}),
      renditions: [{ name: 'original', href: p.href, contenttype: 'image/png', width: 8, height: 8 }],
    }));
  return new TextEncoder().encode(JSON.stringify(item));
}

/** A 2×2 PNG (sharp can decode it), for adopted pictures. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);
