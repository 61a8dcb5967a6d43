/**
 * `npm start` on a fresh store runs a cluster by default (HERALD_WORKERS = the
 * number of cores): its primary must seed the same whole demo a single process
 * does — the podcasts, videos, Live TV schedule and live coverage included.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { startHerald, type HeraldProcess } from '../helpers/herald-process.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

describe('a clustered first start (HERALD_WORKERS=2) on SQLite', () => {
  let handle: TestStore | undefined;
  let server: HeraldProcess | undefined;
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await handle?.dispose();
  });

  it('seeds the whole demo: audio, video, Live TV and a live coverage page', async () => {
    handle = await testStoreKinds[0]!.open();
    server = await startHerald(handle, { HERALD_WORKERS: '2', HERALD_SEED_DEMO: 'true' });
    const page = async (path: string) => {
      const response = await fetch(new URL(path, server!.url));
      expect(response.status, path).toBe(200);
      return response.text();
    };
    expect(await page('/en/audio/')).toMatch(/\/e-\d+"/);
    expect(await page('/en/video/')).toMatch(/\/v-\d+"/);
    expect(await page('/en/live-tv/')).toContain('<video');
    expect(await handle.store.countArticles()).toBeGreaterThan(500); // the page-2 fill of every section
    const { rows } = await handle.store.searchArticles({ editionCodes: ['en'], limit: 500, offset: 0 });
    const live = [];
    for (const row of rows) if (await handle.store.live.getLiveCoverage(row.id)) live.push(row.id);
    expect(live).toHaveLength(1);
  }, 120_000);
});
