/**
 * A server start loads only what its first public page needs
 * (docs/adr/0010-cold-start.md): the libraries behind sign-in, the wire
 * parsers, pictures, revision diffs, the OpenAPI document, Redis,
 * PostgreSQL and Fastify's schema compilers load on first use. A real
 * `src/main.ts` serves /en/ from a seeded store while every module it loads
 * (ES modules through a loader hook, CommonJS through Module._load) is
 * written to a file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { heraldEnv, REPO_ROOT, startHerald } from '../helpers/herald-process.js';
import { openSeededCopy } from '../helpers/seeded-template.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const NOT_AT_START_UP = [
  'sharp', '@node-rs/argon2', 'sanitize-html', 'htmlparser2', 'fast-xml-parser', 'iconv-lite', 'diff',
  '@asteasolutions/zod-to-openapi', 'ioredis', 'pg', '@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler',
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-start-up-imports-'));
const loadedFile = path.join(work, 'loaded.txt');
const recorder = path.join(work, 'record-loads.mjs');
fs.writeFileSync(
  recorder,
  `import fs from 'node:fs';
import { createRequire, register } from 'node:module';
const file = ${JSON.stringify(loadedFile)};
register('data:text/javascript,' + encodeURIComponent(\`import fs from 'node:fs';
export async function load(url, context, next) { fs.appendFileSync(\${JSON.stringify(file)}, url + '\\\\n'); return next(url, context); }\`));
const Module = createRequire(import.meta.url)('node:module');
const load = Module._load;
Module._load = function (request, parent, isMain) {
  const loaded = load.apply(this, arguments);
  try { fs.appendFileSync(file, Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return loaded;
};
`,
);

/** The package a loaded file belongs to ('@scope/name' or 'name'), or null outside node_modules. */
const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? null;

describe('a server start', () => {
  let handle: TestStore | null = null;
  afterAll(async () => {
    await handle?.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('serves /en/ without loading the libraries only other routes use', async () => {
    handle = (await openSeededCopy(testStoreKinds[0]!)) ?? (await testStoreKinds[0]!.open());
    if ((await handle.store.listEditions()).length === 0) {
      // No seeded template in this run: a first start seeds (that start is not the one examined).
      const seeding = await startHerald(handle, { HERALD_SEED_DEMO: 'true' });
      seeding.child.kill('SIGTERM');
      await seeding.exited;
    }
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', recorder, path.join(REPO_ROOT, 'src/main.ts')], {
      cwd: REPO_ROOT, env: heraldEnv(handle, { HERALD_SEED_DEMO: 'true' }), stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await vi.waitFor(() => {
        if (child.exitCode !== null) throw new Error(`herald exited before listening:\n${output}`);
        const listening = /"msg":"Server listening at (http:\/\/127\.0\.0\.1:\d+)"/.exec(output)?.[1];
        if (!listening) throw new Error('not listening yet');
        return listening;
      }, { timeout: 60_000, interval: 50 });
      expect((await fetch(`${url}/en/`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    const loaded = fs.readFileSync(loadedFile, 'utf8').split('\n');
    const packages = new Set(loaded.map(packageOf));
    // The recording works: what the page does need is in it.
    for (const needed of ['fastify', 'kysely', 'better-sqlite3']) expect(packages, needed).toContain(needed);
    expect(loaded.some((file) => file.endsWith('/src/app.ts'))).toBe(true);
    expect(loaded.some((file) => file.endsWith('/src/site/html-jsx.ts'))).toBe(true);
    expect(NOT_AT_START_UP.filter((name) => packages.has(name))).toEqual([]);
    expect(loaded.filter((file) => /\/src\/(seed\/|ingest\/parse-wire-file)/.test(file))).toEqual([]);
  }, 90_000);
});
