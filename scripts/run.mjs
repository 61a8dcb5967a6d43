/**
 * `npm start`, `npm run herald`, `npm run seed`: `node scripts/run.mjs ENTRY [args…]`
 * runs src/ENTRY (main, cli/herald) in this same process (so signals, exit
 * codes and a piped stdin reach it unchanged), choosing:
 *
 * - the compiled build, dist/ENTRY.js, when dist/ is current (its
 *   build-info.json fingerprint matches src/, see source-hash.mjs) or when
 *   there is no src/ to compare with;
 * - otherwise the TypeScript sources through tsx, when the dev dependencies
 *   are installed: a fresh clone (`npm install && npm start`) and a developer
 *   who edited src/ after building both get the code they have, without
 *   waiting for a build;
 * - a stale dist/ without tsx (an `--omit=dev` install whose src/ was edited)
 *   still runs, with a warning: a production site should start.
 *
 * Notices go to stderr, so `herald … --json` keeps a clean stdout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sourceHash } from './source-hash.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2];
if (!entry || !/^[a-z0-9/-]+$/.test(entry)) {
  console.error('Usage: node scripts/run.mjs ENTRY [args…]   (ENTRY: main, cli/herald)');
  process.exit(2);
}
// The entry reads its own arguments from process.argv.slice(2).
process.argv.splice(2, 1);

const compiled = path.join(root, 'dist', `${entry}.js`);
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

const state = buildState();
if (state === 'current') {
  await import(pathToFileURL(compiled).href);
} else {
  const tsx = fs.existsSync(source) ? await loadTsx() : null;
  if (tsx) {
    if (state === 'stale') console.error('Note: dist/ was built from other sources than src/ has now; running src/ with tsx (`npm run build` refreshes dist/).');
    tsx.register();
    await import(pathToFileURL(source).href);
  } else if (state === 'stale') {
    console.error('Warning: dist/ was built from other sources than src/ has now, and tsx (a dev dependency) is not installed; running dist/ as built. Rebuild with `npm run build` where the dev dependencies are installed.');
    await import(pathToFileURL(compiled).href);
  } else {
    console.error(`Cannot start: there is no build (dist/${entry}.js) and tsx is not installed. Run \`npm install\` (with dev dependencies) and \`npm run build\`, or deploy the built dist/ with \`npm ci --omit=dev\` (docs/deploy.md).`);
    process.exit(1);
  }
}
