/**
 * Resident memory of a process over time, from /proc/<pid>/status (VmRSS),
 * and the least-squares slope of it after a warm-up: "flat" memory is a slope
 * under a stated threshold in MB per minute. The warm-up is counted in work
 * as well as time, because caches fill per request served, not per second.
 */
import fs from 'node:fs';

export interface RssSample {
  /** Seconds since the run started. */
  t: number;
  mb: number;
}

export function readRssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null; // no /proc (not Linux) or the process has gone
  }
}

/** Slope of the samples taken at or after `fromSecond`, in MB per minute (null with fewer than 3 samples). */
export function rssSlopeMbPerMinute(samples: RssSample[], fromSecond: number): number | null {
  const used = samples.filter((s) => s.t >= fromSecond);
  if (used.length < 3) return null;
  const meanT = used.reduce((sum, s) => sum + s.t, 0) / used.length;
  const meanMb = used.reduce((sum, s) => sum + s.mb, 0) / used.length;
  let num = 0;
  let den = 0;
  for (const s of used) {
    num += (s.t - meanT) * (s.mb - meanMb);
    den += (s.t - meanT) ** 2;
  }
  return den === 0 ? 0 : (num / den) * 60;
}

/** How many requests had been answered at a moment of the run. */
export interface ServedSample {
  /** Seconds since the run started. */
  t: number;
  served: number;
}

/**
 * When the warm-up ends: at `minSeconds`, or later if by then fewer than
 * `minRequests` had been served (at the first sample that reaches it), but no
 * later than `maxSeconds`, so that a run too slow to serve that many still
 * leaves a stretch to fit; `warmed` says whether the request count was reached.
 */
export function warmupEnd(served: ServedSample[], minSeconds: number, minRequests: number, maxSeconds: number): { second: number; warmed: boolean } {
  const latest = Math.max(minSeconds, maxSeconds);
  const byRequests = minRequests <= 0 ? 0 : served.find((s) => s.served >= minRequests)?.t;
  if (byRequests === undefined || byRequests > latest) return { second: latest, warmed: false };
  return { second: Math.max(minSeconds, byRequests), warmed: true };
}
