/** A process killed with SIGKILL in the middle of writing leaves a consistent database: whole batches or nothing. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir } from '../helpers/test-stores.js';

const child = fileURLToPath(new URL('../fixtures/write-until-killed.ts', import.meta.url));

describe('a writer killed mid-transaction (SQLite)', () => {
  const dataDir = makeTempDir();
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('loses no committed batch and keeps no partial one', async () => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (c) => (stderr += c));
    const committed = await new Promise<number>((resolve, reject) => {
      let last = 0;
      proc.stdout.on('data', (chunk: Buffer) => {
        for (const m of chunk.toString().matchAll(/committed (\d+)/g)) last = Number(m[1]);
        // Kill while the next batch is being written.
        if (last >= 3) {
          setTimeout(() => proc.kill('SIGKILL'), 15);
        }
      });
      proc.on('exit', () => (last > 0 ? resolve(last) : reject(new Error(`writer died early: ${stderr}`))));
    });
    expect(committed).toBeGreaterThanOrEqual(3);

    const opened = openSqlite(path.join(dataDir, 'herald.db'));
    const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(opened.db);
    expect(integrity.rows[0]?.integrity_check).toBe('ok');
    await migrateToLatest(opened.db, opened.dialect);
    const store = createStore(opened);
    const total = await store.countArticles();
    expect(total % 500).toBe(0);
    expect(total / 500).toBeGreaterThanOrEqual(committed);
    const relations = await sql<{ n: number }>`select count(*) as n from article_authors`.execute(opened.db);
    expect(Number(relations.rows[0]?.n)).toBe(total * 2);
    await store.close();
  });
});
