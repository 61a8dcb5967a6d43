/**
 * One copy of Herald's own page building, in-process and with nothing shared:
 * `tsx bench/page-builder-load.ts DATA_DIR PATHS_FILE WARM_PAGES SECONDS`
 * builds the listed pages (page cache off) one after another: WARM_PAGES
 * untimed (the JIT's optimising tier), then prints `READY` and waits for a
 * line on stdin, so copies started together measure the same window; then
 * for SECONDS, and prints `PAGES <count> <seconds>`. bench/all-cores.ts
 * runs one copy alone and one per core at once: what this machine gives
 * several processes doing Herald's work, the ceiling for the cluster's ratio.
 */
import fs from 'node:fs';
import { createHeraldApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';

const [dataDir, pathsFile, warmPagesArg, secondsArg] = process.argv.slice(2);
if (!dataDir || !pathsFile || !warmPagesArg || !secondsArg) {
  console.error('Usage: tsx bench/page-builder-load.ts DATA_DIR PATHS_FILE WARM_PAGES SECONDS');
  process.exit(2);
}
const paths = JSON.parse(fs.readFileSync(pathsFile, 'utf8')) as string[];
const app = await createHeraldApp(loadConfig({ HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', HERALD_PAGE_CACHE: 'false', HERALD_SCHEDULER_INTERVAL_MS: '0' }));
let i = 0;
const buildNext = async () => {
  const response = await app.site.respond(paths[i++ % paths.length] as string);
  if (response.status !== 200) throw new Error(`${paths[(i - 1) % paths.length]} answered ${response.status}`);
};
// The same amount of warming in every copy, however fast it ran; then wait for the others.
for (let warmed = 0; warmed < Number(warmPagesArg); warmed++) await buildNext();
process.stdout.write('READY\n');
// A line, or the end of stdin (the bench went away): either way, measure and exit.
await new Promise((resolve) => {
  process.stdin.once('data', resolve);
  process.stdin.once('end', resolve);
});
process.stdin.pause();
const started = process.hrtime.bigint();
const until = Date.now() + Number(secondsArg) * 1000;
let pages = 0;
while (Date.now() < until) {
  await buildNext();
  pages++;
}
console.log(`PAGES ${pages} ${Number(process.hrtime.bigint() - started) / 1e9}`);
await app.close();
