/**
 * What happened at each revision (created, submitted, sent back, published,
 * updated, minor fix, corrected, restored, unpublished…) and the note a
 * reporter or editor left with a review step. The history labels revisions by
 * `kind`; the review list and the editor's banner read the latest `note`.
 * Older revisions keep null: their label is read from the summary text.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('article_revisions').addColumn('kind', 'text').execute();
  await db.schema.alterTable('article_revisions').addColumn('note', 'text').execute();
  // The review list and the banner look up an article's latest review step.
  await db.schema.createIndex('article_revisions_kind_idx').on('article_revisions').columns(['article_id', 'kind', 'revision']).execute();
}
