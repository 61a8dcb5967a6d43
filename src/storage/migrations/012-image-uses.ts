/**
 * Captions and alt texts belong to the use of an image in an article: the same
 * picture needs German words in a German article and Arabic ones in an Arabic
 * article. Body image blocks already carry their own caption/alt; this gives the
 * lead image the same. Null means "use the media library's text" (the default),
 * so existing articles keep showing exactly what they showed; the credit stays
 * with the image.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('lead_image_caption', 'text').execute();
  await db.schema.alterTable('articles').addColumn('lead_image_alt', 'text').execute();
}
