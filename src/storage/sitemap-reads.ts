/**
 * Reads for feeds and sitemaps: an edition's published articles in id ranges
 * (article sitemaps), which ranges hold any (the sitemap index), and the
 * topics, authors and agencies of a handful of articles (feed items).
 *
 * Article sitemaps are id ranges of a fixed width rather than "the n-th
 * 50,000 articles": a page then reads one primary-key range (bounded work,
 * whatever its number), and an article stays in the same file for life, so
 * publishing does not reshuffle every later file.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { ArticleRefs, SitemapReader } from '../operations/ports.js';
import type { HeraldDatabase } from './database.js';

type Db = Kysely<HeraldDatabase>;
type Visibility = (now: string) => (eb: ExpressionBuilder<HeraldDatabase, 'articles'>) => ReturnType<ExpressionBuilder<HeraldDatabase, 'articles'>['and']>;

/** Reference rows grouped per article, each list in byline/topic order. */
function groupByArticle(rows: { article_id: number; ref: number; position: number }[]): Map<number, number[]> {
  const sorted = [...rows].sort((a, b) => Number(a.position) - Number(b.position));
  const grouped = new Map<number, number[]>();
  for (const row of sorted) {
    const id = Number(row.article_id);
    grouped.set(id, [...(grouped.get(id) ?? []), Number(row.ref)]);
  }
  return grouped;
}

/** `visibleAt` is content-reads' rule of what readers may see, passed in so it exists once. */
export function sitemapReads(db: Db, visibleAt: Visibility): SitemapReader {
  return {
    async listSitemapRanges({ editionCode, now, rangeSize }) {
      if (!Number.isSafeInteger(rangeSize) || rangeSize < 1) throw new RangeError('rangeSize must be a positive integer');
      // Integer division on both stores (integer columns, integer literal); a literal so PostgreSQL need not guess a parameter type.
      const range = sql<number | string>`(${sql.ref('articles.id')} - 1) / ${sql.lit(rangeSize)}`;
      const rows = await db
        .selectFrom('articles')
        .select([range.as('range_index'), (eb) => eb.fn.max('articles.updated_at').as('lastmod'), (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('articles.edition_code', '=', editionCode)
        .where(visibleAt(now))
        .groupBy(range)
        .orderBy(range)
        .execute();
      return rows.map((r) => ({ page: Number(r.range_index) + 1, lastmod: String(r.lastmod), count: Number(r.n) }));
    },

    async listSitemapEntries({ editionCode, now, afterId, upToId }) {
      // The page's ids come from a primary-key range first (materialised, then joined in that order: CROSS JOIN
      // fixes the order in SQLite), so a page reads at most its own 50,000 rows. Left to itself, SQLite without
      // statistics prefers the (edition, status, first published) index, which reads every article of the
      // edition and sorts them, on every page.
      const rows = await db
        .with(
          (cte) => cte('page_ids').materialized(),
          (qb) => qb.selectFrom('articles').select('articles.id as page_id').where('articles.id', '>', afterId).where('articles.id', '<=', upToId),
        )
        .selectFrom('page_ids')
        .crossJoin('articles')
        .leftJoin('images', 'images.id', 'articles.lead_image_id')
        .select(['articles.id', 'articles.slug', 'articles.updated_at', 'articles.first_published_at', 'images.file_name'])
        .whereRef('articles.id', '=', 'page_ids.page_id')
        .where('articles.edition_code', '=', editionCode)
        .where(visibleAt(now))
        .orderBy('articles.id')
        .execute();
      return rows.map((r) => ({
        id: Number(r.id),
        editionCode,
        slug: r.slug,
        updatedAt: r.updated_at,
        firstPublishedAt: r.first_published_at as string,
        leadImageFile: r.file_name ?? null,
      }));
    },

    async listArticleRefs(ids): Promise<ArticleRefs[]> {
      if (ids.length === 0) return [];
      const [topics, authors, agencies] = await Promise.all([
        db.selectFrom('article_topics').select(['article_id', 'topic_id as ref', 'position']).where('article_id', 'in', ids).execute(),
        db.selectFrom('article_authors').select(['article_id', 'author_id as ref', 'position']).where('article_id', 'in', ids).execute(),
        db.selectFrom('article_agencies').select(['article_id', 'agency_id as ref', 'position']).where('article_id', 'in', ids).execute(),
      ]);
      const [byTopic, byAuthor, byAgency] = [groupByArticle(topics), groupByArticle(authors), groupByArticle(agencies)];
      return ids.map((id) => ({
        id,
        topicIds: byTopic.get(id) ?? [],
        authorIds: byAuthor.get(id) ?? [],
        agencyIds: byAgency.get(id) ?? [],
      }));
    },
  };
}
