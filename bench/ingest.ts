/**
 * `npm run bench:ingest`: wire ingest throughput on one core. Generates the
 * synthetic corpus (src/ingest/generate-wire-corpus.ts: NewsML-G2 and ninjs
 * items, ~10% updates, ~2% kills, some hostile markup), then ingests every
 * file — parse, sanitise, store atomically per file — into a fresh SQLite
 * store, twice:
 *
 *   perFile  one `ingestWireFile` call (and transaction) per file: a push, a poll, a file dropped alone;
 *   batched  `ingestWireFiles` with 100 files per transaction (atomic per file): a drop-folder backlog, the CLI.
 *
 * Reports items/s (wall clock), items per CPU second (the process's own CPU
 * time: what one core does on this shared machine, whatever else runs), the
 * p50/p90/p99 time per item, and the parsers' share measured on the same
 * files. Writes bench/results/ingest.json.
 *
 * Environment: BENCH_INGEST_ITEMS (per format, default 10000), BENCH_INGEST_SEED (default 42),
 * BENCH_INGEST_BATCH (files per transaction in the batched run, default 100).
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
import { wireFileParser } from '../src/ingest/wire-ingest-ports.js';
import { ingestWireFile, ingestWireFiles, type IngestOutcome, type WireIngestContext } from '../src/operations/ingest-wire-file.js';
import type { Store } from '../src/operations/ports.js';
import { openMigratedStore } from '../src/storage/kysely-store.js';
import { openSqlite } from '../src/storage/sqlite/open-sqlite.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const perFormat = Number(process.env.BENCH_INGEST_ITEMS ?? 10_000);
const seed = Number(process.env.BENCH_INGEST_SEED ?? 42);
const batchSize = Number(process.env.BENCH_INGEST_BATCH ?? 100);
const TARGET_ITEMS_PER_SECOND = 2000;

type Mode = 'perFile' | 'batched';

async function freshStore(name: string): Promise<{ store: Store; ctx: WireIngestContext }> {
  const dir = path.join(root, 'bench', '.data', name);
  fs.rmSync(dir, { recursive: true, force: true });
  const store = await openMigratedStore(openSqlite(path.join(dir, 'herald.db')));
  return { store, ctx: { store, events: createEventBus(), now: () => new Date(), parser: wireFileParser, quarantine: createQuarantineFiles(path.join(dir, 'quarantine')) } };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number, digits = 3) => Number(n.toFixed(digits));
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Ingests `files` in `mode`; returns per-item times (a batch's time is shared by its items) and outcome counts. */
async function ingestAll(ctx: WireIngestContext, files: WireCorpusFile[], mode: Mode) {
  const perItemMs: number[] = [];
  const perCallMs: number[] = [];
  const counts: Record<IngestOutcome['status'], number> = { ingested: 0, unchanged: 0, quarantined: 0 };
  const record = (outcomes: IngestOutcome[], ms: number, itemsInCall: number) => {
    perCallMs.push(ms);
    for (const outcome of outcomes) {
      perItemMs.push(ms / itemsInCall);
      counts[outcome.status]++;
    }
  };
  const step = mode === 'perFile' ? 1 : batchSize;
  for (let i = 0; i < files.length; i += step) {
    const inputs = files.slice(i, i + step).map((f) => ({ bytes: f.bytes, fileName: f.fileName, source: 'bench' }));
    const t0 = performance.now();
    if (mode === 'perFile') {
      const outcomes = await ingestWireFile(ctx, inputs[0]!);
      record(outcomes, performance.now() - t0, outcomes.length);
    } else {
      const results = await ingestWireFiles(ctx, inputs);
      const ms = performance.now() - t0;
      const outcomes = results.flatMap((r) => {
        if (!r.ok) throw r.error;
        return r.outcomes;
      });
      record(outcomes, ms, outcomes.length);
    }
  }
  return { perItemMs: perItemMs.sort((a, b) => a - b), perCallMs: perCallMs.sort((a, b) => a - b), counts };
}

