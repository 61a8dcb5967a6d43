/**
 * Keeps cached live-TV pages from showing a finished programme as "On now":
 * one timer per process (each has its own page cache) fires at the earliest
 * coming programme start or end of any edition and purges the live-TV pages
 * of the editions whose boundary it is, then sets itself for the next one.
 * A schedule change reschedules it (src/app.ts, on `live_tv.changed`). The
 * clock and the timer are injected so tests can step through a day.
 */
import { nextBoundary } from '../domain/live-tv.js';
import type { ContentReader } from '../operations/ports.js';

/** Never sleep longer than this: a slot added on another node without an event reaching us is still picked up. */
const MAX_WAIT_MS = 15 * 60_000;
/** The schedule read ahead of now for the next boundary (slots last at most a day). */
const LOOKAHEAD_MS = 36 * 3_600_000;
const RETRY_MS = 60_000;

export interface BoundaryTimerDeps {
  reader: Pick<ContentReader, 'liveTv'>;
  editionCodes: () => string[];
  now: () => Date;
  purge: (editionCode: string) => void;
  onError: (error: unknown) => void;
  /** Defaults to setTimeout; returns a cancel function. */
  schedule?: (ms: number, fire: () => void) => () => void;
}

export interface BoundaryTimer {
  /** Reads the schedules and sets the timer for the next boundary; resolves when set. */
  reschedule(): Promise<void>;
  /** When the timer is set to fire (null: stopped or nothing read yet). */
  nextFireAt(): Date | null;
  stop(): void;
}

const defaultSchedule = (ms: number, fire: () => void) => {
  const handle = setTimeout(fire, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

export function createLiveTvBoundaryTimer(deps: BoundaryTimerDeps): BoundaryTimer {
  const schedule = deps.schedule ?? defaultSchedule;
  let cancel: (() => void) | null = null;
  let fireAt: Date | null = null;
  /** Each edition's boundary the timer was last set from: the editions to purge when it fires. */
  let due = new Map<string, number>();
  let stopped = false;
  let generation = 0;

  async function boundaries(): Promise<Map<string, number>> {
    const now = deps.now();
    const to = new Date(now.getTime() + LOOKAHEAD_MS).toISOString();
    const found = new Map<string, number>();
    await Promise.all(
      deps.editionCodes().map(async (code) => {
        const slots = await deps.reader.liveTv.listBroadcastSlots(code, now.toISOString(), to);
        const next = nextBoundary(slots, now);
        if (next) found.set(code, next.getTime());
      }),
    );
    return found;
  }

  function fire() {
    const now = deps.now().getTime();
    for (const [code, at] of due) if (at <= now) deps.purge(code);
    due = new Map();
    retryingReschedule();
  }

  /** A failed read (the database away) must not end the timer: it tries again a minute later. */
  function retryingReschedule() {
    timer.reschedule().catch((error: unknown) => {
      deps.onError(error);
      if (stopped) return;
      cancel?.();
      cancel = schedule(RETRY_MS, retryingReschedule);
    });
  }

  const timer: BoundaryTimer = {
    async reschedule() {
      if (stopped) return;
      const mine = ++generation;
      const found = await boundaries();
      // A later call (another change) has already set the timer from fresher reads.
      if (stopped || mine !== generation) return;
      cancel?.();
      const now = deps.now().getTime();
      // A boundary the replaced timer was waiting for may have passed while the schedules were read (a change
      // saved just as a programme ended): its pages would otherwise keep the old "On now" until the next one.
      for (const [code, at] of due) if (at <= now) deps.purge(code);
      due = found;
      const earliest = Math.min(...found.values(), now + MAX_WAIT_MS);
      fireAt = new Date(earliest);
      cancel = schedule(Math.max(0, earliest - now), fire);
    },
    nextFireAt: () => fireAt,
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
      fireAt = null;
    },
  };
  return timer;
}
