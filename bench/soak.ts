/**
 * `npm run soak`: a Herald server on a freshly seeded demo store, 50
 * connections of mixed reader traffic (edition homes, sections, articles, RSS,
 * search, the Content API) with autocannon, while an editor publishes a new
 * article or corrects one every second through the admin API. Prints the
 * errors (must be 0: any answer of 400 or more, socket errors, timeouts, and
 * failed editor requests), p99 latency per window, and the slope of the
 * server's resident memory after a warm-up (must be under the threshold).
 * Exits 1 when either fails.
 *
 * Environment: SOAK_SECONDS (default 600), SOAK_CONNECTIONS (default 50),
 * SOAK_WINDOW_SECONDS (p99 window; default 60, or 10 for runs under 5 minutes),
 * SOAK_WARMUP_SECONDS (left out of the memory fit; default a third of the run,
 * at most 120), SOAK_MAX_RSS_SLOPE (MB per minute, default 1), SOAK_GC_PROBE_MS
 * (how often the server is made to collect garbage and report its memory,
 * default 5000, 2000 for runs under 5 minutes; see reliability/memory-probe.ts), DATABASE_URL
 * (PostgreSQL, in a fresh schema dropped afterwards), SOAK_JSON (write the
 * figures to this file).
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { signIn, type AdminSession } from './reliability/admin-session.js';
import { createRunSchema } from './reliability/pg-schema.js';
import { readRssMb, rssSlopeMbPerMinute, type RssSample } from './reliability/rss-trend.js';
import { demoAccounts, startServer } from './reliability/server-process.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 50);
const windowSeconds = Number(process.env.SOAK_WINDOW_SECONDS ?? (seconds < 300 ? 10 : 60));
const warmupSeconds = Number(process.env.SOAK_WARMUP_SECONDS ?? Math.min(120, Math.round(seconds / 3)));
const maxSlope = Number(process.env.SOAK_MAX_RSS_SLOPE ?? 1);
const baseDatabaseUrl = process.env.DATABASE_URL || undefined;
const probeMs = Number(process.env.SOAK_GC_PROBE_MS ?? (seconds < 300 ? 2000 : 5000));

const runId = randomBytes(3).toString('hex');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-soak-'));
const schema = baseDatabaseUrl ? await createRunSchema(baseDatabaseUrl, `herald_soak_${runId}`) : undefined;
const server = await startServer({
  HERALD_DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  HERALD_WEBHOOK_INTERVAL_MS: '0',
  // The soak's readers all come from 127.0.0.1: the anonymous Content API limit would turn them into 429s.
  HERALD_API_ANON_RATE_PER_MINUTE: '1000000',
  HERALD_MEMORY_PROBE_MS: String(probeMs),
  ...(schema ? { DATABASE_URL: schema.url } : {}),
}, { nodeArgs: ['--expose-gc'], preload: [fileURLToPath(new URL('./reliability/memory-probe.ts', import.meta.url))] });

const admin = demoAccounts(server.output()).get('admin');
if (!admin) throw new Error(`no demo admin in the start-up output:\n${server.output().slice(-2000)}`);
const editor = await signIn(server.baseUrl, admin.email, admin.password);
const reference = (await (await editor.request('GET', '/api/admin/reference')).json()) as {
  sections: { id: number; editionCode: string; path: string }[]; topics: { id: number; editionCode: string }[];
};
const articles = (await (await fetch(`${server.baseUrl}/api/v1/articles?limit=30`)).json()) as { items: { url: string }[] };

/** The readers' mix; every connection walks it in turn. */
const readerPaths = [
  '/en/', '/de/', '/ar/',
  ...reference.sections.slice(0, 8).map((s) => `/${s.editionCode}/${s.path}/`),
  ...articles.items.map((a) => new URL(a.url).pathname),
  '/en/rss.xml', '/de/rss.xml', '/ar/rss.xml',
  '/en/search?q=council', '/en/search?q=city+water', '/de/search?q=stadt',
  '/api/v1/articles?edition=en&limit=20', '/api/v1/articles?edition=de&limit=20', '/api/v1/search?edition=en&q=market',
];
const enSection = reference.sections.find((s) => s.editionCode === 'en')!.id;

