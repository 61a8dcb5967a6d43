/**
 * The queries on request paths and timers must be served by an index whose
 * cost does not grow with the archive (issue 12: the embargo tick scanned every
 * published article, 2.2 s at a million). Runs each hot query through the
 * store over a few thousand articles, captures its SQL and asks the planner:
 * SQLite's EXPLAIN QUERY PLAN (before and after `PRAGMA optimize` gathers
 * statistics) must show no SCAN of the article tables nor a sort of a whole
 * listing; PostgreSQL's EXPLAIN with sequential scans discouraged must find an
 * index for each (on a table this small it would rightly prefer a scan).
 */
import { CompiledQuery, type Kysely, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/operations/ports.js';
import type { HeraldDatabase } from '../../src/storage/database.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { refreshPlannerStatistics } from '../../src/storage/planner-statistics.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { SEED_NOW, seedListingArticles } from '../helpers/listing-seed.js';
import { rawStoreKinds, type RawStoreKind } from '../helpers/raw-test-stores.js';

/** Records the compiled SQL of every query the store runs. */
function capturing(db: Kysely<HeraldDatabase>) {
  const captured: CompiledQuery[] = [];
  const executor = db.getExecutor();
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      captured.push(executor.compileQuery(node, queryId));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: db.withPlugin(plugin), captured };
}

/** Each hot query, as the site, the scheduler and the Content API ask it. */
function hotQueries(store: Store, ids: FixtureIds): [string, () => Promise<unknown>][] {
  const hour = (h: number) => new Date(Date.parse(SEED_NOW) + h * 3_600_000).toISOString();
  const listing = { editionCode: 'en', now: SEED_NOW, limit: 20, offset: 0 };
  return [
    ['embargo releases', () => store.listEmbargoReleases(hour(0), hour(0.001))],
    ['due scheduled', () => store.listDueScheduled(SEED_NOW)],
    ['home listing', () => store.listPublished(listing)],
    ['section listing', () => store.listPublished({ ...listing, sectionIds: [ids.sectionId, ids.childSectionId] })],
    ['child section listing', () => store.listPublished({ ...listing, sectionIds: [ids.childSectionId] })],
    ['topic listing', () => store.listPublished({ ...listing, topicId: ids.topicId })],
    ['deep section listing', () => store.listPublished({ ...listing, sectionIds: [ids.sectionId, ids.childSectionId], offset: 2000 })],
    ['article by short id', () => store.findArticleIdByShortId('s0000a')],
    ['article', () => store.getArticle(1)],
    ['most read', () => store.readCounts.listMostRead({ editionCode: 'en', sinceHour: hour(-24), now: SEED_NOW, limit: 5 })],
    ['section count', () => store.countPublished({ editionCode: 'en', now: SEED_NOW, sectionIds: [ids.sectionId, ids.childSectionId] })],
    ['topic count', () => store.countPublished({ editionCode: 'en', now: SEED_NOW, topicId: ids.topicId })],
    ['author count', () => store.countPublished({ editionCode: 'en', now: SEED_NOW, authorId: ids.authorIds[0] as number })],
  ];
}

const ARTICLE_TABLES = /\bSCAN (articles|article_topics|article_authors|listing_counts)\b/;
/** An index searched on the status (and edition or section) alone: nearly every article is published, so this reads the archive. */
const STATUS_ONLY = /USING (COVERING )?INDEX \S+ \(((edition_code|section_id)=\? AND )?status=\?\)/;

for (const kind of rawStoreKinds) {
  describe(`query plans of the hot queries: ${kind.name}`, () => {
    let handle: Awaited<ReturnType<RawStoreKind['open']>>;
    let store: Store;
    let ids: FixtureIds;
    let captured: CompiledQuery[];
    let db: Kysely<HeraldDatabase>;

    beforeAll(async () => {
      handle = await kind.open();
      await migrateToLatest(handle.opened.db, handle.opened.dialect);
      const capture = capturing(handle.opened.db);
      db = handle.opened.db;
      captured = capture.captured;
      store = createStore({ ...handle.opened, db: capture.db });
      ids = await insertFixtureNewsroom(store);
      await seedListingArticles(store, ids, 3000);
    }, 120_000);

    afterAll(async () => handle?.dispose());

    async function plansOf(run: () => Promise<unknown>): Promise<{ sql: string; plan: string }[]> {
      captured.length = 0;
      await run();
      const queries = captured.filter((q) => /\barticles\b|listing_counts/.test(q.sql));
      expect(queries.length).toBeGreaterThan(0);
      const plans = [];
      for (const query of queries) {
        if (kind.name === 'sqlite') {
          const result = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`EXPLAIN QUERY PLAN ${query.sql}`, [...query.parameters]));
          plans.push({ sql: query.sql, plan: result.rows.map((r) => r.detail).join('\n') });
        } else {
          const plan = await db.transaction().execute(async (trx) => {
            await trx.executeQuery(CompiledQuery.raw('set local enable_seqscan = off'));
            const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`EXPLAIN ${query.sql}`, [...query.parameters]));
            return result.rows.map((r) => r['QUERY PLAN']).join('\n');
          });
          plans.push({ sql: query.sql, plan });
        }
      }
      if (process.env.HERALD_SHOW_PLANS) console.log(plans.map((p) => `${p.sql}\n  ${p.plan.replace(/\n/g, '\n  ')}`).join('\n'));
      return plans;
    }

    function expectIndexed(name: string, plans: { sql: string; plan: string }[]) {
      for (const { sql, plan } of plans) {
        const context = `${name}\n${sql}\n${plan}`;
        if (kind.name === 'sqlite') {
          expect(plan, context).not.toMatch(ARTICLE_TABLES);
          expect(plan, context).not.toMatch(STATUS_ONLY);
          // "Most read" must start from the read counts (pruned to recent hours), then find articles by id.
          if (/from "article_read_counts"/.test(sql)) {
            expect(plan.split('\n')[0], context).toMatch(/^(SCAN|SEARCH) rc\b/);
            expect(plan, context).toMatch(/SEARCH a USING INTEGER PRIMARY KEY/);
          }
          // A listing page sorted after reading every matching row costs as much as the listing is long.
          if (/\blimit\b/i.test(sql) && /order by/i.test(sql) && !/group by/i.test(sql)) expect(plan, context).not.toMatch(/TEMP B-TREE FOR (LAST TERM OF )?ORDER BY/);
        } else {
          expect(plan, context).not.toMatch(/Seq Scan on (articles|article_topics|article_authors|listing_counts)\b/);
        }
      }
    }

    it('uses indexes for every hot query before statistics are gathered', async () => {
      for (const [name, run] of hotQueries(store, ids)) expectIndexed(name, await plansOf(run));
    });

    it('still uses them once the planner has statistics (PRAGMA optimize / ANALYZE)', async () => {
      if (kind.name === 'sqlite') await refreshPlannerStatistics(handle.opened, { firstRun: true });
      else await db.executeQuery(CompiledQuery.raw('analyze'));
      for (const [name, run] of hotQueries(store, ids)) expectIndexed(name, await plansOf(run));
    });
  });
}
