/**
 * The live-TV rules: clashes (touching slots do not clash), what is on now
 * and next, the next boundary, and "today" in an edition's time zone — the
 * local day is 23 or 25 hours long around Europe/Berlin's DST changes, and
 * starts the previous UTC evening in Asia/Tokyo.
 */
import { describe, expect, it } from 'vitest';
import {
  findClash, localDay, localDayOf, nextBoundary, nowAndNext, slotsOnDay, slotsOverlap, validateHlsUrl, validateSlot, zonedClock, zonedInstant,
  type BroadcastSlot,
} from '../../src/domain/live-tv.js';

const slot = (id: number, startsAt: string, endsAt: string, title = `Slot ${id}`): BroadcastSlot => ({
  id, editionCode: 'en', title, description: '', startsAt, endsAt,
});
const news = slot(1, '2026-11-30T18:00:00.000Z', '2026-11-30T18:30:00.000Z', 'Evening News');
const debate = slot(2, '2026-11-30T18:30:00.000Z', '2026-11-30T19:30:00.000Z', 'The Debate');
const late = slot(3, '2026-11-30T22:00:00.000Z', '2026-11-30T23:00:00.000Z', 'Late Edition');

describe('live TV slots', () => {
  it('clash when they share an instant, not when one ends as the next starts', () => {
    expect(slotsOverlap(news, debate)).toBe(false);
    expect(slotsOverlap(news, { startsAt: '2026-11-30T18:29:00.000Z', endsAt: '2026-11-30T19:00:00.000Z' })).toBe(true);
    expect(slotsOverlap(debate, { startsAt: '2026-11-30T18:45:00.000Z', endsAt: '2026-11-30T19:00:00.000Z' })).toBe(true);
    expect(slotsOverlap(news, { startsAt: '2026-11-30T17:00:00.000Z', endsAt: '2026-11-30T20:00:00.000Z' })).toBe(true);
  });

  it('name the first clashing programme, ignoring the slot being edited', () => {
    const wide = { title: 'x', description: '', startsAt: '2026-11-30T18:15:00.000Z', endsAt: '2026-11-30T19:00:00.000Z' };
    expect(findClash([debate, news], wide)?.title).toBe('Evening News');
    expect(findClash([news], { ...wide, startsAt: '2026-11-30T18:00:00.000Z', endsAt: '2026-11-30T18:20:00.000Z' }, news.id)).toBeUndefined();
    expect(findClash([news, debate, late], { ...wide, startsAt: '2026-11-30T19:30:00.000Z', endsAt: '2026-11-30T22:00:00.000Z' })).toBeUndefined();
  });

  it('validate titles, order, length and offsets, normalising to UTC', () => {
    expect(validateSlot({ title: ' News ', description: '', startsAt: '2026-11-30T19:00:00+01:00', endsAt: '2026-11-30T18:30:00Z' })).toEqual({
      title: 'News', description: '', startsAt: '2026-11-30T18:00:00.000Z', endsAt: '2026-11-30T18:30:00.000Z',
    });
    const base = { title: 'News', description: '', startsAt: '2026-11-30T18:00:00Z', endsAt: '2026-11-30T18:30:00Z' };
    expect(() => validateSlot({ ...base, title: '  ' })).toThrow(/needs a title/);
    expect(() => validateSlot({ ...base, endsAt: base.startsAt })).toThrow(/end after it starts/);
    expect(() => validateSlot({ ...base, endsAt: '2026-12-01T18:00:01Z' })).toThrow(/at most 24 hours/);
    expect(() => validateSlot({ ...base, startsAt: '2026-11-30T18:00' })).toThrow(/time zone offset/);
    expect(() => validateSlot({ ...base, startsAt: 'tomorrow Z' })).toThrow(/time zone offset/);
  });

  it('accept HLS playlists over http(s) or on this site only', () => {
    expect(validateHlsUrl(' https://cdn.example/live/index.m3u8 ')).toBe('https://cdn.example/live/index.m3u8');
    expect(validateHlsUrl('/live-demo/stream.m3u8')).toBe('/live-demo/stream.m3u8');
    for (const bad of ['javascript:alert(1)//.m3u8', '//evil.example/x.m3u8', 'https://cdn.example/video.mp4', 'mailto:a@b.m3u8', ''])
      expect(() => validateHlsUrl(bad), bad).toThrow(/HLS playlist/);
  });
});

