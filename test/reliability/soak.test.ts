/**
 * The short soak: `bench/soak.ts` for 60 seconds (50 reader connections, an
 * editor change a second) on SQLite and, with HERALD_TEST_DATABASE_URL,
 * PostgreSQL. No request may fail and the memory the server holds (anonymous
 * RSS after a full GC, less V8's free heap pages) must not climb after the
 * warm-up, which lasts at least
 * 20 s and 30,000 requests (at most 40 s) so that a slowed-down machine warms
 * as much as a quiet one (a least-squares slope, not a wall-clock limit). Also checks the
 * slope fit and the warm-up's end on made-up samples.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { rssSlopeMbPerMinute, warmupEnd } from '../../bench/reliability/rss-trend.js';
import { repoRoot } from '../../bench/reliability/server-process.js';
import { postgresUrl } from '../helpers/test-stores.js';

const run = promisify(execFile);
/**
 * MB per minute of held memory (see bench/soak.ts) after a full GC, fitted
 * over the 20 to 40 s after the warm-up. Looser than the 10-minute run's
 * 1 MB/min because native memory still moves in steps (17 MB down, in
 * trials) that a short fit turns into tens of MB/min; a
 * per-request leak of a few hundred bytes at thousands of requests a second
 * still shows above it, a slow leak only in `npm run soak` (docs/RELIABILITY.md).
 */
const CI_MAX_SLOPE = 10;

interface SoakSummary {
  requests: number;
  errors: number;
  editorWrites: number;
  p99PerWindow: { from: number; requests: number; p99Ms: number }[];
  memorySlopeMbPerMinute: number | null;
}

async function soak(env: Record<string, string>): Promise<{ code: number; output: string; summary: SoakSummary | null }> {
  let code = 0;
  let output: string;
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/soak.ts')], {
      cwd: repoRoot, env: { ...process.env, SOAK_SECONDS: '60', SOAK_MAX_RSS_SLOPE: String(CI_MAX_SLOPE), ...env }, maxBuffer: 20 * 1024 * 1024,
    });
    output = stdout + stderr;
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    code = failed.code ?? -1;
    output = `${failed.stdout ?? ''}${failed.stderr ?? ''}`;
  }
  const line = /^soak result: (.*)$/m.exec(output);
  return { code, output, summary: line ? (JSON.parse(line[1]!) as SoakSummary) : null };
}

const stores: [string, Record<string, string>][] = [['sqlite', { DATABASE_URL: '' }]];
if (postgresUrl) stores.push(['postgres', { DATABASE_URL: postgresUrl }]);

describe('soak: readers and an editor for 60 seconds', () => {
  for (const [name, env] of stores) {
    it(`answers every request and keeps memory flat on ${name}`, async () => {
      const { code, output, summary } = await soak(env);
      expect(summary, output.slice(-3000)).not.toBeNull();
      expect(summary!.requests, 'readers were served').toBeGreaterThan(1000);
      expect(summary!.editorWrites, 'the editor published and corrected').toBeGreaterThan(10);
      expect(summary!.p99PerWindow.length).toBeGreaterThanOrEqual(5);
      expect(summary!.errors, output.slice(-3000)).toBe(0);
      expect(summary!.memorySlopeMbPerMinute, output.slice(-3000)).not.toBeNull();
      expect(summary!.memorySlopeMbPerMinute!, output.slice(-3000)).toBeLessThan(CI_MAX_SLOPE);
      expect(code).toBe(0);
    }, 320_000); // a hang guard: 60 s of load after a start that may take minutes on loaded cores
  }

  it('fits the memory slope after the warm-up only', () => {
    const samples = Array.from({ length: 60 }, (_, i) => ({ t: i * 2, mb: i * 2 < 30 ? 100 + i * 5 : 250 + Math.sin(i) * 0.2 }));
    expect(Math.abs(rssSlopeMbPerMinute(samples, 30)!)).toBeLessThan(0.5);
    expect(rssSlopeMbPerMinute(samples, 0)!).toBeGreaterThan(10);
    const leaking = Array.from({ length: 30 }, (_, i) => ({ t: i * 2, mb: 200 + i * 2 * (5 / 60) }));
    expect(rssSlopeMbPerMinute(leaking, 0)!).toBeCloseTo(5, 5);
    expect(rssSlopeMbPerMinute(leaking.slice(0, 2), 0)).toBeNull();
  });

  it('ends the warm-up at its minimum time or once enough requests were served, whichever is later, within a limit', () => {
    const quick = Array.from({ length: 30 }, (_, i) => ({ t: i * 2, served: i * 2 * 3000 }));
    expect(warmupEnd(quick, 20, 30_000, 40)).toEqual({ second: 20, warmed: true }); // 30,000 served by 10 s: the time decides
    const slow = Array.from({ length: 30 }, (_, i) => ({ t: i * 2, served: i * 2 * 1000 }));
    expect(warmupEnd(slow, 20, 30_000, 40)).toEqual({ second: 30, warmed: true }); // only 20,000 by 20 s: the requests decide
    expect(warmupEnd(slow, 20, 50_000, 40)).toEqual({ second: 40, warmed: false }); // 50,000 only at 50 s: fitted from the limit
    expect(warmupEnd(slow, 20, 100_000, 40)).toEqual({ second: 40, warmed: false }); // never served that many
    expect(warmupEnd(slow, 20, 0, 40)).toEqual({ second: 20, warmed: true });
  });
});
