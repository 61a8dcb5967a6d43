/**
 * The live-TV page's purge timer, stepped through a schedule with an injected
 * clock and timer: it fires exactly at each programme start and end, purges
 * only the editions whose boundary it is, re-reads on reschedule (a changed
 * schedule) and stops for good.
 */
import { describe, expect, it } from 'vitest';
import type { BroadcastSlot } from '../../src/domain/live-tv.js';
import { createLiveTvBoundaryTimer } from '../../src/site/live-tv-boundary-timer.js';

const slot = (id: number, editionCode: string, startsAt: string, endsAt: string): BroadcastSlot => ({
  id, editionCode, title: `P${id}`, description: '', startsAt, endsAt,
});

function harness(slots: BroadcastSlot[]) {
  let clock = Date.parse('2026-11-30T17:00:00.000Z');
  const purged: string[] = [];
  let pending: { at: number; fire: () => void } | null = null;
  const timer = createLiveTvBoundaryTimer({
    reader: {
      liveTv: {
        getLiveStream: async () => null,
        getBroadcastSlot: async () => null,
        listBroadcastSlots: async (code, from, to) => slots.filter((s) => s.editionCode === code && s.endsAt > from && s.startsAt < to),
      },
    },
    editionCodes: () => ['en', 'de'],
    now: () => new Date(clock),
    purge: (code) => void purged.push(`${new Date(clock).toISOString().slice(11, 16)} ${code}`),
    onError: (error) => {
      throw error;
    },
    schedule: (ms, fire) => {
      const entry = { at: clock + ms, fire };
      pending = entry;
      return () => {
        if (pending === entry) pending = null;
      };
    },
  });
  /** Moves the clock to the pending timer and fires it; resolves once it has set the next one. */
  async function fireNext(): Promise<string> {
    const entry = pending as { at: number; fire: () => void } | null;
    if (!entry) throw new Error('no timer set');
    clock = entry.at;
    pending = null;
    entry.fire();
    for (let i = 0; i < 20 && !pending; i++) await new Promise((resolve) => setImmediate(resolve));
    return new Date(entry.at).toISOString();
  }
  const setClock = (iso: string) => void (clock = Date.parse(iso));
  return { timer, purged, fireNext, setClock, pendingAt: () => (pending ? new Date((pending as { at: number }).at).toISOString() : null) };
}

describe('live TV boundary timer', () => {
  it('purges each edition exactly at its programme starts and ends', async () => {
    const h = harness([
      slot(1, 'en', '2026-11-30T18:00:00.000Z', '2026-11-30T18:30:00.000Z'),
      slot(2, 'en', '2026-11-30T18:30:00.000Z', '2026-11-30T19:00:00.000Z'),
      slot(3, 'de', '2026-11-30T18:15:00.000Z', '2026-11-30T18:30:00.000Z'),
    ]);
    await h.timer.reschedule();
    // At 17:00 the first start is an hour away: it wakes after at most 15 minutes to read again.
    expect(h.timer.nextFireAt()?.toISOString()).toBe('2026-11-30T17:15:00.000Z');
    const fired = [];
    while (h.pendingAt()! <= '2026-11-30T19:00:00.000Z') fired.push((await h.fireNext()).slice(11, 16));
    expect(fired).toEqual(['17:15', '17:30', '17:45', '18:00', '18:15', '18:30', '18:45', '19:00']);
    expect(h.purged).toEqual(['18:00 en', '18:15 de', '18:30 en', '18:30 de', '19:00 en']);
    // Nothing left: it still wakes within 15 minutes to look again, purging nothing.
    expect(h.pendingAt()).toBe('2026-11-30T19:15:00.000Z');
    await h.fireNext();
    expect(h.purged).toHaveLength(5);
  });

  it('follows a changed schedule on reschedule, and stops for good', async () => {
    const slots = [slot(1, 'en', '2026-11-30T18:00:00.000Z', '2026-11-30T18:30:00.000Z')];
    const h = harness(slots);
    await h.timer.reschedule();
    expect(h.pendingAt()).toBe('2026-11-30T17:15:00.000Z');
    slots.push(slot(2, 'en', '2026-11-30T17:05:00.000Z', '2026-11-30T17:10:00.000Z'));
    await h.timer.reschedule();
    expect(h.pendingAt()).toBe('2026-11-30T17:05:00.000Z');
    await h.fireNext();
    expect(h.purged).toEqual(['17:05 en']);
    h.timer.stop();
    expect(h.pendingAt()).toBeNull();
    await h.timer.reschedule();
    expect(h.pendingAt()).toBeNull();
  });

  it('purges a boundary that passed while a reschedule read the schedules, instead of waiting for the next', async () => {
    const h = harness([
      slot(1, 'en', '2026-11-30T16:30:00.000Z', '2026-11-30T17:10:00.000Z'),
      slot(2, 'en', '2026-11-30T17:10:00.000Z', '2026-11-30T18:00:00.000Z'),
    ]);
    await h.timer.reschedule();
    expect(h.pendingAt()).toBe('2026-11-30T17:10:00.000Z');
    // A schedule change is saved; by the time its reschedule has read the schedules the 17:10 boundary has passed.
    h.setClock('2026-11-30T17:10:00.500Z');
    await h.timer.reschedule();
    expect(h.purged).toEqual(['17:10 en']);
    expect(h.pendingAt()).toBe('2026-11-30T17:25:00.500Z');
  });
});

describe('live TV boundary timer after a failed read', () => {
  it('reports the error and tries again a minute later, then carries on', async () => {
    let clock = Date.parse('2026-11-30T17:59:00.000Z');
    let failing = false;
    const errors: unknown[] = [];
    const purged: string[] = [];
    let pending: { at: number; fire: () => void } | null = null;
    const slots = [slot(1, 'en', '2026-11-30T18:00:00.000Z', '2026-11-30T18:30:00.000Z')];
    const timer = createLiveTvBoundaryTimer({
      reader: {
        liveTv: {
          getLiveStream: async () => null,
          getBroadcastSlot: async () => null,
          listBroadcastSlots: async (_code, from) => {
            if (failing) throw new Error('database away');
            return slots.filter((s) => s.endsAt > from);
          },
        },
      },
      editionCodes: () => ['en'],
      now: () => new Date(clock),
      purge: (code) => void purged.push(code),
      onError: (error) => void errors.push(error),
      schedule: (ms, fire) => {
        const entry = { at: clock + ms, fire };
        pending = entry;
        return () => {
          if (pending === entry) pending = null;
        };
      },
    });
    const fireNext = async () => {
      const entry = pending!;
      clock = entry.at;
      pending = null;
      entry.fire();
      for (let i = 0; i < 20 && !pending; i++) await new Promise((resolve) => setImmediate(resolve));
      return pending ? new Date((pending as { at: number }).at).toISOString() : null;
    };
    await timer.reschedule();
    failing = true;
    // The 18:00 purge happens; reading the next boundary fails: a retry at 18:01.
    expect(await fireNext()).toBe('2026-11-30T18:01:00.000Z');
    expect(purged).toEqual(['en']);
    expect(errors).toHaveLength(1);
    failing = false;
    expect(await fireNext()).toBe('2026-11-30T18:16:00.000Z');
    expect(purged).toEqual(['en']);
    timer.stop();
  });
});
