/**
 * Live coverage (issue 10). A separate table rather than columns on
 * `articles`: most articles are never live, and the article row (mapped,
 * snapshotted in revisions, copied by every write) stays as it is. Both
 * tables go with their article (cascade). Entries are read newest first per
 * article, the pinned one apart, hence the index.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('live_coverages')
    .addColumn('article_id', 'integer', (c) => c.primaryKey().references('articles.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('key_points', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await dialect
    .addIdColumn(db.schema.createTable('live_entries'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('authors.id').onDelete('set null'))
    .addColumn('author_initials', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('image_id', 'integer', (c) => c.references('images.id'))
    .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('live_entries_article_idx').on('live_entries').columns(['article_id', 'pinned', 'id']).execute();
}
