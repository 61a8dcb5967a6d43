/** `npm start`: serves Herald on HOST:PORT from the configured store, seeding the demo on first start. */
import { createHeraldApp } from './app.js';
import { loadConfig } from './config/config.js';
import { isHeraldError } from './domain/errors.js';
import { shutDownGracefully } from './http/graceful-shutdown.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createHeraldApp(config);
  if (app.seeded) app.server.log.info('Seeded the demo newsroom into an empty store.');
  const address = await app.server.listen({ port: config.port, host: config.host });
  const articles = await app.store.countArticles();
  console.log(`Herald is serving ${articles} articles from ${app.store.kind === 'sqlite' ? config.dataDir : 'PostgreSQL'}`);
  console.log(`Open ${config.publicUrl === address ? address : config.publicUrl}/ in your browser.`);
  const flushLog = () => (app.server.log as { flush?: () => void }).flush?.();
  const stop = async (signal: string) => {
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
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(isHeraldError(error) ? `Herald could not start: ${error.message}` : error);
  process.exit(1);
});