async function measure(files: WireCorpusFile[], mode: Mode) {
  // Warm the JIT on another corpus in a throwaway store, so the measured run starts hot but on an empty desk.
  const warm = await freshStore('ingest-warmup');
  await ingestAll(warm.ctx, [...generateWireCorpus({ newsmlG2: 500, ninjs: 500, seed: seed + 1 })], mode);
  await warm.store.close();

  const { store, ctx } = await freshStore(`ingest-${mode}`);
  console.log(`${mode}: ingesting ${files.length} files into a fresh SQLite store…`);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const { perItemMs, perCallMs, counts } = await ingestAll(ctx, files, mode);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpuStarted);
  const stories = await store.listWireStories({ limit: 1_000_000, offset: 0 });
  await store.close();
  const items = perItemMs.length;
  return {
    transaction: mode === 'perFile' ? 'one per file (ingestWireFile)' : `one per ${batchSize} files, atomic per file (ingestWireFiles)`,
    outcomes: { ...counts, stories: stories.length, killed: stories.filter((s) => s.pubStatus === 'canceled').length },
    items,
    seconds: round(seconds, 2),
    itemsPerSecond: Math.round(items / seconds),
    cpuSeconds: round(cpuSeconds, 2),
    itemsPerCpuSecond: Math.round(items / cpuSeconds),
    /** A call's time shared by its items (in batched mode, a batch's time over its ~100 items). */
    perItemMs: { p50: round(percentile(perItemMs, 50)), p90: round(percentile(perItemMs, 90)), p99: round(percentile(perItemMs, 99)), max: round(perItemMs.at(-1) ?? 0) },
    /** How long one call took: a file's wait from arrival to stored (in batched mode, the whole batch's). */
    perCallMs: { p50: round(percentile(perCallMs, 50)), p99: round(percentile(perCallMs, 99)), max: round(perCallMs.at(-1) ?? 0) },
  };
}

async function main(): Promise<void> {
  console.log(`Generating ${perFormat} NewsML-G2 + ${perFormat} ninjs files (seed ${seed})…`);
  const files: WireCorpusFile[] = [...generateWireCorpus({ newsmlG2: perFormat, ninjs: perFormat, seed })];
  const megabytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0) / 1024 / 1024;

  const perFile = await measure(files, 'perFile');
  const batched = await measure(files, 'batched');

  const parseStarted = performance.now();
  const parseCpuStarted = process.cpuUsage();
  let parsedItems = 0;
  for (const file of files) parsedItems += parseWireFile(file.bytes, { fileName: file.fileName }).items.length;
  const parseSeconds = (performance.now() - parseStarted) / 1000;
  const parseCpuSeconds = cpuSince(parseCpuStarted);

  const result = {
    benchmark: 'wire ingest: parse → sanitise → store (atomic per file), fresh SQLite store, one process',
    date: new Date().toISOString(),
    corpus: { newsmlG2: perFormat, ninjs: perFormat, seed, files: files.length, items: parsedItems, megabytes: round(megabytes, 1) },
    perFile,
    batched,
    parseOnly: {
      seconds: round(parseSeconds, 2), itemsPerSecond: Math.round(parsedItems / parseSeconds),
      cpuSeconds: round(parseCpuSeconds, 2), itemsPerCpuSecond: Math.round(parsedItems / parseCpuSeconds),
      shareOfPerFileCpu: round(parseCpuSeconds / perFile.cpuSeconds, 2), shareOfBatchedCpu: round(parseCpuSeconds / batched.cpuSeconds, 2),
    },
    target: {
      itemsPerSecond: TARGET_ITEMS_PER_SECOND,
      metWallClock: { perFile: perFile.itemsPerSecond >= TARGET_ITEMS_PER_SECOND, batched: batched.itemsPerSecond >= TARGET_ITEMS_PER_SECOND },
      metPerCpuSecond: { perFile: perFile.itemsPerCpuSecond >= TARGET_ITEMS_PER_SECOND, batched: batched.itemsPerCpuSecond >= TARGET_ITEMS_PER_SECOND },
    },
    machine: { node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => round(l, 2)) },
  };
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'ingest.json'), `${JSON.stringify(result, null, 2)}\n`);
  for (const name of ['ingest-warmup', 'ingest-perFile', 'ingest-batched']) fs.rmSync(path.join(root, 'bench', '.data', name), { recursive: true, force: true });
  console.log(JSON.stringify(result, null, 2));
  for (const [name, r] of [['per file', perFile], ['batched', batched]] as const)
    console.log(`${name}: ${r.itemsPerSecond} items/s, ${r.itemsPerCpuSecond} per CPU second, p99 ${r.perItemMs.p99} ms per item`);
  console.log(`parsers alone: ${result.parseOnly.itemsPerSecond} items/s, ${result.parseOnly.itemsPerCpuSecond} per CPU second (target ≥ ${TARGET_ITEMS_PER_SECOND} items/s)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