// ---- the editor: one publish or correction a second ----
const editorErrors: string[] = [];
let editorWrites = 0;
const published: { id: number; revision: number }[] = [];
async function editorStep(session: AdminSession, n: number): Promise<void> {
  const ok = async (response: Response, what: string) => {
    if (response.status < 300) return response.json() as Promise<{ id: number; revision: number }>;
    editorErrors.push(`${what}: ${response.status} ${(await response.text()).slice(0, 200)}`);
    return null;
  };
  if (published.length > 0 && n % 2 === 0) {
    const target = published[n % published.length]!;
    const corrected = await ok(await session.request('POST', `/api/admin/articles/${target.id}/correct`, {
      revision: target.revision, headline: `Soak story ${target.id}, corrected ${n}`, notice: { kind: 'update', text: `Update ${n}.` },
    }), `correct ${target.id}`);
    if (corrected) {
      target.revision = corrected.revision;
      editorWrites++;
    }
    return;
  }
  const draft = await ok(await session.request('POST', '/api/admin/articles', {
    editionCode: 'en', sectionId: enSection, headline: `Soak story ${n}`, teaser: 'Written while readers read.',
    body: [{ type: 'paragraph', spans: [{ text: `Soak body ${n}. `.repeat(30) }] }],
  }), 'create');
  if (!draft) return;
  const live = await ok(await session.request('POST', `/api/admin/articles/${draft.id}/publish`, { revision: draft.revision }), `publish ${draft.id}`);
  if (live) {
    published.push({ id: draft.id, revision: live.revision });
    editorWrites++;
  }
}

// ---- measurements ----
const started = Date.now();
const elapsed = () => (Date.now() - started) / 1000;
const rss: RssSample[] = [];
const windows: number[][] = [];
let readerErrors = 0;
const errorSamples: string[] = [];
const sampler = setInterval(() => {
  const mb = readRssMb(server.pid);
  if (mb !== null) rss.push({ t: elapsed(), mb });
}, 2000);
let n = 0;
let editing: Promise<void> | null = null;
const editorTimer = setInterval(() => {
  if (editing) return; // a slow step is not stacked on: the editor works one change at a time
  editing = editorStep(editor, ++n).catch((error: unknown) => void editorErrors.push(String(error))).finally(() => (editing = null));
}, 1000);

console.log(`soak: ${seconds} s, ${connections} connections, ${readerPaths.length} reader paths, one editor change a second, on ${schema ? 'PostgreSQL' : 'SQLite'}; server pid ${server.pid}`);
const result = await new Promise<autocannon.Result>((resolve, reject) => {
  const instance = autocannon(
    { url: server.baseUrl, connections, duration: seconds, requests: readerPaths.map((p) => ({ method: 'GET' as const, path: p })) },
    (error, finished) => (error ? reject(error) : resolve(finished)),
  );
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    const w = Math.floor(elapsed() / windowSeconds);
    (windows[w] ??= []).push(responseTime);
    if (statusCode >= 400) {
      readerErrors++;
      if (errorSamples.length < 10) errorSamples.push(`status ${statusCode}`);
    }
  });
});
clearInterval(editorTimer);
clearInterval(sampler);
await editing;

