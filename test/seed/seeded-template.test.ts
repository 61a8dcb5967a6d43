/**
 * The test apps' seeded template (test/helpers/seeded-template.ts) stands in
 * for the server's own first-start seed: an app started on a copy holds the
 * same rows, table by table, as one that seeded its empty store (src/app.ts),
 * with the same articles, media files and demo accounts. If the server's seed
 * sequence changes and the template's does not, this fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openSeededCopy } from '../helpers/seeded-template.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

interface Contents {
  rowsPerTable: Record<string, number>;
  headlines: string[];
  users: string[];
  mediaFiles: string[];
}

/** Runs read-only SQL on the app's store, below the Store port. */
async function withQuery<T>(running: RunningApp, read: (query: (sql: string) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T> {
  if (running.handle.databaseUrl) {
    const client = new pg.Client({ connectionString: running.handle.databaseUrl });
    await client.connect();
    try {
      return await read(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
    } finally {
      await client.end();
    }
  }
  const db = new Database(path.join(running.handle.dataDir, 'herald.db'), { readonly: true });
  try {
    return await read(async (sql) => db.prepare(sql).all() as Record<string, unknown>[]);
  } finally {
    db.close();
  }
}

async function contents(running: RunningApp): Promise<Contents> {
  const tablesSql = running.handle.databaseUrl
    ? "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'"
    : "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'";
  return withQuery(running, async (query) => {
    const rowsPerTable: Record<string, number> = {};
    for (const { name } of await query(tablesSql)) rowsPerTable[String(name)] = Number((await query(`select count(*) as n from "${String(name)}"`))[0]!.n);
    const articles = await query('select edition_code, status, headline from articles');
    return {
      rowsPerTable,
      headlines: articles.map((a) => `${String(a.edition_code)} ${String(a.status)} ${String(a.headline)}`).sort(),
      users: (await running.app.store.accounts.listUsers()).map((u) => `${u.email} ${u.role}`).sort(),
      mediaFiles: fs.readdirSync(path.join(running.handle.dataDir, 'media')).sort(),
    };
  });
}

for (const kind of testStoreKinds) {
  describe(`the seeded template on ${kind.name}`, () => {
    const apps: RunningApp[] = [];
    afterAll(async () => {
      for (const app of apps) await app.stop();
    });

    it('gives an app the same newsroom a first start seeds', async () => {
      // Make sure a template is ready now (another test file may be seeding the next one), so the next app copies it.
      const copy = await vi.waitFor(async () => {
        const opened = await openSeededCopy(kind);
        if (!opened) throw new Error('another test file is seeding the template');
        return opened;
      }, { timeout: 120_000, interval: 200 });
      await (copy as TestStore).dispose();
      const copied = await startTestApp(kind);
      apps.push(copied);
      // An injected clock (the same real one) makes startTestApp seed afresh, through the server's own code.
      const seeded = await startTestApp(kind, { now: () => new Date() });
      apps.push(seeded);
      expect(copied.app.seeded, 'the copy already held the demo').toBe(false);
      expect(seeded.app.seeded, 'the other app seeded its empty store').toBe(true);

      const [fromTemplate, fromSeed] = [await contents(copied), await contents(seeded)];
      expect(Object.keys(fromTemplate.rowsPerTable).length).toBeGreaterThan(20);
      expect(fromTemplate.headlines.length).toBeGreaterThan(40);
      expect(fromTemplate.users).toHaveLength(3);
      expect(fromTemplate.mediaFiles.length).toBeGreaterThan(50);
      expect(fromTemplate).toEqual(fromSeed);
    }, 240_000); // two seeds of the whole demo, on a loaded machine
  });
}
