/**
 * The newsroom's history: a snapshot per saved revision (who, when, what
 * changed), visible correction and update notices, and who created each
 * article (reporters may edit only their own drafts).
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await db.schema.alterTable('articles').addColumn('created_by', 'integer').execute();

  await db.schema
    .createTable('article_revisions')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_revisions_pk', ['article_id', 'revision'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('article_notices'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_notices_article_idx').on('article_notices').column('article_id').execute();
  await db.schema.createIndex('articles_status_publish_at_idx').on('articles').columns(['status', 'publish_at']).execute();
  await db.schema.createIndex('articles_embargo_idx').on('articles').column('embargo_until').execute();
}
