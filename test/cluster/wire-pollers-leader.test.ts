/**
 * Two processes on one store with a polled wire feed: only the lease holder
 * polls (else every item would be fetched and ingested once per process), and
 * when it goes away the next holder takes the polling over.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir } from '../helpers/test-stores.js';
import { startLocalServer, type LocalServer } from '../wire/local-server.js';

/** A new item on every request, so every poll ingests something and shows in that node's metrics. */
const feedWith = (n: number) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Agency</title><link>http://127.0.0.1/</link><description>Test feed</description>
<item><guid isPermaLink="false">urn:leader-poll:${n}</guid><title>Harbour update ${n}</title><description>Text of update ${n}.</description><pubDate>Mon, 01 Jun 2026 14:00:00 GMT</pubDate></item>
</channel></rss>`;

async function polledFiles(app: HeraldApp): Promise<number> {
  const values = (await app.metrics.registry.getSingleMetric('herald_wire_ingest_total')?.get())?.values ?? [];
  return values.filter((v) => v.labels.source === 'poll:agency').reduce((sum, v) => sum + v.value, 0);
}

describe('polled wire feeds on a cluster', () => {
  const dataDir = makeTempDir();
  let feed: LocalServer;
  let nodeA: HeraldApp;
  let nodeB: HeraldApp;
  let requests = 0;

  beforeAll(async () => {
    feed = await startLocalServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedWith(requests));
    });
    const config = loadConfig({
      HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', HERALD_SCHEDULER_INTERVAL_MS: '0', HERALD_WEBHOOK_INTERVAL_MS: '0',
      HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'agency', kind: 'poll', url: `${feed.url}/feed.xml`, intervalSeconds: 1 }]),
    });
    const file = path.join(dataDir, 'herald.db');
    nodeA = await createHeraldApp(config, { store: await openMigratedStore(openSqlite(file)) });
    nodeB = await createHeraldApp(config, { store: await openMigratedStore(openSqlite(file)) });
  });
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    await feed?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('polls only in the lease holder, and the next holder takes over', async () => {
    expect(nodeA.lease.held()).toBe(true);
    expect(nodeB.lease.held()).toBe(false);
    // Several rounds of the holder: the other process, on the same timer, has had as many chances.
    await vi.waitFor(async () => expect(await polledFiles(nodeA)).toBeGreaterThanOrEqual(3), { timeout: 15_000, interval: 100 });
    expect(await polledFiles(nodeB)).toBe(0);

    await nodeA.close();
    expect(await nodeB.lease.renew()).toBe(true);
    await vi.waitFor(async () => expect(await polledFiles(nodeB)).toBeGreaterThanOrEqual(1), { timeout: 15_000, interval: 100 });
  });
});
