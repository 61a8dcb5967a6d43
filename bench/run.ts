/**
 * `npm run bench [-- --articles N] [-- --quick] [-- --data-dir DIR]`: seeds (or
 * reuses) a dataset, starts Herald and a bare node:http ceiling server in their
 * own processes (pinned to core 0), loads each over loopback with wrk or
 * autocannon (bench/load-tools.ts; pinned to the other core) and writes
 * bench/results/latest.json. Every Herald figure is also given as a ratio of
 * the ceiling measured in the same run: this machine is shared and noisy.
 *
 * Scenarios: the ceiling; the ceiling sending Herald's article headers too
 * (`ceiling_same_headers`); an article from the page cache; and, on a second
 * Herald with the page cache off (the full path: queries, models, render), an
 * article, the edition home, a section page, a topic page, the edition's RSS
 * feed and a search; then a 304 revalidation (If-None-Match) on the cached
 * server; then all cores: the article, cached and uncached, on a cluster with a
 * worker per core as `npm start` runs by default, and what this machine gives
 * one process per core building pages with nothing shared between them
 * (bench/all-cores.ts). Herald's event-loop delay (bench/event-loop-probe.mjs) is read
 * after each scenario and while idle (the scheduler's timers), its RSS after
 * the run, and the cold start is the uncached server's spawn to first 200.
 *
 * Without --quick, the search (bench/search.ts) and cold-start
 * (bench/cold-start.ts) benchmarks follow on the same dataset.
 * Environment: BENCH_SECONDS (default 10, --quick 3), BENCH_CONNECTIONS (default 50).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuSeconds, measureMachineParallelism, treeCpuSeconds } from './all-cores.js';
import { loadTool, runLoad, serverPin, type LoadResult } from './load-tools.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const articlesWanted = Number(flag('--articles') ?? process.env.BENCH_ARTICLES ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? (quick ? 3 : 10));
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dataDir = path.resolve(flag('--data-dir') ?? path.join(root, 'bench', '.data', `articles-${articlesWanted}`));
const loopFile = path.join(os.tmpdir(), `herald-bench-loop-${process.pid}.json`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

function startProcess(
  args: string[], env: NodeJS.ProcessEnv, ready: RegExp, options: { pinned: boolean } = { pinned: true },
): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const [command, ...rest] = options.pinned ? serverPin([process.execPath, ...args]) : [process.execPath, ...args];
    const child = spawn(command as string, rest, { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(ready);
      if (match) resolve({ child, match });
    });
    child.on('exit', (code) => reject(new Error(`process exited ${code} before it was ready: ${output}`)));
  });
}

/** The event-loop delay since the last call (bench/event-loop-probe.mjs answers SIGUSR2). */
interface ProbeReading {
  p50: number;
  p99: number;
  max: number;
  /** The server's own request times since the last reading ('request' to 'finish', ms), when it served any. */
  serverP50?: number;
  serverP99?: number;
  serverMax?: number;
}

async function loopDelay(child: ChildProcess): Promise<ProbeReading> {
  fs.rmSync(loopFile, { force: true });
  child.kill('SIGUSR2');
  for (let i = 0; i < 1000; i++) {
    if (fs.existsSync(loopFile)) return JSON.parse(fs.readFileSync(loopFile, 'utf8')) as ProbeReading;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('Herald did not report its event-loop delay');
}

/**
 * The server's CPU time per request during a load run: unlike req/s it hardly
 * moves when other work on this shared machine takes the server's core, so
 * `cpu_ratio` (the ceiling's CPU per request over Herald's) is the steadier
 * figure of how close a path is to the bare server.
 */
async function loadWithCpu(
  pid: number, run: () => Promise<LoadResult>, warmUp?: () => Promise<LoadResult>, cpu: (pid: number) => number = cpuSeconds,
): Promise<LoadResult & { cpuUs: number; generatorCpuUs: number }> {
  // Untimed first: the JIT, lazily loaded modules and the work a server defers until after it listens.
  if (warmUp) await warmUp();
  const before = cpu(pid);
  const generatorBefore = endedChildrenCpuSeconds();
  const result = await run();
  const perRequest = (seconds: number) => (seconds * 1e6) / Math.max(1, result.requests);
  return { ...result, cpuUs: perRequest(cpu(pid) - before), generatorCpuUs: perRequest(endedChildrenCpuSeconds() - generatorBefore) };
}

/** The CPU of this process's children that have ended (/proc/self/stat cutime + cstime): the load generator's, once a run is over. */
const endedChildrenCpuSeconds = () => {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
};

const rssMb = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
};

