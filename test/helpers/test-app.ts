/**
 * Starts the real Herald server on an ephemeral loopback port against a fresh
 * store (seeded with the demo newsroom unless told otherwise).
 */
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { openSeededCopy } from './seeded-template.js';
import type { TestStore, TestStoreKind } from './test-stores.js';

export interface RunningApp {
  app: HeraldApp;
  baseUrl: string;
  handle: TestStore;
  get(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

export const TEST_PUBLIC_URL = 'http://news.example';

/**
 * Settings the demo seed never reads (it reads the data folder, the store and
 * the image limits): an app started with only these takes a copy of the run's
 * seeded template (test/helpers/seeded-template.ts) instead of seeding.
 */
const SETTINGS_THE_SEED_IGNORES = new Set([
  'HERALD_SCHEDULER_INTERVAL_MS', 'HERALD_WEBHOOK_INTERVAL_MS', 'HERALD_WEBHOOK_ALLOW_PRIVATE', 'HERALD_PAGE_CACHE',
  'HERALD_TRUSTED_PROXIES', 'HERALD_API_ANON_RATE_PER_MINUTE', 'HERALD_API_CORS_ORIGINS', 'HERALD_WIRE_PICTURE_HOSTS',
  'HERALD_WIRE_SOURCES', 'HERALD_MAX_IMAGE_BYTES', 'HERALD_MAX_MEDIA_BYTES',
]);

export async function startTestApp(
  kind: TestStoreKind,
  options: { seedDemo?: boolean; now?: () => Date; env?: Record<string, string> } = {},
): Promise<RunningApp> {
  // An injected clock would date the seed differently: those apps seed afresh.
  const fromTemplate = options.seedDemo !== false && !options.now && Object.keys(options.env ?? {}).every((key) => SETTINGS_THE_SEED_IGNORES.has(key));
  const handle = (fromTemplate ? await openSeededCopy(kind) : null) ?? (await kind.open());
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
