/**
 * `npm run bench:cold-start`: how long Herald takes from process start to the
 * first 200 on /en/, in each way it can run:
 *
 * - compiled: `node dist/main.js` (what a production install runs; built
 *   first with `node scripts/build.mjs --server` if dist/ is missing or stale);
 * - npm start: `node scripts/run.mjs main` with a current dist/ (the compiled
 *   server plus the wrapper's check of the sources' fingerprint);
 * - tsx: `node --import tsx src/main.ts` (a fresh clone, development).
 *
 * Every run starts a new process on a data folder seeded once beforehand (so
 * seeding is not measured), on a free loopback port, and polls /en/ every
 * 5 ms; the time includes loading the modules, opening and migrating the
 * store and rendering the first page. Runs of the modes are interleaved so
 * drift on this shared machine touches each alike; the median of
 * BENCH_COLD_RUNS (default 5) is reported. Results: bench/results/cold-start.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
const dataDir = path.join(root, 'bench', '.data', 'cold-start');

const modes: Record<string, string[]> = {
  compiled: ['dist/main.js'],
  'npm start (dist)': ['scripts/run.mjs', 'main'],
  tsx: ['--import', 'tsx', 'src/main.ts'],
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

/** Milliseconds from spawning `node args` to its first 200 on /en/. */
async function coldStart(args: string[]): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, HERALD_WORKERS: '1', HERALD_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', REDIS_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // Bounded: at most 6000 polls, 5 ms apart.
    for (let attempt = 0; attempt < 6000; attempt++) {
      if (child.exitCode !== null) throw new Error(`node ${args.join(' ')} exited ${child.exitCode}: ${stderr}`);
      const status = await fetch(`http://127.0.0.1:${port}/en/`).then((r) => (void r.body?.cancel(), r.status), () => 0);
      if (status === 200) {
        const elapsed = performance.now() - started;
        // scripts/run.mjs says so when it ran src/ with tsx instead of dist/: that run measured the wrong thing.
        if (stderr.includes('running src/ with tsx')) throw new Error('src/ changed during the benchmark (dist/ is no longer current); build and run it again');
        return elapsed;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`node ${args.join(' ')} did not answer 200 on /en/ within 6000 polls: ${stderr}`);
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

async function main() {
  if (!(await buildIsCurrent())) {
    console.log('Building the server into dist/ first…');
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--server'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('node scripts/build.mjs --server failed');
  }
  fs.mkdirSync(dataDir, { recursive: true });
  // The first start seeds the demo (pictures included); that is not a cold start, so it is not counted.
  await coldStart(modes.compiled as string[]);

  const times: Record<string, number[]> = Object.fromEntries(Object.keys(modes).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(modes)) times[name]?.push(await coldStart(args));

  const results: Record<string, unknown> = { runs, node: process.version, date: new Date().toISOString() };
  console.log(`\nCold start to the first 200 on /en/ (median of ${runs}, each run a new process):`);
  for (const [name, values] of Object.entries(times)) {
    const m = median(values);
    console.log(`${name.padEnd(18)} ${m.toFixed(0).padStart(6)} ms   (runs: ${values.map((v) => v.toFixed(0)).join(', ')})`);
    results[name] = { median_ms: Math.round(m), runs_ms: values.map((v) => Math.round(v)) };
  }
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'cold-start.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench/results/cold-start.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
