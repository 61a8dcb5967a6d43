/**
 * A production install works: the repository as committed (git's tracked and
 * new files) plus the build (dist/, admin/dist/) is copied to a clean folder,
 * installed with `npm ci --omit=dev` (so no tsx, TypeScript or vite), and the
 * server is started as `npm start` does (`node scripts/run.mjs main`: the
 * bundle, dist/bundle/main.js, with a worker per core) on a fresh data
 * folder. It must seed the demo and serve the site, its stylesheet (a file
 * copied beside the compiled modules), a lazily loaded part (the OpenAPI
 * document) and the editor.
 *
 * It costs a minute or two (better-sqlite3 is compiled against Node's headers)
 * and needs the npm registry, so it runs in CI (CI=true) or when
 * HERALD_TEST_PRODUCTION_INSTALL=1; otherwise it prints a `skipped:` line.
 * The build is made first when dist/ is missing or older than src/.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const enabled = process.env.CI === 'true' || process.env.HERALD_TEST_PRODUCTION_INSTALL === '1';
if (!enabled) console.log('skipped: production install test (set CI=true or HERALD_TEST_PRODUCTION_INSTALL=1; it needs the npm registry and about a minute)');

/** The environment without what an enclosing `npm test` put there (npm_config_*, npm_lifecycle_*…). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  for (const key of ['DATABASE_URL', 'REDIS_URL', 'HERALD_WIRE_SOURCES', 'PORT', 'HOST', 'HERALD_PUBLIC_URL']) delete env[key];
  return { ...env, ...extra };
}

async function buildIsCurrent(): Promise<boolean> {
  const { sourceHash } = (await import(new URL('../../scripts/source-hash.mjs', import.meta.url).href)) as { sourceHash: (root: string) => string | null };
  try {
    const info = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'build-info.json'), 'utf8')) as { sourceHash: string };
    return info.sourceHash === sourceHash(root) && fs.existsSync(path.join(root, 'admin', 'dist', 'index.html'));
  } catch {
    return false;
  }
}

function copyTree(from: string, to: string): void {
  fs.cpSync(from, to, { recursive: true });
}

function copyRelease(target: string): number {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  const files = listed.stdout.split('\0').filter((file) => file !== '' && fs.existsSync(path.join(root, file)));
  for (const file of files) {
    const to = path.join(target, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(root, file), to);
  }
  copyTree(path.join(root, 'dist'), path.join(target, 'dist'));
  copyTree(path.join(root, 'admin', 'dist'), path.join(target, 'admin', 'dist'));
  return files.length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function waitForServing(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Herald is serving \d+ articles/.test(output)) resolve(output);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`node scripts/run.mjs main exited ${code} before serving:\n${output}`)));
  });
}

describe.skipIf(!enabled)('production install (npm ci --omit=dev, npm start)', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-production-'));
  let server: ChildProcess | undefined;

  afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('installs without dev dependencies and serves the seeded site and the editor from dist/', async () => {
    if (!(await buildIsCurrent())) {
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, encoding: 'utf8' });
      expect(built.status, `npm run build failed:\n${built.stdout}\n${built.stderr}`).toBe(0);
    }
    const release = path.join(work, 'herald');
    expect(copyRelease(release)).toBeGreaterThan(100);

    const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
      cwd: release,
      env: cleanEnv({}),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(install.status, `npm ci --omit=dev failed:\n${install.stdout}\n${install.stderr}`).toBe(0);
    // Dev dependencies really are absent: what runs below needs none of them.
    for (const dev of ['tsx', 'typescript', 'vite', 'vitest']) expect(fs.existsSync(path.join(release, 'node_modules', dev)), dev).toBe(false);

    const port = await freePort();
    expect(fs.existsSync(path.join(release, 'dist', 'bundle', 'main.js')), 'the build bundles the server').toBe(true);
    server = spawn(process.execPath, ['scripts/run.mjs', 'main'], {
      cwd: release,
      env: cleanEnv({ HERALD_DATA_DIR: path.join(work, 'data'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = await waitForServing(server);
    expect(output).toContain('Demo account: admin@herald.example');
    // The build is current: no notice that src/ or a stale dist/ ran instead.
    expect(output).not.toMatch(/^(Note|Warning): dist\//m);

    const base = `http://127.0.0.1:${port}`;
    const home = await fetch(`${base}/en/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    expect(html).toMatch(/href="\/en\/[^"]+\/a-\d+"/);
    const stylesheet = html.match(/href="(\/assets\/site\.[0-9a-f]+\.css)"/)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await fetch(`${base}${stylesheet}`);
    expect(css.status).toBe(200);
    expect((await css.text()).length).toBeGreaterThan(1000);

    const openApi = await fetch(`${base}/api/v1/openapi.json`);
    expect(openApi.status).toBe(200);
    expect(((await openApi.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/v1/search');

    const admin = await fetch(`${base}/admin`);
    expect(admin.status).toBe(200);
    expect(await admin.text()).toMatch(/<script[^>]+src="\/admin\/assets\//);
  }, 300_000);
});
