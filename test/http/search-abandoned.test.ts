/**
 * A reader who hangs up mid-search over real HTTP: their search leaves the
 * queue without posting a statement, the readers behind are served, and the
 * server logs no error for it.
 */
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { parseSearchQuery } from '../../src/domain/search-query.js';
import type { SearchIndex, SearchResultPage } from '../../src/operations/search-ports.js';
import { offThreadSqliteSearch, type OffThreadSearch } from '../../src/storage/search/off-thread-search.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { openSeededCopy } from '../helpers/seeded-template.js';
import { TEST_PUBLIC_URL } from '../helpers/test-app.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

describe('a search whose reader hangs up', () => {
  const sqlite = testStoreKinds.find((k) => k.name === 'sqlite')!;
  let handle: TestStore;
  let app: HeraldApp;
  let baseUrl: string;
  let search: OffThreadSearch;
  let compiler: ReturnType<typeof openSqlite>;
  let file: string;
  // The worker waits before each statement while gate[0] is 0: a search started here holds the worker.
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const openGate = () => (Atomics.store(gate, 0, 1), Atomics.notify(gate, 0));
  /** Each search the server starts, as it starts: the test waits on these instead of on time. */
  // (Wrapped in an object: resolving with the search's promise itself would wait for it to settle.)
  const started: ((search: { running: Promise<SearchResultPage> }) => void)[] = [];
  const nextSearch = () => new Promise<{ running: Promise<SearchResultPage> }>((resolve) => started.push(resolve));
  const errors: unknown[] = [];

  beforeAll(async () => {
    handle = (await openSeededCopy(sqlite)) ?? (await sqlite.open());
    file = path.join(handle.dataDir, 'herald.db');
    compiler = openSqlite(file);
    search = offThreadSqliteSearch(compiler.db, file, { gate });
    const watched: SearchIndex = {
      search(query, options) {
        const running = search.search(query, options);
        started.shift()?.({ running });
        return running;
      },
    };
    const config = loadConfig({
      HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HERALD_PUBLIC_URL: TEST_PUBLIC_URL, HERALD_SEED_DEMO: 'true',
    });
    app = await createHeraldApp(config, { store: { ...handle.store, search: watched } });
    // Every error that reaches Fastify's error handling (which logs anything unexpected) is noted here.
    app.server.addHook('onError', (_request, _reply, error, done) => (errors.push(error), done()));
    baseUrl = (await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  });
  afterAll(async () => {
    openGate();
    await app.server.close();
    await search.close();
    await compiler.close();
    await handle.dispose();
  });

  for (const route of ['/en/search?q=news', '/api/v1/search?q=news&edition=en']) {
    it(`drops the search from the queue when the client of ${route.split('?')[0]} closes its connection`, async () => {
      Atomics.store(gate, 0, 0);
      errors.length = 0;
      const postedBefore = search.statementsPosted();
      // Another reader's search holds the worker.
      const held = search.search({ editionCode: 'en', query: parseSearchQuery('news'), now: new Date().toISOString(), limit: 10, offset: 0 });
      const arrived = nextSearch();
      const request = http.get(baseUrl + route);
      const gone = new Promise<void>((resolve) => request.on('close', resolve));
      request.on('error', () => {}); // the client's own side of hanging up
      const { running: abandoned } = await arrived;
      expect(search.pending()).toBe(2);

      request.destroy();
      await gone;
      await expect(abandoned).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      expect(search.pending()).toBe(1);
      expect(search.statementsPosted() - postedBefore).toBe(1); // only the held search's first statement

      openGate();
      await held;
      const postedByHeld = search.statementsPosted() - postedBefore;
      // The server carries on: the same search for a reader who stays is answered.
      const stays = await fetch(baseUrl + route);
      expect(stays.status).toBe(200);
      expect(search.statementsPosted() - postedBefore).toBeGreaterThan(postedByHeld);
      expect(search.pending()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
