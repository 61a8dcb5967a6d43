/**
 * The live-TV page: the edition's stream, what is on now and next, and the
 * programmes of the edition's current local day, with times in its time
 * zone, locale and digits. "Now" is the render time: the page is purged at
 * every programme start and end (src/site/live-tv-boundary-timer.ts), so a
 * cached copy never names a programme that has finished.
 */
import { boundedMemo, type BoundedMemo } from '../../cache/bounded-memo.js';
import type { Edition } from '../../domain/edition.js';
import { localDay, nowAndNext, slotsOnDay, type BroadcastSlot } from '../../domain/live-tv.js';
import type { ContentReader } from '../../operations/ports.js';
import { formatMessage } from '../i18n/messages.js';
import { liveTvPath } from '../media-nav-paths.js';
import { editionHomePath } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import { broadcastVideoNode } from '../structured-data/broadcast-node.js';
import { breadcrumbListNode } from '../structured-data/site-nodes.js';
import { jsonLdIds, ref } from '../structured-data/json-ld.js';
import type { PageChromeModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';

export interface BroadcastSlotModel {
  id: number;
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  /** "18:00", in the edition's time zone and digits. */
  startLabel: string;
  endLabel: string;
  onAir: boolean;
}

export interface LiveTvPageModel {
  chrome: PageChromeModel;
  heading: string;
  /** Absent when the edition has no stream set. */
  stream?: { src: string; title: string };
  onNow: BroadcastSlotModel | null;
  upNext: BroadcastSlotModel | null;
  schedule: BroadcastSlotModel[];
  /** "Monday, 30 November 2026 (CET)". */
  dayLabel: string;
  /** The player loader (plays HLS natively, else through hls.js) and hls.js itself; only with a stream. */
  playerScripts?: { playerHref: string; hlsHref: string };
}

type ClockEdition = Pick<Edition, 'locale' | 'timeZone' | 'numberingSystem'>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(edition: ClockEdition, kind: 'time' | 'day' | 'zone'): Intl.DateTimeFormat {
  const key = `${kind}|${edition.locale}|${edition.timeZone}|${edition.numberingSystem}`;
  let found = formatters.get(key);
  if (!found) {
    const base = { timeZone: edition.timeZone, numberingSystem: edition.numberingSystem };
    const options: Intl.DateTimeFormatOptions =
      kind === 'time' ? { ...base, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : kind === 'day' ? { ...base, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
          : { ...base, hour: 'numeric', timeZoneName: 'short' };
    found = new Intl.DateTimeFormat(edition.locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** Slot times already made, per time formatter: a schedule's sixty or so labels cost a tenth of the page through Intl each time. */
const slotTimes = new WeakMap<Intl.DateTimeFormat, BoundedMemo<string>>();

/** "18:00" (Arabic-Indic digits in an `arab` edition). */
export function formatSlotTime(edition: ClockEdition, iso: string): string {
  const intl = formatter(edition, 'time');
  let labels = slotTimes.get(intl);
  if (!labels) slotTimes.set(intl, (labels = boundedMemo(5_000)));
  return labels.get(iso, () => intl.format(new Date(iso)));
}

function dayLabel(edition: ClockEdition, at: Date): string {
  const zone = formatter(edition, 'zone').formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const day = formatter(edition, 'day').format(at);
  return zone ? `${day} (${zone})` : day;
}

export async function buildLiveTvPageModel(
  ctx: PageContext & { reader: ContentReader; playerScripts?: { playerHref: string; hlsHref: string } },
  dir: EditionDirectory,
): Promise<LiveTvPageModel> {
  const { edition } = dir;
  const day = localDay(ctx.now, edition.timeZone);
  // Tomorrow's first programme can be "up next" late in the evening.
  const lookahead = new Date(Date.parse(day.endsAt) + 24 * 3_600_000).toISOString();
  const [stream, slots] = await Promise.all([
    ctx.reader.liveTv.getLiveStream(edition.code),
    ctx.reader.liveTv.listBroadcastSlots(edition.code, day.startsAt, lookahead),
  ]);
  const { current, next } = nowAndNext(slots, ctx.now);
  const toModel = (slot: BroadcastSlot): BroadcastSlotModel => ({
    id: slot.id, title: slot.title, description: slot.description, startsAt: slot.startsAt, endsAt: slot.endsAt,
    startLabel: formatSlotTime(edition, slot.startsAt), endLabel: formatSlotTime(edition, slot.endsAt), onAir: slot.id === current?.id,
  });
  const today = slotsOnDay(slots, day);
  const path = liveTvPath(edition.code);
  const pageUrl = ctx.publicUrl + path;
  const heading = ctx.messages.headerLiveTv;
  const description = formatMessage(ctx.messages.liveTvDescription, { siteTitle: edition.siteTitle });
  const breadcrumb = [{ label: ctx.messages.home, href: editionHomePath(edition.code) }, { label: heading, href: path }];
  const structuredData = stream
    ? [
        {
          '@type': 'WebPage', '@id': jsonLdIds.webPage(pageUrl), url: pageUrl, name: heading, description, inLanguage: edition.lang,
          isPartOf: ref(jsonLdIds.website(ctx.publicUrl, edition.code)), breadcrumb: ref(jsonLdIds.breadcrumb(pageUrl)),
          mainEntity: ref(`${pageUrl}#live`),
        },
        breadcrumbListNode(pageUrl, breadcrumb, ctx.publicUrl),
        broadcastVideoNode({
          edition, publicUrl: ctx.publicUrl, pageUrl, name: stream.title || `${edition.siteTitle} – ${heading}`, description,
          contentUrl: stream.hlsUrl.startsWith('/') ? ctx.publicUrl + stream.hlsUrl : stream.hlsUrl, uploadDate: stream.updatedAt,
          broadcasts: today.map((s) => ({ name: s.title, description: s.description, startsAt: s.startsAt, endsAt: s.endsAt })),
        }),
      ]
    : [breadcrumbListNode(pageUrl, breadcrumb, ctx.publicUrl)];
  return {
    chrome: buildChrome(ctx, dir, { title: heading, description, canonicalPath: path, currentMedia: 'live-tv', structuredData, stylesheets: ['media'] }),
    heading,
    ...(stream ? { stream: { src: stream.hlsUrl, title: stream.title || `${edition.siteTitle} – ${heading}` } } : {}),
    onNow: current ? toModel(current) : null,
    upNext: next ? toModel(next) : null,
    schedule: today.map(toModel),
    dayLabel: dayLabel(edition, ctx.now),
    ...(stream && ctx.playerScripts ? { playerScripts: ctx.playerScripts } : {}),
  };
}
