/**
 * Front-page pins (issue 9): per edition, the top story, the ordered leads
 * and the section blocks' leads editors chose, each with an optional expiry.
 * A pin goes with its article (cascade): a deleted article leaves no pin
 * behind. Pins are read per edition on every home render, hence the index.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('front_page_pins'))
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.references('sections.id'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('expires_at', 'text')
    .addColumn('pinned_at', 'text', (c) => c.notNull())
    .addColumn('pinned_by', 'integer')
    .execute();
  await db.schema.createIndex('front_page_pins_edition_idx').on('front_page_pins').columns(['edition_code', 'slot', 'position']).execute();
}
