/**
 * `npm run bench:search`: reader search in-process against the store (no
 * HTTP), on the bench dataset (`BENCH_SEARCH_DATA_DIR`, default
 * bench/.data/articles-100000, seeded first if empty: demo newsroom plus
 * BENCH_ARTICLES generated articles). Queries are drawn, with a fixed seed,
 * from words of published headlines of every edition, so each has results:
 * one word, two words (from the same headline), and a two-word phrase. Each
 * timing is one full `store.search.search()` as the search page calls it
 * (ranked page of 10, capped count, snippets). Prints p50/p95/p99 and writes
 * bench/results/search.json. `DATABASE_URL` benchmarks PostgreSQL instead.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config/config.js';
import { openConfiguredStore } from '../src/core.js';
import { seededRandom } from '../src/domain/seeded-random.js';
import { parseSearchQuery, SEARCH_PAGE_SIZE } from '../src/domain/search-query.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const articlesWanted = Number(process.env.BENCH_ARTICLES ?? 100_000);
const dataDir = process.env.BENCH_SEARCH_DATA_DIR ?? path.join(root, 'bench', '.data', `articles-${articlesWanted}`);
const perKind = Number(process.env.BENCH_SEARCH_QUERIES ?? 400);
const WARMUP = 50;

const config = loadConfig({ ...process.env, HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const store = await openConfiguredStore(config);
if ((await store.countArticles()) < articlesWanted) {
  await store.close();
  console.log(`Seeding ${articlesWanted} articles into ${dataDir} (a few minutes, once)…`);
  const seeded = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/herald.ts', 'seed', '--articles', String(articlesWanted)], {
    cwd: root, stdio: 'inherit', env: { ...process.env, HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
  });
  if (seeded.status !== 0) process.exit(1);
}
const db = await openConfiguredStore(config);
const total = await db.countArticles();
const editions = (await db.listEditions()).map((e) => e.code);
const now = new Date().toISOString();
const rng = seededRandom(20261201);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;

// Headlines to draw words from: a few hundred per edition, spread over the whole archive.
const words = new Map<string, string[][]>();
for (const code of editions) {
  const rows = await db.listPublished({ editionCode: code, now, limit: 300, offset: Math.floor(rng() * 5000) });
  words.set(code, rows.map((r) => r.headline.match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => w.length >= 2));
}

type Kind = 'one word' | 'two words' | 'phrase';
function makeQuery(kind: Kind): { edition: string; text: string } {
  const edition = pick(editions);
  const headline = pick(words.get(edition) ?? [['news', 'today']]);
  const i = Math.floor(rng() * (headline.length - 1));
  const [a, b] = [headline[i] as string, headline[i + 1] as string];
  if (kind === 'one word') return { edition, text: a };
  if (kind === 'phrase') return { edition, text: `"${a} ${b}"` };
  return { edition, text: `${a} ${pick(headline.filter((w) => w !== a)) ?? b}` };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
const results: Record<string, unknown> = {};
console.log(`Search on ${db.kind}, ${total.toLocaleString('en')} articles, ${perKind} queries per kind (after ${WARMUP} warm-up)`);
console.log('kind        p50 ms   p95 ms   p99 ms   mean hits   mean total');
for (const kind of ['one word', 'two words', 'phrase'] as Kind[]) {
  const times: number[] = [];
  let hits = 0;
  let matched = 0;
  for (let n = 0; n < WARMUP + perKind; n++) {
    const q = makeQuery(kind);
    const started = process.hrtime.bigint();
    const page = await db.search.search({ editionCode: q.edition, query: parseSearchQuery(q.text), now, limit: SEARCH_PAGE_SIZE, offset: 0 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (n < WARMUP) continue;
    times.push(ms);
    if (process.env.BENCH_SEARCH_SLOW && ms > Number(process.env.BENCH_SEARCH_SLOW)) console.log(`  slow: ${ms.toFixed(1)} ms ${q.edition} ${q.text} (${page.total})`);
    hits += page.hits.length;
    matched += page.total;
  }
  times.sort((x, y) => x - y);
  const row = { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), meanHits: hits / perKind, meanTotal: matched / perKind };
  results[kind] = row;
  console.log(
    `${kind.padEnd(10)} ${row.p50.toFixed(2).padStart(7)}  ${row.p95.toFixed(2).padStart(7)}  ${row.p99.toFixed(2).padStart(7)}   ${row.meanHits.toFixed(1).padStart(9)}   ${row.meanTotal.toFixed(0).padStart(10)}`,
  );
}
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(
  path.join(root, 'bench', 'results', 'search.json'),
  `${JSON.stringify({ at: new Date().toISOString(), store: db.kind, articles: total, queriesPerKind: perKind, results }, null, 2)}\n`,
);
await db.close();
