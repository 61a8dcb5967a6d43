/** The first schema: editions and what they own, authors, agencies, images, articles. */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// Migrations see the database as it was at their time, not as it is now.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('editions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('dir', 'text', (c) => c.notNull().check(sqlIn('dir', ['ltr', 'rtl'])))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('numbering_system', 'text', (c) => c.notNull())
    .addColumn('site_title', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('sections'))
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('parent_id', 'integer', (c) => c.references('sections.id'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('sections_edition_path_unique', ['edition_code', 'path'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('topics'))
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('focus_position', 'integer')
    .addUniqueConstraint('topics_edition_slug_unique', ['edition_code', 'slug'])
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('authors'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('initials', 'text', (c) => c.notNull())
    .addColumn('bio', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('agencies'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('images'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('derivative_widths', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('alt', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('credit_name', 'text')
    .addColumn('credit_agency', 'text')
    .addColumn('credit_distributor', 'text')
    .addColumn('focal_x', 'real', (c) => c.notNull().defaultTo(0.5))
    .addColumn('focal_y', 'real', (c) => c.notNull().defaultTo(0.5))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await dialect
    .addIdColumn(db.schema.createTable('articles'))
    .addColumn('short_id', 'text', (c) => c.notNull().unique())
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('kicker', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('teaser', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('lead_image_id', 'integer', (c) => c.references('images.id'))
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sqlIn('status', ['draft', 'in_review', 'scheduled', 'published', 'unpublished'])),
    )
    .addColumn('first_published_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('publish_at', 'text')
    .addColumn('embargo_until', 'text')
    .addColumn('translation_group', 'text')
    .addColumn('wire_guid', 'text')
    .addColumn('wire_version', 'integer')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  for (const [table, column, target] of [
    ['article_topics', 'topic_id', 'topics.id'],
    ['article_authors', 'author_id', 'authors.id'],
    ['article_agencies', 'agency_id', 'agencies.id'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
      .addColumn(column, 'integer', (c) => c.notNull().references(target))
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${table}_pk`, ['article_id', column])
      .execute();
  }
}

import { sql } from 'kysely';
function sqlIn(column: string, values: string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
