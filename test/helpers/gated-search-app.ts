/**
 * A Herald app on a seeded SQLite copy, over real HTTP, whose reader search
 * runs on the off-thread worker behind a gate the test controls: while the
 * gate is shut the worker waits before each statement, so searches started
 * then stay queued (src/storage/search/off-thread-search.ts `gate`).
 */
import path from 'node:path';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { SearchIndex } from '../../src/operations/search-ports.js';
import { offThreadSqliteSearch, type OffThreadSearch } from '../../src/storage/search/off-thread-search.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { openSeededCopy } from './seeded-template.js';
import { TEST_PUBLIC_URL } from './test-app.js';
import { testStoreKinds } from './test-stores.js';

export interface GatedSearchApp {
  app: HeraldApp;
  baseUrl: string;
  search: OffThreadSearch;
  /** Shut: the worker holds every statement. Starts shut. */
  shutGate(): void;
  openGate(): void;
  close(): Promise<void>;
}

export async function startGatedSearchApp(options: {
  maxPending?: number;
  /** What the app searches through, made from the gated search (to watch the searches it starts); the gated search itself by default. */
  wrap?: (search: OffThreadSearch) => SearchIndex;
  /** Hooks to add before the server listens. */
  beforeListen?: (app: HeraldApp) => void;
} = {}): Promise<GatedSearchApp> {
  const sqlite = testStoreKinds.find((k) => k.name === 'sqlite')!;
  const handle = (await openSeededCopy(sqlite)) ?? (await sqlite.open());
  const file = path.join(handle.dataDir, 'herald.db');
  const compiler = openSqlite(file);
  const gate = new Int32Array(new SharedArrayBuffer(4));
  const search = offThreadSqliteSearch(compiler.db, file, { gate, ...(options.maxPending !== undefined ? { maxPending: options.maxPending } : {}) });
  const config = loadConfig({
    HERALD_DATA_DIR: handle.dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', HERALD_PUBLIC_URL: TEST_PUBLIC_URL, HERALD_SEED_DEMO: 'true',
  });
  const app = await createHeraldApp(config, { store: { ...handle.store, search: options.wrap ? options.wrap(search) : search } });
  options.beforeListen?.(app);
  const baseUrl = (await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  const openGate = () => (Atomics.store(gate, 0, 1), Atomics.notify(gate, 0));
  return {
    app, baseUrl, search, openGate,
    shutGate: () => Atomics.store(gate, 0, 0),
    async close() {
      openGate();
      await app.server.close();
      await search.close();
      await compiler.close();
      await handle.dispose();
    },
  };
}
