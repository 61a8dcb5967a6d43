/**
 * `herald seed --articles N` as an operator runs it on an empty folder: the demo
 * newsroom, then N generated articles through fresh store connections, in one
 * command, and a second run that keeps the newsroom and adds more.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runHeraldCli } from '../helpers/herald-process.js';
import { makeTempDir } from '../helpers/test-stores.js';

const dataDir = makeTempDir('herald-cli-seed-');
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function seed(articles: number) {
  const env: NodeJS.ProcessEnv = { ...process.env, HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  return runHeraldCli(['seed', '--articles', String(articles)], env);
}

const heldAfter = (stdout: string) => Number(/The store now holds (\d+) articles/.exec(stdout)?.[1]);

describe('herald seed', () => {
  it('seeds the demo newsroom and the generated articles in one run, then adds to a seeded store', async () => {
    const first = await seed(1200);
    expect(first.code, first.stderr).toBe(0);
    const demo = Number(/Seeded the demo newsroom \((\d+) articles\)/.exec(first.stdout)?.[1]);
    expect(demo).toBeGreaterThan(0);
    expect(first.stdout).toContain('1200 / 1200 generated articles');
    expect(first.stdout).toMatch(/Updated the query planner's statistics in [\d.]+ s\./);
    expect(heldAfter(first.stdout)).toBe(demo + 1200);

    const second = await seed(300);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('The store already has a newsroom; keeping it.');
    expect(heldAfter(second.stdout)).toBe(demo + 1500);
  }, 120_000);
});
