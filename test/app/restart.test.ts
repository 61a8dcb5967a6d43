/** A second start against the same data folder keeps everything and does not seed again. */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createHeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { makeTempDir } from '../helpers/test-stores.js';

describe('restarting on the same data folder', () => {
  const dataDir = makeTempDir();
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ HERALD_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' });

  it('seeds once, then keeps the data (including later changes) across starts', async () => {
    const first = await createHeraldApp(config);
    expect(first.seeded).toBe(true);
    const seededCount = await first.store.countArticles();
    expect(seededCount).toBeGreaterThanOrEqual(40);
    const [section] = await first.store.listSections('en');
    const id = await createArticle(first.operations, {
      editionCode: 'en', sectionId: section!.id, headline: 'Written between two starts', body: [],
      publishedAt: new Date().toISOString(),
    }, SYSTEM);
    await first.close();

    const second = await createHeraldApp(config);
    expect(second.seeded).toBe(false);
    expect(await second.store.countArticles()).toBe(seededCount + 1);
    expect((await second.store.getArticle(id))?.headline).toBe('Written between two starts');
    await second.close();
  });

  it('refuses an invalid configuration with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
  });
});
