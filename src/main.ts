/**
 * `npm start`: serves Herald on HOST:PORT from the configured store, seeding the demo on first start.
 * With HERALD_WORKERS above 1 (the number of cores by default) a primary process migrates and seeds
 * once, then forks that many workers sharing the port (node:cluster); each worker is a whole server,
 * and they hear each other's events through the event transport (docs/adr/0008-cross-process-events.md).
 */
import { seedFullDemo } from './seed/seed-full-demo.js';
import cluster, { type Worker } from 'node:cluster';
import { createHeraldApp } from './app.js';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { workerCount } from './config/cluster-config.js';
import { loadConfig, type HeraldConfig } from './config/config.js';
import { createCore } from './core.js';
import { isHeraldError } from './domain/errors.js';
import { shutDownGracefully } from './http/graceful-shutdown.js';

/** One server process: the whole of Herald, as a single process or as one cluster worker. */
async function serve(config: HeraldConfig, workerId: number | null): Promise<void> {
  const app = await createHeraldApp(config);
  if (app.seeded) app.server.log.info('Seeded the demo newsroom into an empty store.');
  // Which worker answered: lets an operator (and test/app/cluster.test.ts) tell them apart.
  if (workerId !== null) app.server.server.prependListener('request', (_request, response) => response.setHeader('x-herald-worker', String(workerId)));
  const flushLog = () => (app.server.log as { flush?: () => void }).flush?.();
  let stopping = false;
  const stop = async (signal: string) => {
    // A terminal's Ctrl-C reaches the workers and the primary, which passes it on: act on the first only.
    if (stopping) return;
    stopping = true;
    app.server.log.info({ timeoutMs: config.operations.shutdownTimeoutMs }, `${signal} received: draining, finishing requests in flight`);
    try {
      const { forced, durationMs } = await shutDownGracefully(app, config.operations.shutdownTimeoutMs);
      app.server.log.info({ forced, durationMs }, 'shut down');
      // pino writes synchronously to stdout by default; flush covers an asynchronous destination.
      flushLog();
      process.exit(forced ? 1 : 0);
    } catch (error) {
      app.server.log.error({ err: error }, 'shutdown failed');
      flushLog();
      process.exit(1);
    }
  };
  // Before listening: a signal that comes while the server starts (a cluster stopped right after its start) is a clean stop too.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const address = await app.server.listen({ port: config.port, host: config.host });
  if (workerId === null || workerId === 1) {
    const articles = await app.store.countArticles();
    console.log(`Herald is serving ${articles} articles from ${app.store.kind === 'sqlite' ? config.dataDir : 'PostgreSQL'}`);
    console.log(`Open ${config.publicUrl === address ? address : config.publicUrl}/ in your browser.`);
  }
}

/** The cluster primary: migrations and the demo seed once, then the workers; it serves nothing itself. */
async function runPrimary(config: HeraldConfig, count: number): Promise<void> {
  const core = await createCore(config);
  try {
    if (config.seedDemo && (await core.store.listEditions()).length === 0) {
      await seedFullDemo(core.operations, core.media);
      await seedDemoAccounts(core.store, config.logLevel === 'silent' ? () => {} : console.log, { authors: await core.store.listAuthors() });
      console.log('Seeded the demo newsroom into an empty store.');
    }
  } finally {
    await core.close();
  }

  let stopping = false;
  let exitCode = 0;
  const listening = new Set<Worker>();
  // Our own count: cluster.workers drops a worker only once its IPC channel has closed too.
  const alive = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    alive.add(worker);
    const workerId = worker.id;
    worker.on('listening', () => listening.add(worker));
    worker.on('exit', (code, signal) => {
      const started = listening.delete(worker);
      alive.delete(worker);
      if (stopping) {
        // A worker stopped by our signal before it could handle it had nothing in flight.
        if (code !== 0 && !(signal && !started)) exitCode = 1;
        if (alive.size === 0) process.exit(exitCode);
        return;
      }
      if (!started) {
        // It never served: the next one would fail the same way (a taken port, a bad configuration).
        console.error(`Herald could not start: worker ${workerId} exited (${signal ?? code}) before listening.`);
        stopAll('SIGTERM', 1);
        return;
      }
      console.error(`herald: worker ${workerId} exited (${signal ?? code}); starting another.`);
      fork();
    });
  };
  const stopAll = (signal: NodeJS.Signals, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (alive.size === 0) process.exit(exitCode);
    for (const worker of alive) worker.process.kill(signal);
    // Workers end within their own shutdown deadline; one that hangs past it is killed.
    setTimeout(() => {
      for (const worker of alive) worker.process.kill('SIGKILL');
    }, config.operations.shutdownTimeoutMs + 5000).unref();
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  for (let started = 0; started < count; started++) fork();
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Worker ids count from 1; a replacement for a worker that died gets the next one.
  if (cluster.isWorker) return serve(config, cluster.worker?.id ?? 0);
  const count = workerCount();
  return count > 1 ? runPrimary(config, count) : serve(config, null);
}

main().catch((error: unknown) => {
  console.error(isHeraldError(error) ? `Herald could not start: ${error.message}` : error);
  process.exit(1);
});
