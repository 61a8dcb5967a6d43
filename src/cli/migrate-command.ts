/** `herald migrate`: runs pending migrations (they also run at every start). */
import { loadConfig } from '../config/config.js';
import { migrateToLatest } from '../storage/migrations/index.js';
import { openStore } from '../storage/open-store.js';

export async function runMigrate(): Promise<number> {
  const config = loadConfig();
  const opened = openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const applied = await migrateToLatest(opened.db, opened.dialect);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await opened.close();
  }
}
