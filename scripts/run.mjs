/**
 * `npm start`, `npm run herald`, `npm run seed`: `node scripts/run.mjs ENTRY [args…]`
 * runs src/ENTRY (main, cli/herald) in this same process (so signals, exit
 * codes and a piped stdin reach it unchanged), choosing:
 *
 * - the compiled build, dist/ENTRY.js, when dist/ is current (its
 *   build-info.json fingerprint matches src/, see source-hash.mjs) or when
 *   there is no src/ to compare with; for the server, its bundle
 *   dist/bundle/main.js when the build made one (scripts/bundle-server.mjs);
 * - otherwise the TypeScript sources through tsx, when the dev dependencies
 *   are installed: a fresh clone (`npm install && npm start`) and a developer
 *   who edited src/ after building both get the code they have, without
 *   waiting for a build;
 * - a stale dist/ without tsx (an `--omit=dev` install whose src/ was edited)
 *   still runs, with a warning: a production site should start.
 *
 * Notices go to stderr, so `herald … --json` keeps a clean stdout. The
 * choice is handed to the cluster's workers (which run this script again,
 * without the entry's name) in HERALD_RUN_MODULE, so they run the same
 * entry, neither fingerprinting src/ again nor choosing differently.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceHash } from './source-hash.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// A cluster worker runs this script again with its primary's arguments, which no longer name the entry (spliced
// below): it runs what its primary chose, handed down in HERALD_RUN_MODULE (ENTRY:module), without choosing again.
const handedDown = cluster.isWorker ? /^([a-z0-9/-]+):(.+)$/.exec(process.env.HERALD_RUN_MODULE ?? '') : null;
const entry = handedDown ? handedDown[1] : process.argv[2];
if (!entry || !/^[a-z0-9/-]+$/.test(entry)) {
  console.error('Usage: node scripts/run.mjs ENTRY [args…]   (ENTRY: main, cli/herald)');
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2).
if (!handedDown) process.argv.splice(2, 1);

const bundled = path.join(root, 'dist', 'bundle', `${entry}.js`);
const compiled = fs.existsSync(bundled) ? bundled : path.join(root, 'dist', `${entry}.js`);
const source = path.join(root, 'src', `${entry}.ts`);

function buildState() {
  if (!fs.existsSync(compiled)) return 'missing';
  let info;
  try {
    info = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'build-info.json'), 'utf8'));
  } catch {
    return 'stale';
  }
  const current = sourceHash(root);
  return current === null || current === info.sourceHash ? 'current' : 'stale';
}

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return null;
  }
}

const inherited = handedDown?.[2] ?? null;
const handDown = (module) => (process.env.HERALD_RUN_MODULE = `${entry}:${module}`);
const state = inherited ? 'inherited' : buildState();
if (state === 'inherited') {
  if (inherited.endsWith('.ts')) (await loadTsx())?.register();
  await import(pathToFileURL(inherited).href);
} else if (state === 'current') {
  handDown(compiled);
  await import(pathToFileURL(compiled).href);
} else {
  const tsx = fs.existsSync(source) ? await loadTsx() : null;
  if (tsx) {
    if (state === 'stale') console.error('Note: dist/ was built from other sources than src/ has now; running src/ with tsx (`npm run build` refreshes dist/).');
    tsx.register();
    handDown(source);
    await import(pathToFileURL(source).href);
  } else if (state === 'stale') {
    console.error('Warning: dist/ was built from other sources than src/ has now, and tsx (a dev dependency) is not installed; running dist/ as built. Rebuild with `npm run build` where the dev dependencies are installed.');
    handDown(compiled);
    await import(pathToFileURL(compiled).href);
  } else {
    console.error(`Cannot start: there is no build (dist/${entry}.js) and tsx is not installed. Run \`npm install\` (with dev dependencies) and \`npm run build\`, or deploy the built dist/ with \`npm ci --omit=dev\` (docs/deploy.md).`);
    process.exit(1);
  }
}
