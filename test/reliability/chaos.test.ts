/**
 * The short crash test: `bench/chaos.ts` with 10 rounds of bursts and
 * `kill -9`s against a real server, on SQLite and (with
 * HERALD_TEST_DATABASE_URL) PostgreSQL; it must report 0 lost acknowledged
 * writes and a sound store. Also checks that the verifier does notice a loss,
 * so a green run means something.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { emptyLedger } from '../../bench/reliability/chaos-ledger.js';
import { sqliteReader, verifyLedger } from '../../bench/reliability/chaos-verify.js';
import { repoRoot } from '../../bench/reliability/server-process.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir, postgresUrl } from '../helpers/test-stores.js';

const run = promisify(execFile);

async function chaos(env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/chaos.ts')], {
      cwd: repoRoot, env: { ...process.env, CHAOS_ROUNDS: '10', CHAOS_MAX_KILL_MS: '1500', ...env }, maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const stores: [string, Record<string, string>][] = [['sqlite', { DATABASE_URL: '' }]];
if (postgresUrl) stores.push(['postgres', { DATABASE_URL: postgresUrl }]);

describe('chaos: kill -9 during mixed writes', () => {
  // The stores' runs go side by side (a data folder, schema and ports each): the kills still land at random
  // moments of each run's own bursts, and the crash test takes the time of one run instead of two.
  for (const [name, env] of stores) {
    it.concurrent(`loses no acknowledged write over 10 rounds on ${name}`, async ({ expect }) => {
      const { code, output } = await chaos(env);
      const total = /chaos total: 10 rounds .*acknowledged writes (\d+); .*lost (\d+); integrity problems (\d+); unexpected answers (\d+)/.exec(output);
      expect(total, output.slice(-3000)).not.toBeNull();
      expect(Number(total![1]), 'the bursts wrote something before each kill').toBeGreaterThan(0);
      expect({ lost: Number(total![2]), integrity: Number(total![3]), unexpected: Number(total![4]) }).toEqual({ lost: 0, integrity: 0, unexpected: 0 });
      expect(code, output.slice(-3000)).toBe(0);
    }, 420_000); // a hang guard: side by side on two loaded cores a run has taken 160 s, and a start over 60 s
  }

  it('the verifier reports a missing article, wire story, image file and vanished drop file', async () => {
    const dataDir = makeTempDir('herald-chaos-verify-');
    const dropDir = path.join(dataDir, 'drop');
    fs.mkdirSync(dropDir);
    const store = await openMigratedStore(openSqlite(path.join(dataDir, 'herald.db')));
    await store.close();
    const ledger = emptyLedger();
    const state = { headline: 'Never stored', status: 'draft' as const, topicIds: [], authorIds: [], leadImageId: null, notices: 0 };
    ledger.articles.set(41, { id: 41, revision: 1, state, acknowledged: new Map([[1, 'Never stored']]), pending: null, busy: false });
    ledger.wire.push({ guid: 'urn:missing:1', version: 1, headline: 'Gone', via: 'push' });
    ledger.drops.push({ guid: 'urn:missing:2', version: 1, headline: 'Gone too', via: 'folder', file: 'vanished.json' });
    ledger.images.push({ id: 7, fileName: 'abc.jpg' });
    const reader = sqliteReader(path.join(dataDir, 'herald.db'));
    try {
      expect(await reader.integrity()).toEqual([]);
      const { lost } = await verifyLedger(reader, ledger, dataDir, dropDir);
      expect(lost.join('\n')).toMatch(/article 41 .*missing/);
      expect(lost.join('\n')).toMatch(/wire push urn:missing:1 v1/);
      expect(lost.join('\n')).toMatch(/vanished\.json vanished/);
      expect(lost.join('\n')).toMatch(/image 7/);
    } finally {
      await reader.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