async function main() {
  if (!fs.existsSync(path.join(dataDir, 'herald.db'))) {
    console.log(`Seeding ${articlesWanted} generated articles into ${dataDir} (kept for later runs)…`);
    await run(process.execPath, ['--import', 'tsx', 'src/cli/herald.ts', 'seed', '--articles', String(articlesWanted)], { ...process.env, HERALD_DATA_DIR: dataDir });
  }
  const baseEnv = {
    ...process.env, HERALD_WORKERS: process.env.HERALD_WORKERS ?? '1', HERALD_DATA_DIR: dataDir, HOST: '127.0.0.1', LOG_LEVEL: 'warn', HERALD_PUBLIC_URL: 'http://bench.example',
    HERALD_BENCH_LOOP_FILE: loopFile,
  };
  // What `npm start` runs (scripts/run.mjs): the build when it is current (the bundle), else src/ through tsx.
  const heraldArgs = ['--import', './bench/event-loop-probe.mjs', 'scripts/run.mjs', 'main'];
  const { sourceHash } = (await import(new URL('../scripts/source-hash.mjs', import.meta.url).href)) as { sourceHash: (root: string) => string | null };
  const buildInfo = path.join(root, 'dist', 'build-info.json');
  const built = fs.existsSync(buildInfo) && (JSON.parse(fs.readFileSync(buildInfo, 'utf8')) as { sourceHash: string }).sourceHash === sourceHash(root);
  const serverRuns = built
    ? fs.existsSync(path.join(root, 'dist', 'bundle', 'main.js')) ? 'dist/bundle/main.js (bundled build)' : 'dist/main.js (compiled)'
    : 'src/main.ts through tsx (no current build: `npm run build` first to measure the production start)';
  console.log(`Herald runs as npm start does: ${serverRuns}`);
  const ready = /serving (\d+) articles[\s\S]*Open (http:\/\/[^\s]+)\//;
  const startHerald = (port: number, cache: boolean) =>
    startProcess(heraldArgs, { ...baseEnv, PORT: String(port), HERALD_PAGE_CACHE: cache ? 'true' : 'false' }, ready);
  // `npm start` as shipped: HERALD_WORKERS unset (a worker per core the process may use), on every core.
  const { HERALD_WORKERS: _oneProcess, ...clusterEnv } = baseEnv;
  const startCluster = (port: number, cache: boolean) =>
    startProcess(heraldArgs, { ...clusterEnv, PORT: String(port), HERALD_PAGE_CACHE: cache ? 'true' : 'false' }, ready, { pinned: false });

  const results: Record<string, number | string> = { server: serverRuns };
  const record = (name: string, r: LoadResult & { cpuUs?: number; generatorCpuUs?: number }, loop?: ProbeReading) => {
    results[`${name}_rps`] = Math.round(r.rps);
    if (r.cpuUs !== undefined) results[`${name}_cpu_us_per_request`] = Number(r.cpuUs.toFixed(1));
    // The load generator's share of the same cores: what limits "all cores" when it runs on the same machine.
    if (r.generatorCpuUs !== undefined) results[`${name}_generator_cpu_us_per_request`] = Number(r.generatorCpuUs.toFixed(1));
    results[`${name}_p50_ms`] = Number(r.p50.toFixed(2));
    results[`${name}_p99_ms`] = Number(r.p99.toFixed(2));
    if (loop) results[`${name}_loop_delay_p99_ms`] = loop.p99;
    // The client's p99 includes waiting to be accepted and read, which the server's own figure leaves out.
    if (loop?.serverP99 !== undefined) results[`${name}_server_p99_ms`] = loop.serverP99;
    console.log(
      `${name.padEnd(18)} ${r.rps.toFixed(0).padStart(8)} req/s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms` +
        `${r.cpuUs !== undefined ? `   cpu ${r.cpuUs.toFixed(0).padStart(5)} µs/req` : ''}` +
        `${r.generatorCpuUs !== undefined ? ` (+${r.generatorCpuUs.toFixed(0)} generator)` : ''}` +
        `${loop ? `   loop p99 ${loop.p99} ms (max ${loop.max})` : ''}` +
        `${loop?.serverP99 !== undefined ? `   in-server p99 ${loop.serverP99} ms` : ''}${r.failed ? `   FAILED ${r.failed}` : ''}`,
    );
    if (r.failed > 0) results[`${name}_failed`] = r.failed;
  };

  const coldStarted = Date.now();
  const uncached = await startHerald(3903, false);
  const uncachedUrl = 'http://127.0.0.1:3903';
  const firstHome = await fetch(`${uncachedUrl}/en/`);
  results.cold_start_ms = Date.now() - coldStarted;
  const home = await firstHome.text();
  const total = Number(uncached.match[1]);

  // Paths: the home page's articles, a spread of ids across the whole dataset, sections, topics.
  const articlePaths = [...new Set([...home.matchAll(/href="(\/en\/[^"]+\/a-\d+)"/g)].map((m) => m[1] as string))];
  for (let i = 0; i < (quick ? 100 : 400); i++) {
    const id = 1 + Math.floor((i * 2654435761) % total);
    const response = await fetch(`${uncachedUrl}/en/x/a-${id}`, { redirect: 'manual' });
    const location = response.headers.get('location');
    if (response.status === 301 && location) articlePaths.push(location);
  }
  const sectionPaths = [...new Set([...home.matchAll(/href="(\/en\/[a-z0-9-]+(?:\/[a-z0-9-]+)?\/)"/g)].map((m) => m[1] as string))].filter(
    (p) => !p.includes('/topic/') && !p.includes('/author/'),
  );
  const topicPaths = [...new Set([...home.matchAll(/href="(\/en\/topic\/[^"/]+\/)"/g)].map((m) => m[1] as string))];
  const words = ['government', 'climate', 'market', 'election', 'energy', 'museum'];
  const searchPaths = words.map((w) => `/en/search?q=${w}`);
  const sampleResponse = await fetch(uncachedUrl + (articlePaths[0] as string));
  const sample = await sampleResponse.text();
  // The same header lines as Herald's article (a cached hit says HIT; lengths match), for the second ceiling.
  const articleHeaders: Record<string, string> = {};
  sampleResponse.headers.forEach((value, name) => {
    if (!['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'content-type'].includes(name))
      articleHeaders[name] = name === 'x-cache' ? 'HIT' : value;
  });
  const pageBytes = Buffer.byteLength(sample);

  console.log(
    `\nDataset: ${total} articles; article page ${pageBytes} bytes; ${articlePaths.length} articles, ${sectionPaths.length} sections, ` +
      `${topicPaths.length} topics; ${connections} connections, ${seconds} s each; load generator: ${loadTool}` +
      `${quick ? ' (quick)' : ''}; cold start ${results.cold_start_ms} ms\n`,
  );
  const ceiling = await startProcess(['--import', 'tsx', 'bench/ceiling-server.ts', String(pageBytes), '3902'], process.env, /listening (\d+)/);
  let cached: Awaited<ReturnType<typeof startHerald>> | undefined;
  try {
    const job = (url: string, paths: string[], headers?: Record<string, string>) => ({ url, paths, connections, seconds, ...(headers ? { headers } : {}) });
    const warm = (url: string, paths: string[], headers?: Record<string, string>) => () =>
      runLoad({ ...job(url, paths, headers), seconds: quick ? 1 : 2 });
    const c = await loadWithCpu(ceiling.child.pid as number, () => runLoad(job('http://127.0.0.1:3902', ['/'])), warm('http://127.0.0.1:3902', ['/']));
    record('ceiling', c);
    ceiling.child.kill();
    // The same bytes, headers included: what a hit could cost with nothing of Herald's own work left in it.
    const sameHeaders = await startProcess(
      ['--import', 'tsx', 'bench/ceiling-server.ts', String(pageBytes), '3904', JSON.stringify(articleHeaders)], process.env, /listening (\d+)/,
    );
    const ch = await loadWithCpu(sameHeaders.child.pid as number, () => runLoad(job('http://127.0.0.1:3904', ['/'])), warm('http://127.0.0.1:3904', ['/']));
    record('ceiling_same_headers', ch);
    sameHeaders.child.kill();

    await loopDelay(uncached.child);
    await new Promise((resolve) => setTimeout(resolve, quick ? 2000 : 5000));
    const idle = await loopDelay(uncached.child);
    results.idle_loop_delay_p99_ms = idle.p99;
    results.idle_loop_delay_max_ms = idle.max;
    console.log(`idle (timers only)  loop p99 ${idle.p99} ms (max ${idle.max})`);

    const scenarios: [string, string[]][] = [
      ['article_uncached', articlePaths],
      ['home', ['/en/', '/de/', '/ar/']],
      ['section', sectionPaths],
      ['topic', topicPaths],
      ['feed', ['/en/rss.xml', '/de/rss.xml', '/ar/rss.xml']],
      ['search', searchPaths],
    ];
    // A server runs for hours: its hot paths are compiled by V8's optimising tier, which a few hundred requests
    // do not reach (the uncached article cost 1.6 ms CPU a page after a 1-s warm-up, about 0.8 ms after 10 s).
    // The cold start is measured on its own above; the scenarios measure the warm server.
    await runLoad({ ...job(uncachedUrl, scenarios.flatMap(([, paths]) => paths.slice(0, 100))), seconds: quick ? 5 : 10 });
    let worstLoop = idle.p99;
    for (const [name, paths] of scenarios) {
      if (paths.length === 0) throw new Error(`${name}: no paths found on the home page`);
      // --quick: the mixed warm-up above went over these paths already, and the run keeps to a minute.
      if (!quick) await warm(uncachedUrl, paths)();
      await loopDelay(uncached.child);
      const r = await loadWithCpu(uncached.child.pid as number, () => runLoad(job(uncachedUrl, paths)));
      const loop = await loopDelay(uncached.child);
      worstLoop = Math.max(worstLoop, loop.p99);
      record(name, r, loop);
    }
    results.rss_mb_uncached = rssMb(uncached.child.pid as number);
    uncached.child.kill();

    cached = await startHerald(3901, true);
    const cachedUrl = 'http://127.0.0.1:3901';
    for (const p of articlePaths) await fetch(cachedUrl + p);
    await warm(cachedUrl, articlePaths)();
    await loopDelay(cached.child);
    const a = await loadWithCpu(cached.child.pid as number, () => runLoad(job(cachedUrl, articlePaths)));
    const aLoop = await loopDelay(cached.child);
    worstLoop = Math.max(worstLoop, aLoop.p99);
    record('article_cached', a, aLoop);

    const first = await fetch(cachedUrl + (articlePaths[0] as string));
    const etag = first.headers.get('etag');
    const probe = await fetch(cachedUrl + (articlePaths[0] as string), { headers: etag ? { 'if-none-match': etag } : {} });
    results.revalidate_status = probe.status;
    console.log(`revalidation: ETag ${etag ?? '(none)'} → status ${probe.status}`);
    const rv = await loadWithCpu(cached.child.pid as number, () => runLoad(job(cachedUrl, [articlePaths[0] as string], etag ? { 'If-None-Match': etag } : {})));
    record('revalidate', rv);
    results.rss_mb = rssMb(cached.child.pid as number);
    results.event_loop_delay_p99_ms = worstLoop;
    cached.child.kill();

    // All cores: the same article loads on a cluster, unpinned; the load generator stays pinned to the last core, so
    // the workers share the cores with it (on 2 cores there is no other place for it), and its CPU is recorded too.
    console.log(`\nAll cores: npm start's default cluster, unpinned (the load generator, pinned to the last core, shares the cores with it)`);
    const cachedCluster = await startCluster(3905, true);
    try {
      const url = 'http://127.0.0.1:3905';
      for (const p of articlePaths) await fetch(url + p);
      await runLoad({ ...job(url, articlePaths), seconds: quick ? 1 : 2 });
      record('all_cores_article_cached', await loadWithCpu(cachedCluster.child.pid as number, () => runLoad(job(url, articlePaths)), undefined, treeCpuSeconds));
    } finally {
      cachedCluster.child.kill();
    }
    // Without --quick (which keeps to a minute): the uncached scenarios as `npm start` serves them, render-bound with
    // the generator nearly idle, after the same mixed warm-up the single process had.
    if (!quick) {
      const uncachedCluster = await startCluster(3906, false);
      try {
        const url = 'http://127.0.0.1:3906';
        const clusterScenarios = scenarios.filter(([name]) => ['article_uncached', 'home', 'section', 'topic'].includes(name));
        await runLoad({ ...job(url, clusterScenarios.flatMap(([, paths]) => paths.slice(0, 100))), seconds: 10 });
        for (const [name, paths] of clusterScenarios) {
          await warm(url, paths)();
          record(`all_cores_${name === 'article_uncached' ? 'article_uncached' : `${name}_uncached`}`, await loadWithCpu(
            uncachedCluster.child.pid as number, () => runLoad(job(url, paths)), undefined, treeCpuSeconds,
          ));
        }
      } finally {
        uncachedCluster.child.kill();
      }
    }
    // The target (1.6 × one process) in cores, at the CPU the cluster and the generator each spent a request.
    const clusterCpuUs = (results.all_cores_article_cached_cpu_us_per_request as number) + (results.all_cores_article_cached_generator_cpu_us_per_request as number);
    results.all_cores_target_cores_needed = Number(((1.6 * (results.article_cached_rps as number) * clusterCpuUs) / 1e6).toFixed(2));
    console.log(
      `1.6 × one process's ${results.article_cached_rps} req/s at ${clusterCpuUs.toFixed(0)} µs of CPU a request (cluster and generator) ` +
        `needs ${results.all_cores_target_cores_needed} cores; this machine has ${os.cpus().length}`,
    );
    // The most "all cores" can show while the generator shares the cores: one process has a core to itself (1/s
    // requests a second), the cluster shares every core with the generator (at most cores/(s + g)), so the ratio is
    // at most cores·s/(s + g), which reaches 1.6 on two cores only when the server costs four times the generator.
    const serverUs = results.article_cached_cpu_us_per_request as number;
    const generatorUs = results.article_cached_generator_cpu_us_per_request as number;
    results.all_cores_ratio_bound = Number(((os.cpus().length * serverUs) / (serverUs + generatorUs)).toFixed(3));
    console.log(
      `all cores can show at most ${results.all_cores_ratio_bound} × here: ${os.cpus().length} cores × ${serverUs} µs (one process) / ` +
        `(${serverUs} + ${generatorUs} µs of the generator) a request`,
    );
    // What this machine gives one process per core doing Herald's own page building with nothing shared: the
    // ceiling for the ratios above (bench/all-cores.ts). Not in --quick, which keeps to a minute.
    if (!quick) {
      const machine = await measureMachineParallelism(dataDir, articlePaths.slice(0, 200), 5, 5000);
      console.log(
        `machine: one page builder ${machine.single.toFixed(0)} pages/s alone, ${machine.copies} at once ${machine.together.toFixed(0)} pages/s ` +
          `= ${machine.ratio.toFixed(2)} ×`,
      );
      results.machine_parallel_ratio = Number(machine.ratio.toFixed(3));
      results.machine_parallel_copies = machine.copies;
    }

    const ratio = (key: string) => Number(((results[`${key}_rps`] as number) / c.rps).toFixed(3));
    const cpuRatio = (key: string) => Number((c.cpuUs / (results[`${key}_cpu_us_per_request`] as number)).toFixed(3));
    Object.assign(results, {
      article_cached_cpu_ratio: cpuRatio('article_cached'),
      article_cached_ratio_same_headers: Number(((results.article_cached_rps as number) / ch.rps).toFixed(3)),
      article_uncached_cpu_ratio: cpuRatio('article_uncached'),
      article_cached_ratio: ratio('article_cached'),
      article_uncached_ratio: ratio('article_uncached'),
      all_cores_ratio: Number(((results.all_cores_article_cached_rps as number) / (results.article_cached_rps as number)).toFixed(3)),
      ...(results.all_cores_article_uncached_rps !== undefined
        ? { all_cores_uncached_ratio: Number(((results.all_cores_article_uncached_rps as number) / (results.article_uncached_rps as number)).toFixed(3)) }
        : {}),
      dataset_articles: total,
      page_bytes: pageBytes,
      connections,
      seconds_per_scenario: seconds,
      load_tool: loadTool,
      cpu_model: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      load_average_1m: Number(os.loadavg()[0]?.toFixed(2)),
      at: new Date().toISOString(),
    });
  } finally {
    ceiling.child.kill();
    uncached.child.kill();
    cached?.child.kill();
    fs.rmSync(loopFile, { force: true });
  }
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\n', results, '\nWrote bench/results/latest.json');
  if (quick) return;
  console.log('\nSearch (in-process, same dataset):');
  await run('npx', ['tsx', 'bench/search.ts'], { ...process.env, BENCH_SEARCH_DATA_DIR: dataDir });
  console.log('\nCold start (npm start: bundled build, 1 process and cluster; unbundled dist/; tsx):');
  await run('npx', ['tsx', 'bench/cold-start.ts', '--data-dir', dataDir], process.env);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
