/**
 * `npm run bench:cold-start [-- --data-dir DIR]`: how long Herald takes from
 * process start to the first 200 on /en/, as `npm start` runs it
 * (scripts/run.mjs: the bundle dist/bundle/main.js when the build is
 * current, built first if not; see docs/adr/0010-cold-start.md), on the
 * 100,000-article dataset when it exists (bench/.data/articles-100000,
 * seeded by `npm run bench`), else on a demo store seeded once here:
 *
 * - npm start, 1 process: HERALD_WORKERS=1;
 * - npm start, cluster: the default (a worker per core; the primary migrates
 *   and checks the seed, then the workers start);
 * - dist/main.js: the compiled modules unbundled (`node dist/main.js`);
 * - tsx: `node --import tsx src/main.ts` (a fresh clone, development).
 *
 * Every run starts a new process on a free loopback port and polls /en/
 * every 5 ms; the time includes loading the modules, opening and migrating
 * the store and rendering the first page. Besides the wall time it reports
 * the CPU time the process (and its workers) used until then: on this
 * shared machine the wall time mostly measures the other processes, the CPU
 * time what Herald itself does. Runs of the modes are interleaved so drift
 * touches each alike; the median of BENCH_COLD_RUNS (default 5) is reported.
 * Results: bench/results/cold-start.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
const argv = process.argv.slice(2);
const dataDirFlag = argv.includes('--data-dir') ? argv[argv.indexOf('--data-dir') + 1] : undefined;
const dataset100k = path.join(root, 'bench', '.data', 'articles-100000');
const dataDir = path.resolve(
  dataDirFlag ?? (fs.existsSync(path.join(dataset100k, 'herald.db')) ? dataset100k : path.join(root, 'bench', '.data', 'cold-start')),
);

interface Mode {
  args: string[];
  env: Record<string, string>;
}

const modes: Record<string, Mode> = {
  'npm start, 1 process': { args: ['scripts/run.mjs', 'main'], env: { HERALD_WORKERS: '1' } },
  'npm start, cluster': { args: ['scripts/run.mjs', 'main'], env: {} },
  'dist/main.js': { args: ['dist/main.js'], env: { HERALD_WORKERS: '1' } },
  tsx: { args: ['--import', 'tsx', 'src/main.ts'], env: { HERALD_WORKERS: '1' } },
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** CPU milliseconds a process has used, its reaped children included (Linux /proc). */
function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return ticks * 10; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/** The process and its live children (the cluster's workers). */
function treeCpuMs(pid: number): number {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no /proc (not Linux): the process alone
  }
  return children.reduce((sum, child) => sum + treeCpuMs(child), cpuMs(pid));
}

/** Wall and CPU milliseconds from spawning `node args` to its first 200 on /en/. */
async function coldStart(mode: Mode): Promise<{ wall: number; cpu: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, mode.args, {
    cwd: root,
    env: { ...process.env, HERALD_WORKERS: '', ...mode.env, HERALD_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // Bounded: at most 6000 polls, 5 ms apart.
    for (let attempt = 0; attempt < 6000; attempt++) {
      if (child.exitCode !== null) throw new Error(`node ${mode.args.join(' ')} exited ${child.exitCode}: ${stderr}`);
      const status = await fetch(`http://127.0.0.1:${port}/en/`).then((r) => (void r.body?.cancel(), r.status), () => 0);
      if (status === 200) {
        const wall = performance.now() - started;
        const cpu = child.pid ? treeCpuMs(child.pid) : NaN;
        // scripts/run.mjs says so when it ran src/ with tsx instead of the build: that run measured the wrong thing.
        if (stderr.includes('running src/ with tsx')) throw new Error('src/ changed during the benchmark (dist/ is no longer current); build and run it again');
        return { wall, cpu };
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`node ${mode.args.join(' ')} did not answer 200 on /en/ within 6000 polls: ${stderr}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

async function buildIsCurrent(): Promise<boolean> {
  const { sourceHash } = (await import(new URL('../scripts/source-hash.mjs', import.meta.url).href)) as { sourceHash: (root: string) => string | null };
  try {
    const info = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'build-info.json'), 'utf8')) as { sourceHash: string };
    return info.sourceHash === sourceHash(root);
  } catch {
    return false;
  }
}

/** What `npm start` runs once the build is current (scripts/run.mjs makes the same choice). */
const npmStartRuns = () => (fs.existsSync(path.join(root, 'dist', 'bundle', 'main.js')) ? 'dist/bundle/main.js (the bundled build)' : 'dist/main.js (compiled, unbundled)');

async function main() {
  if (!(await buildIsCurrent())) {
    console.log('Building the server into dist/ first…');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--server'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('node scripts/build.mjs --server failed');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // The first start may seed the demo (an empty data folder) and apply new migrations: not a cold start, not counted.
  await coldStart(modes['npm start, 1 process'] as Mode);
  const articles = await countArticles();

  const times: Record<string, { wall: number; cpu: number }[]> = Object.fromEntries(Object.keys(modes).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, mode] of Object.entries(modes)) times[name]?.push(await coldStart(mode));

  const results: Record<string, unknown> = { runs, node: process.version, date: new Date().toISOString(), dataDir, articles, npmStartRuns: npmStartRuns() };
  console.log(`\nCold start to the first 200 on /en/, ${articles} articles in ${path.relative(root, dataDir) || dataDir}; npm start runs ${npmStartRuns()}.`);
  console.log(`Median of ${runs} (each run a new process); CPU is the process's and its workers' own:`);
  for (const [name, values] of Object.entries(times)) {
    const wall = median(values.map((v) => v.wall));
    const cpu = median(values.map((v) => v.cpu));
    console.log(`${name.padEnd(22)} ${wall.toFixed(0).padStart(6)} ms wall  ${cpu.toFixed(0).padStart(6)} ms CPU   (wall: ${values.map((v) => v.wall.toFixed(0)).join(', ')})`);
    results[name] = { median_ms: Math.round(wall), median_cpu_ms: Math.round(cpu), runs_ms: values.map((v) => Math.round(v.wall)), runs_cpu_ms: values.map((v) => Math.round(v.cpu)) };
  }
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'cold-start.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results/cold-start.json');
}

/** The dataset's size, read beside the server (better-sqlite3, read-only). */
async function countArticles(): Promise<number> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(path.join(dataDir, 'herald.db'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('select count(*) as n from articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