describe('now and next', () => {
  const slots = [late, debate, news];
  it('finds the programme on air (start inclusive, end exclusive) and the next to start', () => {
    expect(nowAndNext(slots, new Date('2026-11-30T18:00:00.000Z'))).toEqual({ current: news, next: debate });
    expect(nowAndNext(slots, new Date('2026-11-30T18:30:00.000Z'))).toEqual({ current: debate, next: late });
    expect(nowAndNext(slots, new Date('2026-11-30T20:00:00.000Z'))).toEqual({ current: null, next: late });
    expect(nowAndNext(slots, new Date('2026-11-30T23:00:00.000Z'))).toEqual({ current: null, next: null });
  });

  it('knows when "now" or "next" changes next', () => {
    expect(nextBoundary(slots, new Date('2026-11-30T17:00:00.000Z'))?.toISOString()).toBe(news.startsAt);
    expect(nextBoundary(slots, new Date('2026-11-30T18:00:00.000Z'))?.toISOString()).toBe(news.endsAt);
    expect(nextBoundary(slots, new Date('2026-11-30T19:45:00.000Z'))?.toISOString()).toBe(late.startsAt);
    expect(nextBoundary(slots, new Date('2026-11-30T23:00:00.000Z'))).toBeNull();
  });
});

describe('the local day', () => {
  it('is the edition\u2019s calendar day, whatever the UTC date', () => {
    // 23:30 UTC on the 30th is already 1 December in Berlin (UTC+1) and in Tokyo (UTC+9).
    const at = new Date('2026-11-30T23:30:00.000Z');
    expect(localDay(at, 'Europe/Berlin')).toEqual({ date: '2026-12-01', startsAt: '2026-11-30T23:00:00.000Z', endsAt: '2026-12-01T23:00:00.000Z' });
    expect(localDay(at, 'Asia/Tokyo')).toEqual({ date: '2026-12-01', startsAt: '2026-11-30T15:00:00.000Z', endsAt: '2026-12-01T15:00:00.000Z' });
    expect(localDay(at, 'America/New_York').date).toBe('2026-11-30');
    expect(localDay(new Date('2026-11-30T22:59:59.999Z'), 'Europe/Berlin').date).toBe('2026-11-30');
  });

  it('lasts 23 and 25 hours on the Berlin DST days', () => {
    const spring = localDayOf('2026-03-29', 'Europe/Berlin');
    expect(spring).toEqual({ date: '2026-03-29', startsAt: '2026-03-28T23:00:00.000Z', endsAt: '2026-03-29T22:00:00.000Z' });
    const autumn = localDayOf('2026-10-25', 'Europe/Berlin');
    expect(autumn).toEqual({ date: '2026-10-25', startsAt: '2026-10-24T22:00:00.000Z', endsAt: '2026-10-25T23:00:00.000Z' });
    expect((Date.parse(autumn.endsAt) - Date.parse(autumn.startsAt)) / 3_600_000).toBe(25);
  });

  it('turns edition wall-clock times into instants and back, across DST', () => {
    expect(zonedInstant('2026-03-29', '01:30', 'Europe/Berlin')).toBe('2026-03-29T00:30:00.000Z');
    expect(zonedInstant('2026-03-29', '03:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-07-01', '20:15', 'Europe/Berlin')).toBe('2026-07-01T18:15:00.000Z');
    expect(zonedInstant('2026-12-01', '09:00', 'Asia/Kolkata')).toBe('2026-12-01T03:30:00.000Z');
    expect(zonedClock('2026-07-01T18:15:00.000Z', 'Europe/Berlin')).toBe('20:15');
    expect(() => zonedInstant('2026-12-01', '24:00', 'Europe/Berlin')).toThrow(/HH:MM/);
  });

  it('lists the slots that touch the day, a show running past midnight on both', () => {
    const day = localDayOf('2026-11-30', 'Europe/Berlin');
    const overnight = slot(9, '2026-11-30T22:30:00.000Z', '2026-12-01T00:30:00.000Z');
    const tomorrow = slot(10, '2026-12-01T08:00:00.000Z', '2026-12-01T09:00:00.000Z');
    expect(slotsOnDay([tomorrow, overnight, news], day).map((s) => s.id)).toEqual([1, 9]);
    expect(slotsOnDay([tomorrow, overnight, news], localDayOf('2026-12-01', 'Europe/Berlin')).map((s) => s.id)).toEqual([9, 10]);
  });
});
