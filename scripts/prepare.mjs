/**
 * `prepare` (run by `npm install` and `npm ci`): builds the editor into
 * admin/dist when the dev dependencies that build it are installed. A
 * production install (`npm ci --omit=dev`) has no vite; it is expected to
 * bring admin/dist with it (built where the dev dependencies are, see
 * docs/deploy.md), so this step is skipped instead of failing the install.
 * The server is not compiled here: `npm start` runs src/ with tsx until
 * `npm run build` has made a current dist/ (scripts/run.mjs).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = path.join(root, 'node_modules', 'vite', 'package.json');
const adminIndex = path.join(root, 'admin', 'dist', 'index.html');

if (!fs.existsSync(vite)) {
  console.log(
    fs.existsSync(adminIndex)
      ? 'prepare: vite is not installed (production install); serving the editor already built in admin/dist.'
      : 'prepare: vite is not installed (production install) and admin/dist is missing: /admin will answer 503 until the editor is built (`npm run build` with dev dependencies).',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--admin'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
