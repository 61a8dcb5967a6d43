/**
 * Every seeded article's history is complete: a row for each revision from 1
 * to its current one, so the history view can show and diff any of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createCore } from '../../src/core.js';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import { creationOrder, seedDemoNewsroom } from '../../src/seed/seed-demo.js';
import type { DemoArticle } from '../../src/seed/demo-types.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const demo = (key: string, hoursAgo: number, links: string[] = []): DemoArticle =>
  ({ key, hoursAgo, body: links.map((articleKey) => ({ type: 'related', articleKey })) }) as unknown as DemoArticle;

describe('demo seed creation order', () => {
  it('goes oldest first, except that an article follows the articles it links to', () => {
    const order = creationOrder([demo('new', 1), demo('old', 9, ['newer']), demo('newer', 2), demo('middle', 5)]);
    expect(order.map((a) => a.key)).toEqual(['newer', 'old', 'middle', 'new']);
  });

  it('refuses links in a circle and links to unknown articles, naming them', () => {
    expect(() => creationOrder([demo('a', 1, ['b']), demo('b', 2, ['a'])])).toThrow(/circle through b/);
    expect(() => creationOrder([demo('a', 1, ['nowhere'])])).toThrow(/a links to an unknown article: nowhere/);
  });
});

for (const kind of testStoreKinds) {
  describe(`seeded demo history on ${kind.name}`, () => {
    let handle: TestStore;

    beforeAll(async () => {
      handle = await kind.open();
      const core = await createCore(loadConfig({ HERALD_DATA_DIR: handle.dataDir, LOG_LEVEL: 'silent' }), { store: handle.store });
      await seedDemoNewsroom(core.operations, core.media, demoNewsroom);
    });
    afterAll(async () => handle.dispose());

    it('records revisions 1..revision for every seeded article, with no gap', async () => {
      const { rows, total } = await handle.store.searchArticles({ limit: 1000, offset: 0 });
      expect(total).toBe(demoNewsroom.articles.length);
      for (const row of rows) {
        const article = (await handle.store.getArticle(row.id))!;
        const revisions = (await handle.store.listRevisions(row.id)).map((r) => r.revision).sort((a, b) => a - b);
        expect({ id: row.id, revisions }).toEqual({ id: row.id, revisions: Array.from({ length: article.revision }, (_, i) => i + 1) });
      }
    });

    it('resolves every related-article block to the article it names', async () => {
      const { rows } = await handle.store.searchArticles({ limit: 1000, offset: 0 });
      const linking = demoNewsroom.articles.filter((a) => a.body.some((b) => b.type === 'related'));
      expect(linking.length).toBeGreaterThan(0);
      for (const source of linking) {
        const row = rows.find((r) => r.headline === source.headline)!;
        const targets = (await handle.store.getArticle(row.id))!.body.flatMap((b) => (b.type === 'related' ? [b.articleId] : []));
        const expected = source.body.flatMap((b) => (b.type === 'related' ? [demoNewsroom.articles.find((a) => a.key === b.articleKey)!.headline] : []));
        const headlines = await Promise.all(targets.map(async (id) => (await handle.store.getArticle(id))!.headline));
        expect(headlines).toEqual(expected);
      }
    });
  });
}
