/** `herald seed [--articles N]`: demo newsroom into an empty store, plus N generated articles. */
import { seedFullDemo } from '../seed/seed-full-demo.js';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { createCore } from '../core.js';
import { connectEventTransport } from '../events/event-transport.js';
import { HeraldError } from '../domain/errors.js';
import { seedDemoAccounts } from '../auth/demo-accounts.js';
import { seedBulkArticles } from '../seed/seed-bulk.js';

export async function runSeed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { articles: { type: 'string', default: '0' } }, strict: true });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 0 || count > 10_000_000)
    throw new HeraldError('HERALD_VALIDATION', `--articles must be a whole number from 0 to 10,000,000, not "${values.articles}".`);
  const config = loadConfig();
  let core: Awaited<ReturnType<typeof createCore>> | null = await createCore(config);
  try {
    if ((await core.store.listEditions()).length === 0) {
      await seedFullDemo(core.operations, core.media);
      console.log(`Seeded the demo newsroom (${await core.store.countArticles()} articles).`);
      // The demo logins go with the demo newsroom; printed once here, never stored in plain text.
      await seedDemoAccounts(core.store, console.log, { authors: await core.store.listAuthors() });
      if (count > 0) {
        // The generated articles go in through fresh connections. On the connection that seeded the demo, SQLite
        // re-read the search index's pages (search_fts_data) beyond the memory-mapped window again and again once the
        // file passed 256 MB: 4.6 GB of reads by 40,000 articles, 21.7 GB and 128 s by 60,000, growing with every
        // batch (a million took hours); on fresh ones 0.8 GB and 19 s by 40,000, linear. Why that connection does so
        // was not found.
        const demoCore = core;
        core = null;
        await demoCore.close();
        core = await createCore(config);
      }
    } else {
      console.log('The store already has a newsroom; keeping it.');
    }
    const { store, events, operations: ctx } = core;
    if (count > 0) {
      const started = Date.now();
      await seedBulkArticles(ctx, count, (done) => {
        if (done % 10_000 === 0 || done === count) console.log(`  ${done} / ${count} generated articles`);
      });
      console.log(`Added ${count} generated articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      // Here rather than at the server's next start, where reading the archive's indexes delays the first page
      // (at a million articles on a cold disk: 4.4 s with the statistics the demo left, 0.6 s with current ones).
      const analysing = Date.now();
      await store.refreshPlannerStatistics();
      console.log(`Updated the query planner's statistics in ${((Date.now() - analysing) / 1000).toFixed(1)} s.`);
    }
    // A running server purges its page cache (src/events/event-transport.ts): one edition-wide purge each rather
    // than an event per generated article, connected only now so those are not sent.
    const transport = await connectEventTransport(events, store.cluster, { redisUrl: config.redisUrl }).catch((error: unknown) => {
      console.error(`herald seed: a running server will not be told (${error instanceof Error ? error.message : String(error)})`);
      return null;
    });
    const at = new Date().toISOString();
    for (const edition of await store.listEditions()) events.emit({ type: 'curation.changed', editionCode: edition.code, at });
    await transport?.close();
    console.log(`The store now holds ${await store.countArticles()} articles.`);
    return 0;
  } finally {
    await core?.close();
  }
}
