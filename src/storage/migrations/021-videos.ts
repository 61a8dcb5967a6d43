/**
 * Videos (issue 10): an item of their own rather than an article kind, since
 * they have no body and a media source instead; they share the edition,
 * section, topics and workflow columns of articles. `short_id` is unique here
 * and checked against articles on insert, so `/p/{id}` names one thing.
 * Captions are WebVTT files in the media folder, one per language.
 */
import type { Kysely } from 'kysely';
import type { StoreDialect } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>, dialect: StoreDialect): Promise<void> {
  await dialect
    .addIdColumn(db.schema.createTable('videos'))
    .addColumn('short_id', 'text', (c) => c.notNull().unique())
    .addColumn('edition_code', 'text', (c) => c.notNull())
    .addColumn('section_id', 'integer', (c) => c.notNull().references('sections.id'))
    .addColumn('topic_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('teaser', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('poster_image_id', 'integer', (c) => c.references('images.id'))
    .addColumn('poster_caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('duration_seconds', 'real')
    .addColumn('source_file', 'text')
    .addColumn('source_mime', 'text')
    .addColumn('source_bytes', 'integer')
    .addColumn('hls_url', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('first_published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('videos_edition_published_idx').on('videos').columns(['edition_code', 'status', 'published_at']).execute();
  await db.schema
    .createTable('video_captions')
    .addColumn('video_id', 'integer', (c) => c.notNull().references('videos.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('video_captions_pk', ['video_id', 'lang'])
    .execute();
}
