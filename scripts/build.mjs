/**
 * `npm run build`: the production build (needs the dev dependencies).
 *
 * 1. The server: src/ compiled by tsc (tsconfig.build.json) into dist/, which
 *    is emptied first so a deleted source leaves no stale module behind.
 * 2. Every non-TypeScript file under src/ (site.css, publisher-logo.svg…) is
 *    copied to the same place under dist/: modules read them at run time
 *    through `new URL('./site.css', import.meta.url)`.
 * 3. dist/build-info.json records the sources' fingerprint, so `npm start`
 *    (scripts/run.mjs) can tell whether dist/ is current.
 * 4. The server entry bundled into dist/bundle/ (scripts/bundle-server.mjs),
 *    what `npm start` runs: it starts several times faster than dist/main.js.
 * 5. The editor (admin/) with vite into admin/dist.
 *
 * `--server` or `--admin` builds only that half.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleServer } from './bundle-server.mjs';
import { sourceHash } from './source-hash.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(`--${part}`);

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  console.log(`build: ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function copyAssets(from, to) {
  let copied = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copied += copyAssets(source, target);
    else if (entry.isFile() && !/\.(tsx?|md)$/.test(entry.name)) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
      copied += 1;
    }
  }
  return copied;
}

const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

if (want('server')) {
  const dist = path.join(root, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  run('server (tsc → dist/)', bin('typescript', 'bin/tsc'), ['-p', 'tsconfig.build.json']);
  const copied = copyAssets(path.join(root, 'src'), dist);
  fs.writeFileSync(
    path.join(dist, 'build-info.json'),
    `${JSON.stringify({ sourceHash: sourceHash(root), builtAt: new Date().toISOString(), node: process.version }, null, 2)}\n`,
  );
  console.log(`build: copied ${copied} asset files beside the compiled modules`);
  await bundleServer(dist);
}
if (want('admin')) run('editor (vite → admin/dist/)', bin('vite', 'bin/vite.js'), ['build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn']);
