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
  const { store, media, events, operations: ctx, close } = await createCore(config);
  try {
    if ((await store.listEditions()).length === 0) {
      await seedFullDemo(ctx, media);
      console.log(`Seeded the demo newsroom (${await store.countArticles()} articles).`);
      // The demo logins go with the demo newsroom; printed once here, never stored in plain text.
      await seedDemoAccounts(store, console.log, { authors: await store.listAuthors() });
    } else {
      console.log('The store already has a newsroom; keeping it.');
    }
    if (count > 0) {
      const started = Date.now();
      await seedBulkArticles(ctx, count, (done) => {
        if (done % 10_000 === 0 || done === count) console.log(`  ${done} / ${count} generated articles`);
      });
      console.log(`Added ${count} generated articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
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
    await close();
  }
}
