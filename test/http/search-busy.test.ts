/** A full search queue over real HTTP: the page and the API say "busy, try again" (503), and serve again once it drains. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { parseSearchQuery } from '../../src/domain/search-query.js';
import { offThreadSqliteSearch, type OffThreadSearch } from '../../src/storage/search/off-thread-search.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { openSeededCopy } from '../helpers/seeded-template.js';
import { TEST_PUBLIC_URL } from '../helpers/test-app.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

describe('search when its queue is full', () => {
  const sqlite = testStoreKinds.find((k) => k.name === 'sqlite')!;
  let handle: TestStore;
  let app: HeraldApp;
  let baseUrl: string;
  let search: OffThreadSearch;
  let compiler: ReturnType<typeof openSqlite>;
  // The worker waits before each statement while gate[0] is 0: a search started here stays in the queue.
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const openGate = () => (Atomics.store(gate, 0, 1), Atomics.notify(gate, 0));

  beforeAll(async () => {
    handle = (await openSeededCopy(sqlite)) ?? (await sqlite.open());
    const file = path.join(handle.dataDir, 'herald.db');
    compiler = openSqlite(file);
    search = offThreadSqliteSearch(compiler.db, file, { maxPending: 1, gate });
    const config = loadConfig({
      HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HERALD_PUBLIC_URL: TEST_PUBLIC_URL, HERALD_SEED_DEMO: 'true',
    });
    app = await createHeraldApp(config, { store: { ...handle.store, search } });
    baseUrl = (await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    openGate();
    await app.server.close();
    await search.close();
    await compiler.close();
    await handle.dispose();
  });

  it('answers 503 with a page and a JSON error a person can act on, then searches again', async () => {
    const held = search.search({ editionCode: 'en', query: parseSearchQuery('news'), now: new Date().toISOString(), limit: 10, offset: 0 });
    expect(search.pending()).toBe(1);

    const page = await fetch(`${baseUrl}/en/search?q=news`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('1');
    const html = await page.text();
    expect(html).toContain('Search is busy right now. Please try again in a moment.');
    expect(html).toContain('value="news"');
    const arabic = await fetch(`${baseUrl}/ar/search?q=news`);
    expect(arabic.status).toBe(503);
    expect(await arabic.text()).toContain('البحث مشغول الآن');

    const api = await fetch(`${baseUrl}/api/v1/search?q=news&edition=en`);
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toBe('1');
    expect(((await api.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'HERALD_BUSY', message: 'Search is busy right now; please try again in a moment.',
    });

    openGate();
    await held;
    expect(search.pending()).toBe(0);
    const again = await fetch(`${baseUrl}/en/search?q=news`);
    expect(again.status).toBe(200);
    expect(await again.text()).not.toContain('Search is busy');
  });
});
