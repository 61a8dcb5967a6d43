/**
 * `npm start`: serves Herald on HOST:PORT from the configured store, seeding the demo on first start.
 * With HERALD_WORKERS above 1 (the number of cores by default) a primary process migrates and seeds
 * once, then forks that many workers sharing the port (node:cluster); each worker is a whole server,
 * and they hear each other's events through the event transport (docs/adr/0008-cross-process-events.md).
 */
import cluster, { type Worker } from 'node:cluster';
import { workerCount } from './config/cluster-config.js';
import { loadConfig, type HeraldConfig } from './config/config.js';
import { isHeraldError } from './domain/errors.js';
import type { Store } from './operations/ports.js';

// Only what a process needs is loaded (docs/adr/0010-cold-start.md): the cluster primary never loads the server
// (Fastify, the site, the admin API), and the demo seed (its content, sharp) loads only into an empty store.

// A worker loads the server while its primary migrates and seeds, and opens the store once told it is ready.
const WAITING_FOR_STORE = 'herald:waiting-for-store';
const STORE_READY = 'herald:store-ready';
/** The primary's answer, with the number of articles the site serves (counted meanwhile, so no worker counts as it starts). */
interface StoreReady {
  type: typeof STORE_READY;
  articles: number;
}

const isStoreReady = (message: unknown): message is StoreReady =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STORE_READY;

/** Resolves when the primary says the store is migrated (and seeded); asks, so no answer is sent before we listen. */
function storePrepared(): Promise<StoreReady> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (!isStoreReady(message)) return;
      process.off('message', onMessage);
      resolve(message);
    };
    process.on('message', onMessage);
    process.send?.(WAITING_FOR_STORE);
  });
}

/**
 * What the site serves: every edition's published articles, from the counts the store keeps. Counting the
 * whole table took 240 ms at a million articles, on the event loop just after the server began listening.
 */
async function countServedArticles(store: Store): Promise<number> {
  const now = new Date().toISOString();
  const editions = await store.listEditions();
  const counts = await Promise.all(editions.map((edition) => store.countPublished({ editionCode: edition.code, now })));
  return counts.reduce((sum, count) => sum + count, 0);
}

/** One server process: the whole of Herald, as a single process or as one cluster worker. */
async function serve(config: HeraldConfig, workerId: number | null): Promise<void> {
  const prepared = workerId === null ? null : storePrepared();
  const [{ createHeraldApp }, { shutDownGracefully }] = await Promise.all([import('./app.js'), import('./http/graceful-shutdown.js')]);
  const ready = await prepared;
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
    const articles = ready?.articles ?? (await countServedArticles(app.store));
    console.log(`Herald is serving ${articles} articles from ${app.store.kind === 'sqlite' ? config.dataDir : 'PostgreSQL'}`);
    console.log(`Open ${config.publicUrl === address ? address : config.publicUrl}/ in your browser.`);
  }
}

/** Migrations and, into an empty store, the demo seed: once, in the primary. Answers how many articles the site serves. */
async function prepareStore(config: HeraldConfig): Promise<number> {
  const { createCore } = await import('./core.js');
  const core = await createCore(config);
  try {
    if (config.seedDemo && (await core.store.listEditions()).length === 0) {
      const [{ seedFullDemo }, { seedDemoAccounts }] = await Promise.all([import('./seed/seed-full-demo.js'), import('./auth/demo-accounts.js')]);
      await seedFullDemo(core.operations, core.media);
      await seedDemoAccounts(core.store, config.logLevel === 'silent' ? () => {} : console.log, { authors: await core.store.listAuthors() });
      console.log('Seeded the demo newsroom into an empty store.');
    }
    return await countServedArticles(core.store);
  } finally {
    await core.close();
  }
}

/** The cluster primary: starts the workers, prepares the store once, then lets them open it; it serves nothing itself. */
async function runPrimary(config: HeraldConfig, count: number): Promise<void> {
  let storeReady: StoreReady | null = null;
  const waiting = new Set<Worker>();
  let stopping = false;
  let exitCode = 0;
  const listening = new Set<Worker>();
  // Our own count: cluster.workers drops a worker only once its IPC channel has closed too.
  const alive = new Set<Worker>();
  const fork = () => {
    const worker = cluster.fork();
    alive.add(worker);
    const workerId = worker.id;
    worker.on('message', (message: unknown) => {
      if (message !== WAITING_FOR_STORE) return;
      if (storeReady) worker.send(storeReady);
      else waiting.add(worker);
    });
    worker.on('listening', () => {
      listening.add(worker);
      forkTheOthers();
    });
    worker.on('exit', (code, signal) => {
      const started = listening.delete(worker);
      alive.delete(worker);
      waiting.delete(worker);
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
  // The first worker starts alone (beside the primary preparing the store), so it answers sooner; the others follow
  // once it listens: they would otherwise share the cores with it while each loads the server.
  let toFork = count;
  const forkTheOthers = () => {
    for (; toFork > 0 && !stopping; toFork--) fork();
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
  toFork--;
  fork();
  // A failure here ends the primary (main() below); its workers, still waiting, end with it.
  storeReady = { type: STORE_READY, articles: await prepareStore(config) };
  for (const worker of waiting) worker.send(storeReady);
  waiting.clear();
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
