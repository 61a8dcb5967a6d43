/**
 * `npm run bench:ingest`: wire ingest throughput on one core. Generates the
 * synthetic corpus (src/ingest/generate-wire-corpus.ts: NewsML-G2 and ninjs
 * items, ~10% updates, ~2% kills, some hostile markup), then ingests every
 * file through `ingestWireFile` — parse, sanitise, one transaction per file —
 * into a fresh SQLite store, and reports items/s and the p50/p99 time per
 * item. The parse share is measured separately on the same files, so a
 * regression can be placed. Writes bench/results/ingest.json.
 *
 * Environment: BENCH_INGEST_ITEMS (per format, default 10000), BENCH_INGEST_SEED (default 42).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createEventBus } from '../src/events/event-bus.js';
import { generateWireCorpus, type WireCorpusFile } from '../src/ingest/generate-wire-corpus.js';
import { parseWireFile } from '../src/ingest/parse-wire-file.js';
import { createQuarantineFiles } from '../src/ingest/quarantine-files.js';
import { ingestWireFile, type IngestOutcome, type WireIngestContext } from '../src/operations/ingest-wire-file.js';
import type { Store } from '../src/operations/ports.js';
import { openMigratedStore } from '../src/storage/kysely-store.js';
import { openSqlite } from '../src/storage/sqlite/open-sqlite.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const perFormat = Number(process.env.BENCH_INGEST_ITEMS ?? 10_000);
const seed = Number(process.env.BENCH_INGEST_SEED ?? 42);
const TARGET_ITEMS_PER_SECOND = 2000;

async function freshStore(name: string): Promise<{ store: Store; dir: string }> {
  const dir = path.join(root, 'bench', '.data', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const store = await openMigratedStore(openSqlite(path.join(dir, 'herald.db')));
  return { store, dir };
}

function contextFor(store: Store, dir: string): WireIngestContext {
  return { store, events: createEventBus(), now: () => new Date(), quarantine: createQuarantineFiles(path.join(dir, 'quarantine')) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

async function main(): Promise<void> {
  console.log(`Generating ${perFormat} NewsML-G2 + ${perFormat} ninjs files (seed ${seed})…`);
  const files: WireCorpusFile[] = [...generateWireCorpus({ newsmlG2: perFormat, ninjs: perFormat, seed })];
  const megabytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0) / 1024 / 1024;

  // Warm the JIT on another corpus in a throwaway store, so the measured run starts hot but on an empty desk.
  const warm = await freshStore('ingest-warmup');
  const warmCtx = contextFor(warm.store, warm.dir);
  for (const file of generateWireCorpus({ newsmlG2: 500, ninjs: 500, seed: seed + 1 }))
    await ingestWireFile(warmCtx, { bytes: file.bytes, fileName: file.fileName, source: 'bench' });
  await warm.store.close();

  const { store, dir } = await freshStore('ingest');
  const ctx = contextFor(store, dir);
  const perItemMs: number[] = [];
  const counts: Record<IngestOutcome['status'], number> = { ingested: 0, unchanged: 0, quarantined: 0 };
  let items = 0;
  console.log(`Ingesting ${files.length} files (${megabytes.toFixed(1)} MB) into a fresh SQLite store…`);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const file of files) {
    const t0 = performance.now();
    const outcomes = await ingestWireFile(ctx, { bytes: file.bytes, fileName: file.fileName, source: 'bench' });
    const each = (performance.now() - t0) / outcomes.length;
    for (const outcome of outcomes) {
      perItemMs.push(each);
      counts[outcome.status]++;
      items++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const stories = (await store.listWireStories({ limit: 1_000_000, offset: 0 })).length;
  const killed = (await store.listWireStories({ limit: 1_000_000, offset: 0 })).filter((s) => s.pubStatus === 'canceled').length;
  await store.close();

  const parseStarted = performance.now();
  const parseCpuStarted = process.cpuUsage();
  for (const file of files) parseWireFile(file.bytes, { fileName: file.fileName });
  const parseSeconds = (performance.now() - parseStarted) / 1000;
  const parseCpu = process.cpuUsage(parseCpuStarted);
  const parseCpuSeconds = (parseCpu.user + parseCpu.system) / 1e6;

  perItemMs.sort((a, b) => a - b);
  const itemsPerSecond = items / seconds;
  const result = {
    benchmark: 'wire ingest (parse → sanitise → store, one transaction per file), SQLite, one core',
    date: new Date().toISOString(),
    corpus: { newsmlG2: perFormat, ninjs: perFormat, seed, files: files.length, megabytes: round(megabytes, 1) },
    outcomes: { ...counts, stories, killed },
    seconds: round(seconds, 2),
    itemsPerSecond: Math.round(itemsPerSecond),
    /** The process's own CPU time (user + system): on a shared machine, what one core would do. */
    cpuSeconds: round(cpuSeconds, 2),
    itemsPerCpuSecond: Math.round(items / cpuSeconds),
    perItemMs: { p50: round(percentile(perItemMs, 50)), p90: round(percentile(perItemMs, 90)), p99: round(percentile(perItemMs, 99)), max: round(perItemMs.at(-1) ?? 0) },
    parseOnly: {
      seconds: round(parseSeconds, 2), itemsPerSecond: Math.round(items / parseSeconds),
      cpuSeconds: round(parseCpuSeconds, 2), shareOfIngestCpu: round(parseCpuSeconds / cpuSeconds, 2),
    },
    target: { itemsPerSecond: TARGET_ITEMS_PER_SECOND, met: itemsPerSecond >= TARGET_ITEMS_PER_SECOND },
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => round(l, 2)) },
  };
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
  fs.rmSync(path.join(root, 'bench', '.data', 'ingest-warmup'), { recursive: true, force: true });
  console.log(JSON.stringify(result, null, 2));
  console.log(`${result.itemsPerSecond} items/s (${result.itemsPerCpuSecond} per CPU second), p99 ${result.perItemMs.p99} ms per item (target ≥ ${TARGET_ITEMS_PER_SECOND} items/s: ${result.target.met ? 'met' : 'NOT met'}).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
