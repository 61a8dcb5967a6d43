/**
 * Which articles use which image (as lead image or in the body), so an edit to
 * an image's caption or credit can be checked against the rules of every
 * article that shows it and purge exactly their pages. Kept in the same
 * transaction as every article write; filled here for existing articles.
 */
import type { Kysely } from 'kysely';
import { articleImageIds } from '../../domain/article.js';
import type { BodyBlock } from '../../domain/blocks.js';

const BATCH = 1000;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_images')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('image_id', 'integer', (c) => c.notNull().references('images.id'))
    .addPrimaryKeyConstraint('article_images_pk', ['article_id', 'image_id'])
    .execute();
  await db.schema.createIndex('article_images_image_idx').on('article_images').columns(['image_id', 'article_id']).execute();

  let after = 0;
  for (;;) {
    const rows: { id: number; lead_image_id: number | null; body: string }[] = await db
      .selectFrom('articles')
      .select(['id', 'lead_image_id', 'body'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const wanted = rows.map((r) => ({ articleId: Number(r.id), imageIds: articleImageIds(r.lead_image_id, JSON.parse(r.body) as BodyBlock[]) }));
    const allIds = [...new Set(wanted.flatMap((w) => w.imageIds))];
    // Old bodies may name images that no longer exist; those links are left out rather than failing the migration.
    const existing = new Set(
      allIds.length ? (await db.selectFrom('images').select('id').where('id', 'in', allIds).execute()).map((r: { id: number }) => Number(r.id)) : [],
    );
    const links = wanted.flatMap((w) => w.imageIds.filter((id) => existing.has(id)).map((image_id) => ({ article_id: w.articleId, image_id })));
    if (links.length) await db.insertInto('article_images').values(links).execute();
    after = Number(rows[rows.length - 1]!.id);
  }
}

