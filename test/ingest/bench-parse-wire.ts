/**
 * Ingest throughput benchmark (a script, not a test):
 *   npx tsx test/ingest/bench-parse-wire.ts [newsmlG2=10000] [ninjs=10000]
 * Generates the synthetic corpus first, then times parseWireFile alone
 * (decode, detect, XML/JSON parse, sanitise, blocks) on one core, in wall-clock
 * and in CPU time (the fair number when the machine is shared).
 */
import { performance } from 'node:perf_hooks';
import { generateWireCorpus } from '../../src/ingest/generate-wire-corpus.js';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';

const newsmlG2 = Number(process.argv[2] ?? 10_000);
const ninjs = Number(process.argv[3] ?? 10_000);
const files = [...generateWireCorpus({ newsmlG2, ninjs, seed: 42 })];
const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);

// Warm up the JIT on a slice, then measure the whole corpus.
for (const file of files.slice(0, 500)) parseWireFile(file.bytes, { fileName: file.fileName });

const perFormat = new Map<string, { items: number; ms: number }>();
let items = 0;
let kills = 0;
let updates = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
for (const file of files) {
  const t0 = performance.now();
  const result = parseWireFile(file.bytes, { fileName: file.fileName });
  const t1 = performance.now();
  const entry = perFormat.get(result.format) ?? { items: 0, ms: 0 };
  entry.items += result.items.length;
  entry.ms += t1 - t0;
  perFormat.set(result.format, entry);
  for (const item of result.items) {
    items++;
    if (item.pubStatus === 'canceled') kills++;
    else if (item.version > 1) updates++;
  }
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(`${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${items} items (${updates} updates, ${kills} kills)`);
console.log(`wall: ${seconds.toFixed(2)} s → ${Math.round(items / seconds)} items/s`);
// CPU time is what one core spends; on a shared machine it is the fairer measure.
console.log(`cpu:  ${cpuSeconds.toFixed(2)} s → ${Math.round(items / cpuSeconds)} items per CPU-second`);
for (const [format, { items: n, ms }] of perFormat) console.log(`  ${format}: ${Math.round(n / (ms / 1000))} items/s`);
