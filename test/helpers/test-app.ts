/**
 * Starts the real Herald server on an ephemeral loopback port against a fresh
 * store (seeded with the demo newsroom unless told otherwise).
 */
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { TestStore, TestStoreKind } from './test-stores.js';

export interface RunningApp {
  app: HeraldApp;
  baseUrl: string;
  handle: TestStore;
  get(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'http://news.example';

export async function startTestApp(
  kind: TestStoreKind,
  options: { seedDemo?: boolean; now?: () => Date; env?: Record<string, string> } = {},
): Promise<RunningApp> {
  const handle = await kind.open();
  const config = loadConfig({
    HERALD_DATA_DIR: handle.dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    HERALD_PUBLIC_URL: TEST_PUBLIC_URL,
    HERALD_SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    ...options.env,
  });
  const app = await createHeraldApp(config, { store: handle.store, ...(options.now ? { now: options.now } : {}) });
  const baseUrl = (await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
  return {
    app,
    baseUrl,
    handle,
    get: (path, init) => fetch(baseUrl + path, { redirect: 'manual', ...init }),
    async stop() {
      await app.server.close();
      await handle.dispose();
    },
  };
}

/** Every match of a regular expression's first group. */
export function allMatches(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map(
    (m) => m[1] ?? m[0],
  );
}
