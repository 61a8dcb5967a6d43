/** Read queries, written once for every store. */
import { frontPageStore } from './front-page-store.js';
import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import type { Article } from '../domain/article.js';
import type { Agency, Author } from '../domain/taxonomy.js';
import type { ContentReader, ListingQuery, TranslationLink } from '../operations/ports.js';
import type { HeraldDatabase } from './database.js';
import { newsroomReads } from './newsroom-reads.js';
import { sitemapReads } from './sitemap-reads.js';
import { SUMMARY_COLUMNS, toArticle, toAuthor, toEdition, toImage, toSection, toSummary, toTopic } from './row-mappers.js';

type Db = Kysely<HeraldDatabase>;

/** Published, not under embargo, and first published no later than `now`. */
function visibleAt(now: string) {
  return (eb: ExpressionBuilder<HeraldDatabase, 'articles'>) =>
    eb.and([
      eb('articles.status', '=', 'published'),
      eb('articles.first_published_at', 'is not', null),
      eb('articles.first_published_at', '<=', now),
      eb.or([eb('articles.embargo_until', 'is', null), eb('articles.embargo_until', '<=', now)]),
    ]);
}

function listingFilter<O>(
  query: SelectQueryBuilder<HeraldDatabase, 'articles', O>,
  q: Omit<ListingQuery, 'limit' | 'offset'>,
): SelectQueryBuilder<HeraldDatabase, 'articles', O> {
  let filtered = query.where('articles.edition_code', '=', q.editionCode).where(visibleAt(q.now));
  if (q.sectionIds) {
    if (q.sectionIds.length === 0) return filtered.where((eb) => eb.val(1), '=', 0);
    filtered = filtered.where('articles.section_id', 'in', q.sectionIds);
  }
  if (q.topicId !== undefined) {
    const topicId = q.topicId;
    filtered = filtered.where((eb) =>
      eb.exists(
        eb
          .selectFrom('article_topics')
          .select('article_topics.article_id')
          .whereRef('article_topics.article_id', '=', 'articles.id')
          .where('article_topics.topic_id', '=', topicId),
      ),
    );
  }
  if (q.authorId !== undefined) {
    const authorId = q.authorId;
    filtered = filtered.where((eb) =>
      eb.exists(
        eb
          .selectFrom('article_authors')
          .select('article_authors.article_id')
          .whereRef('article_authors.article_id', '=', 'articles.id')
          .where('article_authors.author_id', '=', authorId),
      ),
    );
  }
  if (q.excludeIds && q.excludeIds.length > 0) filtered = filtered.where('articles.id', 'not in', q.excludeIds);
  return filtered;
}

const byPosition = <T extends { position: number }>(rows: T[]) => rows.sort((a, b) => a.position - b.position);

export function contentReads(db: Db): ContentReader {
  return {
    ...newsroomReads(db),
    ...sitemapReads(db, visibleAt),
    frontPage: frontPageStore(db),
    async listEditions() {
      const rows = await db.selectFrom('editions').selectAll().orderBy('position').orderBy('code').execute();
      return rows.map(toEdition);
    },

    async listSections(editionCode) {
      const rows = await db
        .selectFrom('sections')
        .selectAll()
        .where('edition_code', '=', editionCode)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return rows.map(toSection);
    },

    async listTopics(editionCode) {
      const rows = await db.selectFrom('topics').selectAll().where('edition_code', '=', editionCode).orderBy('id').execute();
      return rows.map(toTopic);
    },

    async getArticle(id): Promise<Article | null> {
      const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const [topics, authors, agencies] = await Promise.all([
        db.selectFrom('article_topics').select(['topic_id as ref', 'position']).where('article_id', '=', id).execute(),
        db.selectFrom('article_authors').select(['author_id as ref', 'position']).where('article_id', '=', id).execute(),
        db.selectFrom('article_agencies').select(['agency_id as ref', 'position']).where('article_id', '=', id).execute(),
      ]);
      const ids = (rows: { ref: number; position: number }[]) => byPosition(rows).map((r) => Number(r.ref));
      return toArticle(row, { topicIds: ids(topics), authorIds: ids(authors), agencyIds: ids(agencies) });
    },

    async findArticleIdByShortId(shortId) {
      const row = await db.selectFrom('articles').select('id').where('short_id', '=', shortId).executeTakeFirst();
      return row ? Number(row.id) : null;
    },

    async listPublished(q) {
      const rows = await listingFilter(db.selectFrom('articles').select(SUMMARY_COLUMNS), q)
        .orderBy('articles.first_published_at', 'desc')
        .orderBy('articles.id', 'desc')
        .limit(q.limit)
        .offset(q.offset)
        .execute();
      return rows.map(toSummary);
    },

    async countPublished(q) {
      const row = await listingFilter(
        db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')),
        q,
      ).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async getPublishedSummaries(ids, now) {
      if (ids.length === 0) return [];
      const rows = await db
        .selectFrom('articles')
        .select(SUMMARY_COLUMNS)
        .where('articles.id', 'in', ids)
        .where(visibleAt(now))
        .execute();
      return rows.map(toSummary);
    },

    async listTranslations(group, now): Promise<TranslationLink[]> {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'edition_code', 'slug', 'headline'])
        .where('translation_group', '=', group)
        .where(visibleAt(now))
        .orderBy('edition_code')
        .execute();
      return rows.map((r) => ({ id: Number(r.id), editionCode: r.edition_code, slug: r.slug, headline: r.headline }));
    },

    async getImages(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('images').selectAll().where('id', 'in', ids).execute();
      return rows.map(toImage);
    },

    async getAuthors(ids): Promise<Author[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('authors').selectAll().where('id', 'in', ids).execute();
      return rows.map(toAuthor);
    },

    async getAgencies(ids): Promise<Agency[]> {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('agencies').selectAll().where('id', 'in', ids).execute();
      return rows.map((r) => ({ ...r, id: Number(r.id) }));
    },

    async listAuthors() {
      const rows = await db.selectFrom('authors').selectAll().orderBy('id').execute();
      return rows.map(toAuthor);
    },

    async listAgencies() {
      const rows = await db.selectFrom('agencies').selectAll().orderBy('id').execute();
      return rows.map((r) => ({ ...r, id: Number(r.id) }));
    },

    async countArticles() {
      const row = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
