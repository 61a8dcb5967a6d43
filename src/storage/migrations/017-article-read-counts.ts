/**
 * Anonymous read tallies for "Most read" (issue 9): one row per article and
 * hour, nothing about the reader. No foreign key to `articles`: a batch of
 * counts flushed just after an article was deleted must not fail the whole
 * write; the most-read query joins `articles`, so orphans are never shown,
 * and old hours are pruned. The `hour` index serves the 24-hour window.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_read_counts')
    .addColumn('article_id', 'integer', (c) => c.notNull())
    /** The hour's start, ISO 8601 UTC (`2026-11-30T08:00:00.000Z`). */
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_read_counts_pk', ['article_id', 'hour'])
    .execute();
  await db.schema.createIndex('article_read_counts_hour_idx').on('article_read_counts').columns(['hour', 'article_id']).execute();
}
