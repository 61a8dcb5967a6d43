/**
 * Indexes for the public listings (edition, section and topic pages, newest
 * first) and translation look-ups, and a description for sections, shown on
 * section pages. Existing sections get an empty description.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('sections')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('articles_edition_published_idx')
    .on('articles')
    .columns(['edition_code', 'status', 'first_published_at'])
    .execute();
  await db.schema
    .createIndex('articles_section_published_idx')
    .on('articles')
    .columns(['section_id', 'status', 'first_published_at'])
    .execute();
  await db.schema.createIndex('articles_translation_group_idx').on('articles').column('translation_group').execute();
  await db.schema.createIndex('article_topics_topic_idx').on('article_topics').columns(['topic_id', 'article_id']).execute();
  await db.schema.createIndex('sections_parent_idx').on('sections').column('parent_id').execute();
}
