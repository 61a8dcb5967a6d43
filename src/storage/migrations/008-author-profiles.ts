/**
 * Author pages: every author gets a unique URL slug (made from the name by
 * the one slug rule, src/domain/slug.ts, here for the authors that exist), a
 * role or title, and an optional picture from the media library. The slug
 * column starts empty and is filled before its unique index is built, which
 * works the same on SQLite (no ALTER COLUMN) and PostgreSQL. An index on
 * (author_id, article_id) serves the author page's article list.
 */
import type { Kysely } from 'kysely';
import { authorSlug } from '../../domain/slug.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('authors').addColumn('slug', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('authors').addColumn('title', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('authors').addColumn('image_id', 'integer', (c) => c.references('images.id')).execute();

  // Oldest first, so the author who was there first keeps the plain slug.
  const authors: { id: number; name: string }[] = await db.selectFrom('authors').select(['id', 'name']).orderBy('id').execute();
  const taken = new Set<string>();
  for (const author of authors) {
    const slug = authorSlug(author.name, (candidate) => taken.has(candidate));
    taken.add(slug);
    await db.updateTable('authors').set({ slug }).where('id', '=', author.id).execute();
  }

  await db.schema.createIndex('authors_slug_idx').on('authors').column('slug').unique().execute();
  await db.schema.createIndex('article_authors_author_idx').on('article_authors').columns(['author_id', 'article_id']).execute();
}
