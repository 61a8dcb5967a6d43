/**
 * Podcasts (issue 10): shows per edition and their episodes. Episode audio is
 * described by columns (file name or URL, type, bytes) rather than a media
 * table of its own: an episode has exactly one audio file, and the feed needs
 * its byte length and type on every render without a join. Episodes go with
 * their show (cascade); artwork points into the media library.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('podcast_shows'))
    .addColumn('edition_code', 'text', (c) => c.notNull().references('editions.code'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('artwork_image_id', 'integer', (c) => c.references('images.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('explicit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('author', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('owner_email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('podcast_shows_edition_slug_unique', ['edition_code', 'slug'])
    .execute();
  await dialect
    .addIdColumn(db.schema.createTable('podcast_episodes'))
    .addColumn('show_id', 'integer', (c) => c.notNull().references('podcast_shows.id').onDelete('cascade'))
    .addColumn('guid', 'text', (c) => c.notNull().unique())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('audio_file', 'text')
    .addColumn('audio_url', 'text')
    .addColumn('audio_mime', 'text')
    .addColumn('audio_bytes', 'bigint')
    .addColumn('duration_seconds', 'real')
    .addColumn('transcript', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('artwork_image_id', 'integer', (c) => c.references('images.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The show page and feed: a show's published episodes, newest first; "Latest audio" sorts all of an edition's.
  await db.schema.createIndex('podcast_episodes_show_idx').on('podcast_episodes').columns(['show_id', 'status', 'published_at']).execute();
  await db.schema.createIndex('podcast_episodes_published_idx').on('podcast_episodes').columns(['status', 'published_at']).execute();
}
