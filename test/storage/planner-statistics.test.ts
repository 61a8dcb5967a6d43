/**
 * Planner statistics at start and on the timer (src/storage/planner-statistics.ts):
 * tables with an index are analysed; tables without one (the full-text index's
 * own tables, search_documents) are not, because ANALYZE can only count their
 * rows by reading all of them, whatever `analysis_limit` says (5–21 s at a
 * million articles, on the first start after an import).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { refreshPlannerStatistics } from '../../src/storage/planner-statistics.js';
import type { Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { listingArticle, seedListingArticles } from '../helpers/listing-seed.js';
import { rawStoreKinds } from '../helpers/raw-test-stores.js';

const sqlite = rawStoreKinds.find((kind) => kind.name === 'sqlite');
const INDEXLESS_SEARCH_TABLES = ['search_documents', 'search_fts_content', 'search_fts_data', 'search_fts_docsize'];

describe('planner statistics (SQLite)', () => {
  let handle: Awaited<ReturnType<NonNullable<typeof sqlite>['open']>>;
  let store: Store;
  let ids: FixtureIds;

  beforeAll(async () => {
    handle = await (sqlite as NonNullable<typeof sqlite>).open();
    await migrateToLatest(handle.opened.db, handle.opened.dialect);
    store = createStore(handle.opened);
    ids = await insertFixtureNewsroom(store);
    await seedListingArticles(store, ids, 30);
  }, 60_000);

  afterAll(async () => handle?.dispose());

  const statRows = async () =>
    (await sql<{ tbl: string; idx: string | null; stat: string }>`select * from sqlite_stat1 order by tbl, idx`.execute(handle.opened.db)).rows;
  const analysedTables = async () => [...new Set((await statRows()).map((r) => r.tbl))];

  it('analyses the tables with indexes and leaves the index-less search tables uncounted', async () => {
    const { rows } = await sql<{ n: number }>`select count(*) as n from search_documents`.execute(handle.opened.db);
    expect(Number(rows[0]?.n)).toBeGreaterThan(20);
    // What plain `PRAGMA optimize` would do here (its debug mode runs nothing): count the search tables too.
    const wouldRun = (await sql<{ optimize: string }>`PRAGMA optimize = 0x10013`.execute(handle.opened.db)).rows.map((r) => r.optimize);
    for (const table of INDEXLESS_SEARCH_TABLES) expect(wouldRun).toContain(`ANALYZE "main"."${table}"`);

    // Counts the event loop's turns during the refresh: one before each table's ANALYZE, so requests wait for one table's at most.
    let turns = 0;
    let counting = true;
    const countTurn = () => {
      if (!counting) return;
      turns++;
      setImmediate(countTurn);
    };
    setImmediate(countTurn);
    await refreshPlannerStatistics(handle.opened, { firstRun: true });
    counting = false;
    const analysed = await analysedTables();
    expect(analysed).toEqual(expect.arrayContaining(['articles', 'article_topics', 'article_authors', 'search_fts_idx']));
    expect(turns).toBeGreaterThanOrEqual(analysed.length);
    for (const table of INDEXLESS_SEARCH_TABLES) expect(analysed).not.toContain(table);
  });

  it('has nothing left to do on the next run', async () => {
    const before = await statRows();
    await refreshPlannerStatistics(handle.opened);
    await refreshPlannerStatistics(handle.opened, { firstRun: true });
    expect(await statRows()).toEqual(before);
  });

  it('brings the statistics up to date after a bulk import (herald seed calls it before it ends)', async () => {
    const articleRows = async () => Number((await statRows()).find((r) => r.tbl === 'articles')?.stat.split(' ')[0]);
    const analysedAt = await articleRows();
    const imported = Array.from({ length: 1000 }, (_, i) => listingArticle(ids, 30 + i));
    await store.transaction((tx) => tx.insertArticles(imported));
    const { rows } = await sql<{ n: number }>`select count(*) as n from articles`.execute(handle.opened.db);
    expect(Number(rows[0]?.n)).toBeGreaterThan(25 * analysedAt);

    await store.refreshPlannerStatistics();
    expect(await articleRows()).toBe(Number(rows[0]?.n));
    for (const table of INDEXLESS_SEARCH_TABLES) expect(await analysedTables()).not.toContain(table);
  });
});
