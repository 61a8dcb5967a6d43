/**
 * Deep listing pages (issue 12): `?page=400` of a section skips 8,000 rows of
 * the edition's newest-first index, and each skipped row was a seek into the
 * article table just to read its section and embargo (22 ms at 100k articles,
 * over 100 ms for a topic). This index carries both after the order, and the
 * id before them so it still gives newest-first with ties by id without a
 * sort: a skipped row is read from the index alone. It replaces migration
 * 002's (edition, status, first published) index, of which it is an extension.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('articles_edition_listing_idx')
    .on('articles')
    .columns(['edition_code', 'status', 'first_published_at', 'id', 'section_id', 'embargo_until'])
    .execute();
  await db.schema.dropIndex('articles_edition_published_idx').ifExists().execute();
}
