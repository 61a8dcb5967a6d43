/**
 * `npm run bench`: seeds (or reuses) a dataset, starts Herald and a bare
 * node:http ceiling server in their own processes, loads each over loopback
 * with autocannon, and writes bench/results/latest.json. Every Herald figure
 * is also given as a ratio of the ceiling measured in the same run, because
 * this machine is shared and absolute numbers drift.
 *
 * Then runs the search benchmark (bench/search.ts) on the same dataset, and
 * the cold-start benchmark (bench/cold-start.ts: compiled dist/ against tsx).
 *
 * Environment: BENCH_ARTICLES (default 100000), BENCH_SECONDS (default 10),
 * BENCH_CONNECTIONS (default 32).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const articlesWanted = Number(process.env.BENCH_ARTICLES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const dataDir = path.join(root, 'bench', '.data', `articles-${articlesWanted}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

function startProcess(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`process exited ${code} before it was ready: ${output}`)));
  });
}

async function load(name: string, url: string, paths: string[]) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: paths.map((p) => ({ method: 'GET', path: p })),
  });
  const non2xx = result.non2xx + result.errors;
  console.log(`${name.padEnd(22)} ${result.requests.average.toFixed(0).padStart(8)} req/s   p99 ${result.latency.p99} ms   errors/non-2xx ${non2xx}`);
  if (non2xx > 0) throw new Error(`${name}: ${non2xx} failed requests; the measurement is not valid`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function main() {
  if (!fs.existsSync(path.join(dataDir, 'herald.db'))) {
    console.log(`Seeding ${articlesWanted} generated articles into ${dataDir} (kept for later runs)…`);
    await run('npx', ['tsx', 'src/cli/herald.ts', 'seed', '--articles', String(articlesWanted)], { ...process.env, HERALD_DATA_DIR: dataDir });
  }
  const baseEnv = { ...process.env, HERALD_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', HERALD_PUBLIC_URL: 'http://bench.example' };
  const results: Record<string, number> = {};

  const startHerald = async (port: number, cache: boolean) =>
    startProcess(['--import', 'tsx', 'src/main.ts'], { ...baseEnv, PORT: String(port), HERALD_PAGE_CACHE: cache ? 'true' : 'false' }, /serving (\d+) articles[\s\S]*Open (http:\/\/[^\s]+)\//);

  const herald = await startHerald(3901, true);
  const heraldUrl = 'http://127.0.0.1:3901';
  const home = await (await fetch(`${heraldUrl}/en/`)).text();
  const articlePaths = [...new Set([...home.matchAll(/href="(\/en\/[^"/]+\/a-\d+)"/g)].map((m) => m[1] as string))];
  // Plus a spread of ids across the whole dataset, so the page cache and the database are both exercised.
  const total = Number(herald.match[1]);
  for (let i = 0; i < 400; i++) {
    const id = 1 + Math.floor((i * 2654435761) % total);
    const response = await fetch(`${heraldUrl}/en/x/a-${id}`, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status === 301 && location) articlePaths.push(location);
  }
  const sample = await (await fetch(heraldUrl + (articlePaths[0] as string))).text();
  const pageBytes = Buffer.byteLength(sample);

  const ceiling = await startProcess(['--import', 'tsx', 'bench/ceiling-server.ts', String(pageBytes), '3902'], process.env, /listening (\d+)/);
  try {
    console.log(`\nDataset: ${total} articles; article page ${pageBytes} bytes; ${connections} connections, ${seconds} s each\n`);
    const c = await load('ceiling (node:http)', 'http://127.0.0.1:3902', ['/']);
    const a = await load('article (page cache)', heraldUrl, articlePaths);
    const h = await load('home (page cache)', heraldUrl, ['/en/', '/de/', '/ar/']);
    herald.child.kill();
    const uncached = await startHerald(3903, false);
    try {
      const au = await load('article (no cache)', 'http://127.0.0.1:3903', articlePaths);
      const hu = await load('home (no cache)', 'http://127.0.0.1:3903', ['/en/', '/de/', '/ar/']);
      Object.assign(results, {
        ceiling_rps: Math.round(c.rps),
        article_rps: Math.round(a.rps),
        home_rps: Math.round(h.rps),
        article_p99_ms: a.p99,
        home_p99_ms: h.p99,
        article_uncached_rps: Math.round(au.rps),
        article_uncached_p99_ms: au.p99,
        home_uncached_rps: Math.round(hu.rps),
        article_ratio: Number((a.rps / c.rps).toFixed(3)),
        home_ratio: Number((h.rps / c.rps).toFixed(3)),
        article_uncached_ratio: Number((au.rps / c.rps).toFixed(3)),
        dataset_articles: total,
        page_bytes: pageBytes,
      });
    } finally {
      uncached.child.kill();
    }
  } finally {
    ceiling.child.kill();
    herald.child.kill();
  }
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\n', results, '\nWrote bench/results/latest.json');
  // Reader search on the same dataset, in-process (bench/search.ts; figures in bench/results/search.json).
  console.log('\nSearch (in-process, same dataset):');
  await run('npx', ['tsx', 'bench/search.ts'], { ...process.env, BENCH_SEARCH_DATA_DIR: dataDir });
  // Cold start, compiled against tsx (bench/cold-start.ts: about a minute; figures in bench/results/cold-start.json).
  console.log('\nCold start (compiled dist/ and tsx):');
  await run('npx', ['tsx', 'bench/cold-start.ts'], process.env);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
