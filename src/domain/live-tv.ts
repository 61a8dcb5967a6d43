/**
 * Live TV (issue 10): an edition's live stream and its programme schedule.
 * Pure rules only: what a valid slot is, when two slots clash, what is on now
 * and next at a given instant, and which instants make up "today" in the
 * edition's time zone (a local day is 23, 24 or 25 hours long around DST).
 * Instants are UTC ISO strings (`…Z`), so comparing them as text is comparing
 * them in time.
 */
import { HeraldError } from './errors.js';
import { isSafeUrl } from './safe-url.js';

export interface LiveStream {
  editionCode: string;
  /** The HLS playlist: an http(s) URL or a path on this site (the demo's local stream). */
  hlsUrl: string;
  title: string;
  updatedAt: string;
}

export interface BroadcastSlotInput {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
}

export interface BroadcastSlot extends BroadcastSlotInput {
  id: number;
  editionCode: string;
}

export const MAX_SLOT_TITLE = 200;
export const MAX_SLOT_DESCRIPTION = 2000;
/** A programme longer than a day is a mistake in the form, not a schedule. */
export const MAX_SLOT_MS = 24 * 3_600_000;

const invalid = (message: string) => new HeraldError('HERALD_VALIDATION', message);

/** `2026-11-30T18:00:00.000Z` from any ISO date-time with an offset; refuses local times without one. */
export function toUtcInstant(value: string, field: string): string {
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(value) || Number.isNaN(Date.parse(value)))
    throw invalid(`${field}: give a date and time with a time zone offset, e.g. 2026-11-30T18:00:00Z.`);
  return new Date(value).toISOString();
}

export function validateHlsUrl(value: string): string {
  const url = value.trim();
  if (!isSafeUrl(url, 'link') || /^mailto:/i.test(url) || !/\.m3u8(\?|$)/i.test(url))
    throw invalid('hlsUrl: give the address of an HLS playlist ending in .m3u8 (https://… or a path on this site).');
  return url;
}

export function validateSlot(input: BroadcastSlotInput): BroadcastSlotInput {
  const title = input.title.trim();
  if (title === '') throw invalid('title: a programme needs a title.');
  if (title.length > MAX_SLOT_TITLE) throw invalid(`title: at most ${MAX_SLOT_TITLE} characters.`);
  const description = input.description.trim();
  if (description.length > MAX_SLOT_DESCRIPTION) throw invalid(`description: at most ${MAX_SLOT_DESCRIPTION} characters.`);
  const startsAt = toUtcInstant(input.startsAt, 'startsAt');
  const endsAt = toUtcInstant(input.endsAt, 'endsAt');
  if (endsAt <= startsAt) throw invalid('endsAt: a programme must end after it starts.');
  if (Date.parse(endsAt) - Date.parse(startsAt) > MAX_SLOT_MS) throw invalid('endsAt: a programme can last at most 24 hours.');
  return { title, description, startsAt, endsAt };
}

/** Slots that share any instant clash; one ending exactly when the next starts does not. */
export function slotsOverlap(a: Pick<BroadcastSlotInput, 'startsAt' | 'endsAt'>, b: Pick<BroadcastSlotInput, 'startsAt' | 'endsAt'>): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/** The first existing slot (by start) the candidate clashes with, ignoring the slot being edited. */
export function findClash<T extends BroadcastSlot>(existing: readonly T[], candidate: BroadcastSlotInput, ignoreId?: number): T | undefined {
  return [...existing].sort(byStart).find((slot) => slot.id !== ignoreId && slotsOverlap(slot, candidate));
}

export const byStart = (a: Pick<BroadcastSlotInput, 'startsAt'>, b: Pick<BroadcastSlotInput, 'startsAt'>) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0;

/** What is on at `now` (start inclusive, end exclusive) and the first programme starting after it. */
export function nowAndNext<T extends BroadcastSlotInput>(slots: readonly T[], now: Date): { current: T | null; next: T | null } {
  const at = now.toISOString();
  const sorted = [...slots].sort(byStart);
  const current = sorted.find((s) => s.startsAt <= at && at < s.endsAt) ?? null;
  const next = sorted.find((s) => s.startsAt > at) ?? null;
  return { current, next };
}

/**
 * The next instant after `now` at which "now" or "next" changes (a start or
 * an end), or null when nothing is scheduled after it: the page cache purges
 * the live-TV page then, so a cached page never shows a finished programme.
 */
export function nextBoundary(slots: readonly BroadcastSlotInput[], now: Date): Date | null {
  const at = now.toISOString();
  let best: string | null = null;
  for (const slot of slots)
    for (const instant of [slot.startsAt, slot.endsAt]) if (instant > at && (best === null || instant < best)) best = instant;
  return best === null ? null : new Date(best);
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of `instant` in `timeZone`. */
function zonedParts(instant: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
}

/** How far `timeZone` is ahead of UTC at `instant`, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - (instant - (instant % 1000));
}

/** The instant local midnight starts the given calendar day in `timeZone`. */
function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day);
  // Twice: the offset at the guess may differ from the one at the answer when DST changes that day.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

export interface LocalDay {
  /** `YYYY-MM-DD` in the edition's time zone. */
  date: string;
  /** First instant of the day (inclusive) and of the next day (exclusive), UTC ISO. */
  startsAt: string;
  endsAt: string;
}

/** The calendar day `now` falls on in `timeZone`, as a UTC range. */
export function localDay(now: Date, timeZone: string): LocalDay {
  const p = zonedParts(now.getTime(), timeZone);
  const start = localMidnight(p.year, p.month, p.day, timeZone);
  const following = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  const end = localMidnight(following.getUTCFullYear(), following.getUTCMonth() + 1, following.getUTCDate(), timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return { date, startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}

/** The local day for a `YYYY-MM-DD` date (the admin's day picker). */
export function localDayOf(date: string, timeZone: string): LocalDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw invalid('date: give a day as YYYY-MM-DD.');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = localMidnight(year, month, day, timeZone) + 12 * 3_600_000;
  return localDay(new Date(noon), timeZone);
}

/** Slots that show on a day: any that overlap it (a late show running past midnight shows on both days). */
export function slotsOnDay<T extends BroadcastSlotInput>(slots: readonly T[], day: LocalDay): T[] {
  return slots.filter((s) => slotsOverlap(s, day)).sort(byStart);
}

/**
 * The instant a wall-clock time (`HH:MM`) on a local day (`YYYY-MM-DD`) has in
 * `timeZone` — how the admin's schedule form, which speaks the edition's
 * time, turns its fields into instants. A time skipped by DST moves forward.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t || Number(t[1]) > 23 || Number(t[2]) > 59) throw invalid('time: give a day as YYYY-MM-DD and a time as HH:MM.');
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** `HH:MM` of an instant in `timeZone` (Latin digits: form fields, not reader-facing text). */
export function zonedClock(iso: string, timeZone: string): string {
  const p = zonedParts(Date.parse(iso), timeZone);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
