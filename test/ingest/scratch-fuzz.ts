import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseWireFile } from '../../src/ingest/parse-wire-file.js';
import { WireRejection } from '../../src/ingest/wire-rejection.js';
import { generateWireCorpus } from '../../src/ingest/generate-wire-corpus.js';
const base = '/work/shared/fixtures/third-party';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; });
const samples = [...walk(base).filter(f => !f.endsWith('.md') && statSync(f).size < 100000).map(f => readFileSync(f)), ...[...generateWireCorpus({ newsmlG2: 5, ninjs: 5 })].map(f => f.bytes)];
let seed = Number(process.argv[2] ?? 1);
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const tokens = ['<script>', '</', '<![CDATA[', ']]>', '&', '&#', '<!--', '-->', '"', '<a href="javascript:x">', '<', '>', '{', '}', '[', ']', ':', ','].map(t => new TextEncoder().encode(t));
const codes = new Map<string, number>(); let slowest = 0; let slowInfo = '';
for (let n = 0; n < 20000; n++) {
  let d: Uint8Array = samples[Math.floor(rnd() * samples.length)]!;
  const k = 1 + Math.floor(rnd() * 4);
  for (let j = 0; j < k; j++) {
    const at = Math.floor(rnd() * (d.length + 1)); const op = rnd();
    if (op < 0.3) { d = d.slice(); d[at % Math.max(1, d.length)] = 32 + Math.floor(rnd() * 95); }
    else if (op < 0.45) d = d.slice(0, at);
    else if (op < 0.8) { const t = tokens[Math.floor(rnd() * tokens.length)]!; d = new Uint8Array([...d.subarray(0, at), ...t, ...d.subarray(at)]); }
    else d = new Uint8Array([...d.subarray(0, at), ...d.subarray(at + Math.floor(rnd() * 100))]);
  }
  const t0 = performance.now();
  try { const r = parseWireFile(d); codes.set('ok', (codes.get('ok') ?? 0) + 1); for (const it of r.items) { if (JSON.stringify(it.body).match(/"href":"\s*javascript/i)) console.log('HREF!'); } }
  catch (e) { if (!(e instanceof WireRejection)) { console.log('NON-REJECTION', e); continue; } if (e.reason.startsWith('Could not be parsed')) console.log('CATCHALL', e.reason, e.cause); codes.set(e.code, (codes.get(e.code) ?? 0) + 1); }
  const ms = performance.now() - t0; if (ms > slowest) { slowest = ms; slowInfo = `size ${d.length}`; }
}
console.log(codes, 'slowest', slowest.toFixed(1), 'ms', slowInfo);
