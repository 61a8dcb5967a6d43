/**
 * Times the public site's page building in-process (no HTTP), per stage, on
 * the benchmark dataset: `npx tsx bench/profile-pages.ts [path…]`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHeraldApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = process.env.BENCH_DATA_DIR ?? path.join(root, 'bench', '.data', `articles-${process.env.BENCH_ARTICLES ?? 100_000}`);
const app = await createHeraldApp(loadConfig({ HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', HERALD_PAGE_CACHE: 'false', HERALD_SCHEDULER_INTERVAL_MS: '0' }));
const asked = process.argv.slice(2).length ? process.argv.slice(2) : ['/en/', '/en/world/', '/en/x/a-50000'];
// An article asked for by id alone (`/en/x/a-50000`) answers with a redirect to its canonical path: time that page instead.
const paths = await Promise.all(
  asked.map(async (p) => {
    const response = await app.site.respond(p);
    return response.status === 301 && response.location ? response.location : p;
  }),
);
for (const p of paths) {
  for (let i = 0; i < 5; i++) await app.server.inject({ url: p });
  const runs = 50;
  const started = process.hrtime.bigint();
  // CPU of every thread (the zlib pool too), which a shared machine's load inflates far less than wall time.
  const cpuBefore = process.cpuUsage();
  let status = 0;
  for (let i = 0; i < runs; i++) status = (await app.server.inject({ url: p })).statusCode;
  const cpu = process.cpuUsage(cpuBefore);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;
  // The page builder alone (queries, model, render), without Fastify, delivery and inject's own work.
  const builderStarted = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) await app.site.respond(p);
  const builderMs = Number(process.hrtime.bigint() - builderStarted) / 1e6 / runs;
  console.log(
    `${p.padEnd(20)} ${status} ${wallMs.toFixed(2)} ms/page, ${((cpu.user + cpu.system) / 1000 / runs).toFixed(2)} ms CPU/page, ` +
      `${builderMs.toFixed(2)} ms/page in the page builder alone`,
  );
}
await app.close();
