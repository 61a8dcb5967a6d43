/**
 * Two Herald nodes on one database: a publish on node A shows on node B's next
 * request although B had the page cached, because the event crossed Redis.
 * Runs when HERALD_TEST_REDIS_URL is set (CI sets it).
 */
import { SYSTEM } from '../../src/domain/identity.js';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { surrogateKeys } from '../../src/cache/page-cache.js';
import { createArticle } from '../../src/operations/create-article.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir } from '../helpers/test-stores.js';

const redisUrl = process.env.HERALD_TEST_REDIS_URL;
if (!redisUrl) console.log('skipped: cross-node Redis event tests (set HERALD_TEST_REDIS_URL to run them)');

describe.skipIf(!redisUrl)('events across nodes through Redis', () => {
  const dataDir = makeTempDir();
  const channel = `herald-test:${randomUUID()}`;
  let nodeA: HeraldApp;
  let nodeB: HeraldApp;
  let urlB: string;

  beforeAll(async () => {
    const config = loadConfig({ HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', REDIS_URL: redisUrl, HERALD_SCHEDULER_INTERVAL_MS: '0' });
    const file = path.join(dataDir, 'herald.db');
    nodeA = await createHeraldApp(config, { store: await openMigratedStore(openSqlite(file)), redisChannel: channel });
    nodeB = await createHeraldApp(config, { store: await openMigratedStore(openSqlite(file)), redisChannel: channel });
    urlB = await nodeB.server.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await nodeA?.close();
    await nodeB?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Publishes through node A and waits until node B heard it; node B's purge subscribed at start-up, before this, and runs synchronously. */
  async function publishOnAHeardOnB(headline: string): Promise<void> {
    const [section] = await nodeA.store.listSections('en');
    const arrived = new Promise<void>((resolve) => {
      const stop = nodeB.events.on('article.published', () => {
        stop();
        resolve();
      });
    });
    await createArticle(nodeA.operations, { editionCode: 'en', sectionId: section!.id, headline, body: [], publishedAt: new Date().toISOString() }, SYSTEM);
    await arrived;
  }

  it('purges the other node\'s cached pages when an article is published', async () => {
    await fetch(`${urlB}/en/`);
    expect((await fetch(`${urlB}/en/`)).headers.get('x-cache')).toBe('HIT');
    await publishOnAHeardOnB('Published on node A, seen on node B');
    const page = await fetch(`${urlB}/en/`);
    expect(page.headers.get('x-cache')).not.toBe('HIT');
    expect(await page.text()).toContain('Published on node A, seen on node B');
  });

  it('reloads curation on the other node', async () => {
    const topics = await nodeA.store.listTopics('en');
    // Node B reloads its directory, then purges the edition's pages: the purge is the moment to look.
    const cache = nodeB.pageCache!;
    const purge = cache.purge.bind(cache);
    const purged = new Promise<void>((resolve) => {
      cache.purge = (key) => {
        const count = purge(key);
        if (key === surrogateKeys.edition('en')) resolve();
        return count;
      };
    });
    const { setFocusTopics } = await import('../../src/operations/curate-edition.js');
    try {
      await setFocusTopics(nodeA.operations, 'en', [topics[4]!.id], SYSTEM);
      await purged;
    } finally {
      cache.purge = purge;
    }
    const html = await (await fetch(`${urlB}/en/`)).text();
    const bar = html.match(/<nav[^>]*aria-label="In focus"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(bar).toContain(`/en/topic/${topics[4]!.slug}/`);
    expect(bar).not.toContain(`/en/topic/${topics[0]!.slug}/`);
  });

  it('hears events again after its Redis connection drops, and clears what it may have missed', async () => {
    await fetch(`${urlB}/en/`);
    expect((await fetch(`${urlB}/en/`)).headers.get('x-cache')).toBe('HIT');
    const cache = nodeB.pageCache!;
    const clear = cache.clear.bind(cache);
    const cleared = new Promise<void>((resolve) => {
      cache.clear = () => {
        clear();
        resolve();
      };
    });
    // Redis drops node B's subscriber connection (a restart, a failover, a network blip), found by its name.
    const admin = new Redis(redisUrl!);
    try {
      const clients = String(await admin.call('CLIENT', 'LIST'));
      const id = /(?:^|\n)id=(\d+) [^\n]*\bname=herald:(\S+):subscribe\b/g;
      const ours = [...clients.matchAll(id)].find((match) => match[2] === nodeB.transport.nodeId)?.[1];
      expect(ours, clients).toBeDefined();
      expect(Number(await admin.call('CLIENT', 'KILL', 'ID', ours!))).toBe(1);
    } finally {
      admin.disconnect();
    }
    // Back on its own (ioredis reconnects and subscribes again); events published meanwhile were lost, so B starts clean.
    try {
      await cleared;
    } finally {
      cache.clear = clear;
    }
    expect((await fetch(`${urlB}/en/`)).headers.get('x-cache')).not.toBe('HIT');
    expect((await fetch(`${urlB}/en/`)).headers.get('x-cache')).toBe('HIT');

    // And it is subscribed again: a publish on node A purges B's page once more.
    await publishOnAHeardOnB('Published after the connection came back');
    const page = await fetch(`${urlB}/en/`);
    expect(page.headers.get('x-cache')).not.toBe('HIT');
    expect(await page.text()).toContain('Published after the connection came back');
  });
});