const p99 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.99 * sorted.length))] ?? 0;
};
const perWindow = windows.map((values, i) => ({ from: i * windowSeconds, requests: values.length, p99Ms: Math.round(p99(values)) })).filter((w) => w.requests > 0 && w.from < seconds); // the few answers after the end are no window
// The flat-memory check uses the resident set right after a full collection (what the server still holds);
// the raw VmRSS samples, garbage included, are reported beside it.
const probes = [...server.output().matchAll(/^memory-probe (.*)$/gm)].map((m) => JSON.parse(m[1]!) as { at: number; rssMb: number; heapMb: number });
const afterGc: RssSample[] = probes.map((p) => ({ t: (p.at - started) / 1000, mb: p.rssMb }));
const heap: RssSample[] = probes.map((p) => ({ t: (p.at - started) / 1000, mb: p.heapMb }));
const slope = rssSlopeMbPerMinute(afterGc, warmupSeconds);
const rawSlope = rssSlopeMbPerMinute(rss, warmupSeconds);
const heapSlope = rssSlopeMbPerMinute(heap, warmupSeconds);
const mbAt = (samples: RssSample[], t: number) => samples.find((s) => s.t >= t)?.mb;
const socketErrors = result.errors + result.timeouts;
const errors = readerErrors + socketErrors + editorErrors.length;
const summary = {
  date: new Date().toISOString(), store: schema ? 'postgres' : 'sqlite', seconds, connections,
  requests: result.requests.total, requestsPerSecond: Math.round(result.requests.average),
  errors, readerErrors, socketErrors, editorErrors: editorErrors.length, editorWrites,
  p99PerWindow: perWindow, windowSeconds, p99OverallMs: result.latency.p99,
  rssAfterGcMb: { first: afterGc[0]?.mb, atWarmup: mbAt(afterGc, warmupSeconds), last: afterGc.at(-1)?.mb },
  rssMb: { first: rss[0]?.mb, atWarmup: mbAt(rss, warmupSeconds), last: rss.at(-1)?.mb, max: Math.max(...rss.map((s) => s.mb)) },
  rssSlopeMbPerMinute: slope === null ? null : Number(slope.toFixed(3)),
  rawRssSlopeMbPerMinute: rawSlope === null ? null : Number(rawSlope.toFixed(3)),
  heapSlopeMbPerMinute: heapSlope === null ? null : Number(heapSlope.toFixed(3)),
  warmupSeconds, maxSlope, gcProbeMs: probeMs,
};
for (const w of perWindow) console.log(`  ${String(w.from).padStart(4)}–${w.from + windowSeconds} s: ${w.requests} requests, p99 ${w.p99Ms} ms`);
console.log(`requests ${summary.requests} (${summary.requestsPerSecond}/s); editor changes ${editorWrites}`);
console.log(`errors ${errors} (reader answers ≥ 400: ${readerErrors}, socket errors/timeouts: ${socketErrors}, editor: ${editorErrors.length})${errorSamples.length ? ` e.g. ${errorSamples.join(', ')}` : ''}${editorErrors.length ? ` e.g. ${editorErrors.slice(0, 3).join('; ')}` : ''}`);
const mb = (value: number | undefined) => value?.toFixed(1);
console.log(`RSS after a full GC: ${mb(summary.rssAfterGcMb.first)} MB at start, ${mb(summary.rssAfterGcMb.atWarmup)} MB after the ${warmupSeconds} s warm-up, ${mb(summary.rssAfterGcMb.last)} MB at the end; slope after warm-up ${summary.rssSlopeMbPerMinute} MB/min (flat: under ${maxSlope}); live heap slope ${summary.heapSlopeMbPerMinute} MB/min`);
console.log(`raw VmRSS (garbage included): ${mb(summary.rssMb.first)} → ${mb(summary.rssMb.last)} MB, max ${mb(summary.rssMb.max)}, slope ${summary.rawRssSlopeMbPerMinute} MB/min`);
console.log(`soak result: ${JSON.stringify(summary)}`);
if (process.env.SOAK_JSON) fs.writeFileSync(process.env.SOAK_JSON, `${JSON.stringify({ ...summary, rssSamples: rss.map((r) => [Math.round(r.t), Number(r.mb.toFixed(1))]), afterGcSamples: afterGc.map((r) => [Math.round(r.t), Number(r.mb.toFixed(1))]) })}\n`);

server.child.kill('SIGTERM');
await server.exited;
fs.rmSync(dataDir, { recursive: true, force: true });
await schema?.drop();
const flat = slope !== null && slope < maxSlope;
process.exit(errors === 0 && flat ? 0 : 1);
