/**
 * The wire desk: every received version of every agency item (kept verbatim
 * for audit), one row per story pointing at its newest version, the quarantine
 * of refused files, and alerts for articles whose source was corrected,
 * withheld or killed.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('wire_items'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('pub_status', 'text', (c) => c.notNull())
    .addColumn('urgency', 'integer')
    .addColumn('language', 'text')
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('slugline', 'text')
    .addColumn('dateline', 'text')
    .addColumn('located', 'text')
    .addColumn('byline', 'text')
    .addColumn('item_class', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('subjects', 'text', (c) => c.notNull())
    .addColumn('pictures', 'text', (c) => c.notNull())
    .addColumn('embargo_until', 'text')
    .addColumn('first_created', 'text')
    .addColumn('version_created', 'text')
    .addColumn('is_correction', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sanitizer_notes', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('wire_items_guid_version_unique', ['guid', 'version'])
    .execute();

  await db.schema
    .createTable('wire_stories')
    .addColumn('guid', 'text', (c) => c.primaryKey())
    .addColumn('latest_item_id', 'integer', (c) => c.notNull().references('wire_items.id'))
    .addColumn('latest_version', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('pub_status', 'text', (c) => c.notNull())
    .addColumn('urgency', 'integer')
    .addColumn('language', 'text')
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('is_correction', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('subject_codes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('version_created', 'text')
    .execute();
  await db.schema.createIndex('wire_stories_received_idx').on('wire_stories').column('received_at').execute();

  await dialect
    .addIdColumn(db.schema.createTable('wire_quarantine'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('wire_alerts'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .execute();
  await db.schema.createIndex('wire_alerts_article_idx').on('wire_alerts').column('article_id').execute();
  await db.schema.createIndex('articles_wire_guid_idx').on('articles').column('wire_guid').execute();
}
