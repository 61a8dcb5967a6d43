/**
 * The command line is built on the core (src/core.ts), not on the server: running
 * `herald` must load neither Fastify, nor the HTTP layer, nor the public site,
 * nor src/app.ts. The real entry point runs in a child process with a module
 * hook that records every module it resolves.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/test-stores.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('herald CLI', () => {
  it('loads no Fastify, no HTTP layer, no site and not the server app', async () => {
    const log = path.join(makeTempDir('herald-cli-imports-'), 'modules.txt');
    // --help returns after every command module has been imported (they are static imports of herald.ts).
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--import', './test/fixtures/record-loaded-modules.mjs', 'src/cli/herald.ts', '--help'],
      { cwd: root, env: { ...process.env, HERALD_MODULE_LOG: log } },
    );
    expect(stdout).toContain('Usage: npm run herald');

    const loaded = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((url) => url.replace(/^file:\/\//, ''));
    // The hook saw the commands and the core, so an empty list cannot pass for a clean one.
    expect(loaded).toContain(path.join(root, 'src/cli/ingest-command.ts'));
    expect(loaded).toContain(path.join(root, 'src/core.ts'));

    const forbidden = loaded.filter(
      (file) =>
        file.includes('/node_modules/fastify/') ||
        file.includes('/node_modules/@fastify/') ||
        file.startsWith(path.join(root, 'src/http/')) ||
        file.startsWith(path.join(root, 'src/site/')) ||
        file === path.join(root, 'src/app.ts'),
    );
    expect(forbidden).toEqual([]);
  });
});
