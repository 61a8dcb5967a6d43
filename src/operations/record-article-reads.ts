/**
 * Adds a batch of anonymous read tallies (from the site's in-memory counter,
 * src/site/read-counter.ts) to the store. Only the system records reads: no
 * reader is a user, and no newsroom account should be able to inflate "Most
 * read". Not audited or evented: these are audience numbers, not an editorial
 * change, and one audit row per flush would bury the real ones. Hours older
 * than the retention are pruned once an hour, so the table stays small.
 */
import { HeraldError } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import type { OperationContext } from './context.js';
import type { ArticleReadBucket } from './read-count-ports.js';

const HOUR_MS = 3_600_000;
/** "Most read" looks back 24 hours; a week more leaves room for a later, longer view. */
export const READ_COUNT_RETENTION_HOURS = 24 * 8;

/** The start of the hour `at` falls in, ISO 8601 UTC. */
export const hourOf = (at: Date | number): string => new Date(Math.floor(new Date(at).getTime() / HOUR_MS) * HOUR_MS).toISOString();

export async function recordArticleReads(ctx: OperationContext, actor: Actor, buckets: ArticleReadBucket[]): Promise<void> {
  if (actor.userId !== null) throw new HeraldError('HERALD_FORBIDDEN', 'Read counts are recorded by the site itself, not by an account.');
  for (const bucket of buckets)
    if (!Number.isSafeInteger(bucket.articleId) || !Number.isSafeInteger(bucket.count) || bucket.count < 0)
      throw new HeraldError('HERALD_VALIDATION', `A read count must be a whole number of reads of an article id (got ${JSON.stringify(bucket)}).`);
  await ctx.store.readCounts.addReadCounts(buckets);
}

/** Removes tallies older than the retention; the caller runs it about once an hour. */
export async function pruneArticleReads(ctx: OperationContext, actor: Actor): Promise<number> {
  if (actor.userId !== null) throw new HeraldError('HERALD_FORBIDDEN', 'Read counts are pruned by the site itself, not by an account.');
  return ctx.store.readCounts.pruneReadCounts(hourOf(ctx.now().getTime() - READ_COUNT_RETENTION_HOURS * HOUR_MS));
}
