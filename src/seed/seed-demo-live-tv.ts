/**
 * The demo's live TV: every edition gets the same local test stream (a
 * 12-second test pattern with a tone, src/seed/demo-media/live/, served by
 * src/http/demo-live-stream-routes.ts) and a schedule for the seed day and the
 * two after it, in the edition's time zone. The stream is a VOD playlist: it
 * plays offline and ends after 12 seconds (a player may loop it); it stands
 * in for a real endless live encoder.
 */
import { systemActor } from '../domain/identity.js';
import { localDay, localDayOf } from '../domain/live-tv.js';
import type { OperationContext } from '../operations/context.js';
import { addBroadcastSlot, setLiveStream } from '../operations/live-tv.js';
import { demoLiveTvSchedule } from './demo-content/live-tv-schedule.js';

export const DEMO_LIVE_STREAM_PATH = '/live-demo/stream.m3u8';
const DAYS = 3;

export async function seedDemoLiveTv(ctx: OperationContext, editions: { code: string; timeZone: string }[]): Promise<void> {
  const actor = systemActor('seed');
  for (const edition of editions) {
    const demo = demoLiveTvSchedule[edition.code];
    if (!demo) continue;
    await setLiveStream(ctx, edition.code, { hlsUrl: DEMO_LIVE_STREAM_PATH, title: demo.streamTitle }, actor);
    let day = localDay(ctx.now(), edition.timeZone);
    for (let n = 0; n < DAYS; n++) {
      const midnight = Date.parse(day.startsAt);
      // Hours from local midnight, never past the day's end: on a DST day the evening shifts by an hour, the last slot
      // stretches or shrinks to midnight (and drops out if nothing is left of it).
      const end = Date.parse(day.endsAt);
      const at = (hour: number) => new Date(hour === 24 ? end : Math.min(end, midnight + hour * 3_600_000)).toISOString();
      for (const [from, to, title, description] of demo.day)
        if (at(from) < at(to)) await addBroadcastSlot(ctx, edition.code, { title, description, startsAt: at(from), endsAt: at(to) }, actor);
      day = localDayOf(new Date(Date.parse(day.endsAt) + 12 * 3_600_000).toISOString().slice(0, 10), edition.timeZone);
    }
  }
}
