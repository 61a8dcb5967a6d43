/**
 * `npm start` / `npm run herald` (scripts/run.mjs) pick the compiled build
 * only when it matches the sources, and `prepare` (scripts/prepare.mjs) does
 * not fail a production install that has no vite. Each case runs the real
 * scripts in a small made-up project: src/main.ts and dist/main.js that say
 * which one ran and echo their arguments.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-start-script-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const entry = (who: string) =>
  `console.log(JSON.stringify({ ran: '${who}', args: process.argv.slice(2) }));\nif (process.argv.includes('--fail')) process.exit(3);\n`;

interface Options {
  dist?: 'current' | 'stale' | 'none';
  src?: boolean;
  tsx?: boolean;
}

let counter = 0;
async function project({ dist = 'current', src = true, tsx = true }: Options): Promise<string> {
  const root = path.join(work, `p${counter++}`);
  fs.mkdirSync(path.join(root, 'scripts'), { recursive: true });
  for (const file of ['run.mjs', 'source-hash.mjs', 'prepare.mjs', 'build.mjs', 'bundle-server.mjs']) fs.copyFileSync(path.join(repo, 'scripts', file), path.join(root, 'scripts', file));
  fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}\n');
  fs.writeFileSync(path.join(root, 'tsconfig.build.json'), '{}\n');
  if (src) {
    fs.mkdirSync(path.join(root, 'src'));
    fs.writeFileSync(path.join(root, 'src', 'main.ts'), `const who: string = 'source';\n${entry('source').replace("'source'", 'who')}`);
  }
  if (tsx) fs.symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  if (dist !== 'none') {
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', 'main.js'), entry('dist'));
    const { sourceHash } = (await import(new URL('../../scripts/source-hash.mjs', import.meta.url).href)) as { sourceHash: (root: string) => string | null };
    const hash = dist === 'current' ? sourceHash(root) : 'f'.repeat(64);
    fs.writeFileSync(path.join(root, 'dist', 'build-info.json'), JSON.stringify({ sourceHash: hash }));
  }
  return root;
}

function start(root: string, ...args: string[]) {
  return startWith({}, root, ...args);
}

function startWith(env: Record<string, string>, root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/run.mjs', 'main', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  return { status: result.status, stderr: result.stderr, out: line.startsWith('{') ? (JSON.parse(line) as { ran: string; args: string[] }) : null };
}

describe('scripts/run.mjs (npm start, npm run herald)', () => {
  it('runs dist/ when its fingerprint matches src/, passing the arguments and the exit code through', async () => {
    const root = await project({ dist: 'current' });
    expect(start(root, 'ingest', '--json', 'a.xml')).toMatchObject({ status: 0, stderr: '', out: { ran: 'dist', args: ['ingest', '--json', 'a.xml'] } });
    expect(start(root, '--fail').status).toBe(3);
  });

  it('runs the bundle, dist/bundle/main.js, when the build made one', async () => {
    const root = await project({ dist: 'current' });
    fs.mkdirSync(path.join(root, 'dist', 'bundle'));
    fs.writeFileSync(path.join(root, 'dist', 'bundle', 'main.js'), entry('bundle'));
    expect(start(root, 'a')).toMatchObject({ status: 0, stderr: '', out: { ran: 'bundle', args: ['a'] } });
  });

  it('runs in the cluster workers what it chose for their primary, without choosing again', async () => {
    const root = await project({ dist: 'current' });
    // The primary edits src/ before it forks: a worker that chose again would run src/ with tsx.
    const clustered = (who: string) => `import cluster from 'node:cluster';
import fs from 'node:fs';
if (cluster.isPrimary) {
  fs.appendFileSync('src/main.ts', '// edited after the primary started\\n');
  cluster.fork().on('exit', (code) => process.exit(code ?? 1));
} else {
  console.log(JSON.stringify({ ran: '${who} worker', args: process.argv.slice(2) }));
  process.exit(0);
}
`;
    fs.writeFileSync(path.join(root, 'dist', 'main.js'), clustered('dist'));
    fs.writeFileSync(path.join(root, 'src', 'main.ts'), clustered('source'));
    const { sourceHash } = (await import(new URL('../../scripts/source-hash.mjs', import.meta.url).href)) as { sourceHash: (root: string) => string | null };
    fs.writeFileSync(path.join(root, 'dist', 'build-info.json'), JSON.stringify({ sourceHash: sourceHash(root) }));
    expect(start(root, 'b')).toMatchObject({ status: 0, stderr: '', out: { ran: 'dist worker', args: ['b'] } });
  });

  it('ignores a HERALD_RUN_MODULE outside a cluster worker', async () => {
    const root = await project({ dist: 'current' });
    const other = path.join(root, 'other.mjs');
    fs.writeFileSync(other, entry('handed down'));
    expect(startWith({ HERALD_RUN_MODULE: `main:${other}` }, root).out?.ran).toBe('dist');
  });

  it('runs src/ with tsx when src/ changed after the build, saying so on stderr', async () => {
    const root = await project({ dist: 'current' });
    fs.appendFileSync(path.join(root, 'src', 'main.ts'), '// edited after the build\n');
    const result = start(root, 'x');
    expect(result.out).toEqual({ ran: 'source', args: ['x'] });
    expect(result.stderr).toContain('running src/ with tsx');
  });

  it('runs src/ with tsx on a fresh clone (no dist/)', async () => {
    expect(start(await project({ dist: 'none' })).out?.ran).toBe('source');
  });

  it('runs a stale dist/ with a warning when tsx is not installed (an --omit=dev install)', async () => {
    const result = start(await project({ dist: 'stale', tsx: false }));
    expect(result.out?.ran).toBe('dist');
    expect(result.stderr).toMatch(/Warning: dist\/ was built from other sources.*npm run build/);
  });

  it('runs dist/ when there is no src/ to compare with', async () => {
    expect(start(await project({ dist: 'stale', src: false, tsx: false })).out?.ran).toBe('dist');
  });

  it('stops with an actionable message when there is neither a build nor tsx', async () => {
    const result = start(await project({ dist: 'none', tsx: false }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('there is no build (dist/main.js) and tsx is not installed');
  });
});

describe('scripts/prepare.mjs (npm install, npm ci)', () => {
  it('skips the editor build without failing when vite is not installed', async () => {
    const root = await project({ tsx: false });
    const result = spawnSync(process.execPath, ['scripts/prepare.mjs'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('vite is not installed (production install) and admin/dist is missing');
  });
});
