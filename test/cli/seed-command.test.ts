/**
 * `herald seed --articles N` as an operator runs it on an empty folder: the demo
 * newsroom, then N generated articles through fresh store connections, in one
 * command, and a second run that keeps the newsroom and adds more.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/test-stores.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = makeTempDir('herald-cli-seed-');
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function seed(articles: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/herald.ts'), 'seed', '--articles', String(articles)], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const heldAfter = (stdout: string) => Number(/The store now holds (\d+) articles/.exec(stdout)?.[1]);

describe('herald seed', () => {
  it('seeds the demo newsroom and the generated articles in one run, then adds to a seeded store', async () => {
    const first = await seed(1200);
    expect(first.code, first.stderr).toBe(0);
    const demo = Number(/Seeded the demo newsroom \((\d+) articles\)/.exec(first.stdout)?.[1]);
    expect(demo).toBeGreaterThan(0);
    expect(first.stdout).toContain('1200 / 1200 generated articles');
    expect(heldAfter(first.stdout)).toBe(demo + 1200);

    const second = await seed(300);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('The store already has a newsroom; keeping it.');
    expect(heldAfter(second.stdout)).toBe(demo + 1500);
  }, 120_000);
});
