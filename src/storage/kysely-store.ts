/** The Store for any Kysely dialect: reads on the pool, writes in one transaction each. */
import type { Store } from '../operations/ports.js';
import { createAccountStore } from './account-store.js';
import { contentReads } from './content-reads.js';
import { contentWrites } from './content-writes.js';
import type { OpenedStore } from './dialect.js';
import { migrateToLatest } from './migrations/index.js';
import { refreshPlannerStatistics, startPlannerStatisticsTimer } from './planner-statistics.js';
import { wireReads } from './wire-reads.js';
import { openSearchIndex } from './search/search-engines.js';
import { webhookStore } from './webhook-store.js';
import { apiKeyStore } from './api-key-store.js';
import { publicContentReads } from './public-content-reads.js';
import { storeHealth } from './store-health.js';
import { readCountStore } from './read-count-store.js';
import { clusterStore } from './cluster-store.js';

export function createStore(opened: OpenedStore): Store {
  const search = openSearchIndex(opened);
  return {
    kind: opened.dialect.kind,
    ...contentReads(opened.db),
    ...wireReads(opened.db),
    ...publicContentReads(opened.db),
    apiKeys: apiKeyStore(opened.db),
    // Accounts share this Kysely instance (pool, migrations); see src/storage/account-store.ts.
    accounts: createAccountStore(opened.db, opened.dialect),
    webhooks: webhookStore(opened.db),
    readCounts: readCountStore(opened.db), // "Most read" tallies (src/operations/read-count-ports.ts)
    search: search.index,
    transaction: (work) => opened.db.transaction().execute((trx) => work(contentWrites(trx, opened.dialect))),
    health: storeHealth(opened),
    refreshPlannerStatistics: () => refreshPlannerStatistics(opened, { firstRun: true }),
    // Cross-process events and the leader lease (src/operations/cluster-ports.ts).
    cluster: clusterStore(opened),
    close: async () => {
      await search.close();
      await opened.close();
    },
  };
}

/** Opens, migrates forward and wraps a store; the one way the app gets its database. */
export async function openMigratedStore(opened: OpenedStore): Promise<Store> {
  await migrateToLatest(opened.db, opened.dialect);
  await refreshPlannerStatistics(opened, { firstRun: true });
  const stopStatistics = startPlannerStatisticsTimer(opened);
  const store = createStore(opened);
  return { ...store, close: () => (stopStatistics(), store.close()) };
}
