/**
 * Edition footer links (issue 9): per edition, the ordered imprint, privacy,
 * contact and other links shown in every page's footer, labelled in the
 * edition's language. Read once per directory load, never per page view.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('edition_footer_links')
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('href', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_footer_links_pk', ['edition_code', 'position'])
    .execute();
}
