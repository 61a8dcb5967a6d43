/** Read queries, written once for every store. */
import { frontPageStore } from './front-page-store.js';
import { editionFooterStore } from './edition-footer-store.js';
import { liveCoverageStore } from './live-coverage-store.js';
import { podcastStore } from './podcast-store.js';
import { videoStore } from './video-store.js';
import { liveTvStore } from './live-tv-store.js';
import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Article } from '../domain/article.js';
import type { Agency, Author } from '../domain/taxonomy.js';
import type { ContentReader, ListingQuery, TranslationLink } from '../operations/ports.js';
import type { HeraldDatabase } from './database.js';
import { newsroomReads } from './newsroom-reads.js';
import { reviewReads } from './review-reads.js';
import { sitemapReads } from './sitemap-reads.js';
import { countedButHiddenIds, storedListingCount } from './listing-counts.js';
import { SUMMARY_COLUMNS, toArticle, toAuthor, toEdition, toImage, toSection, toSummary, toTopic } from './row-mappers.js';
import { rowLimit } from './row-limit.js';
import { defineQuery } from './compiled-queries.js';

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
  return scopeFilter(query.where('articles.edition_code', '=', q.editionCode).where(visibleAt(q.now)), q);
}

/** A listing's section, topic, author and exclusions, without the edition and visibility. */
function scopeFilter<O>(
  query: SelectQueryBuilder<HeraldDatabase, 'articles', O>,
  q: Omit<ListingQuery, 'limit' | 'offset' | 'now' | 'editionCode'>,
): SelectQueryBuilder<HeraldDatabase, 'articles', O> {
  let filtered = query;
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

// The reads every uncached public page makes, compiled once per shape (src/storage/compiled-queries.ts).
const articleById = defineQuery((db: Db, p: { id: number }) => db.selectFrom('articles').selectAll().where('id', '=', p.id));
const articleTopics = defineQuery((db: Db, p: { id: number }) =>
  db.selectFrom('article_topics').select(['topic_id as ref', 'position']).where('article_id', '=', p.id),
);
const articleAuthors = defineQuery((db: Db, p: { id: number }) =>
  db.selectFrom('article_authors').select(['author_id as ref', 'position']).where('article_id', '=', p.id),
);
const articleAgencies = defineQuery((db: Db, p: { id: number }) =>
  db.selectFrom('article_agencies').select(['agency_id as ref', 'position']).where('article_id', '=', p.id),
);
type ListingParams = Omit<ListingQuery, 'limit'>;
const publishedListing = defineQuery((db: Db, p: ListingParams, written: { limit: number }) =>
  listingFilter(db.selectFrom('articles').select(SUMMARY_COLUMNS), p)
    .orderBy('articles.first_published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(rowLimit(written.limit))
    .offset(p.offset),
);
const publishedSummaries = defineQuery((db: Db, p: { ids: number[]; now: string }) =>
  db.selectFrom('articles').select(SUMMARY_COLUMNS).where('articles.id', 'in', p.ids).where(visibleAt(p.now)),
);
const translations = defineQuery((db: Db, p: { group: string; now: string }) =>
  db
    .selectFrom('articles')
    .select(['id', 'edition_code', 'slug', 'headline'])
    .where('translation_group', '=', p.group)
    .where(visibleAt(p.now))
    .orderBy('edition_code'),
);
const hiddenInScopeCount = defineQuery(
  (db: Db, p: { hidden: number[]; editionCode: string } & Pick<ListingQuery, 'sectionIds' | 'topicId' | 'authorId'>) =>
    scopeFilter(
      db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('articles.id', 'in', p.hidden)
        // `|| ''`: only the id list may drive this look-up, never an index over the whole edition.
        .where(sql<string>`articles.edition_code || ''`, '=', p.editionCode)
        .where(sql<string>`articles.status || ''`, '=', 'published')
        .where(sql<string>`coalesce(articles.first_published_at, '')`, '<>', ''),
      p,
    ),
);
const imagesById = defineQuery((db: Db, p: { ids: number[] }) => db.selectFrom('images').selectAll().where('id', 'in', p.ids));

const byPosition = <T extends { position: number }>(rows: T[]) => rows.sort((a, b) => a.position - b.position);

export function contentReads(db: Db): ContentReader {
  return {
    ...newsroomReads(db),
    ...reviewReads(db),
    ...sitemapReads(db, visibleAt),
    frontPage: frontPageStore(db),
    footer: editionFooterStore(db),
    live: liveCoverageStore(db),
    podcasts: podcastStore(db),
    videos: videoStore(db),
    liveTv: liveTvStore(db),
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
      const row = await articleById.first(db, { id });
      if (!row) return null;
      const [topics, authors, agencies] = await Promise.all([
        articleTopics.rows(db, { id }),
        articleAuthors.rows(db, { id }),
        articleAgencies.rows(db, { id }),
      ]);
      const ids = (rows: { ref: number; position: number }[]) => byPosition(rows).map((r) => Number(r.ref));
      return toArticle(row, { topicIds: ids(topics), authorIds: ids(authors), agencyIds: ids(agencies) });
    },

    async findArticleIdByShortId(shortId) {
      const row = await db.selectFrom('articles').select('id').where('short_id', '=', shortId).executeTakeFirst();
      return row ? Number(row.id) : null;
    },

    async listPublished(q) {
      // Named one by one: a caller's object may carry more than the listing's fields.
      const { editionCode, sectionIds, topicId, authorId, now, offset, excludeIds } = q;
      const rows = await publishedListing.rows(db, { editionCode, sectionIds, topicId, authorId, now, offset, excludeIds }, { limit: q.limit });
      return rows.map(toSummary);
    },

    async countPublished(q) {
      const scopes = [q.sectionIds, q.topicId, q.authorId].filter((scope) => scope !== undefined).length;
      if (scopes <= 1 && !(q.excludeIds && q.excludeIds.length > 0)) {
        // The stored count (migration 019) less the counted articles not visible yet: a few index look-ups at any archive size.
        const stored = q.sectionIds
          ? await storedListingCount(db, q.editionCode, 'section', q.sectionIds)
          : q.topicId !== undefined
            ? await storedListingCount(db, q.editionCode, 'topic', [q.topicId])
            : q.authorId !== undefined
              ? await storedListingCount(db, q.editionCode, 'author', [q.authorId])
              : await storedListingCount(db, q.editionCode, 'edition', [0]);
        const hidden = await countedButHiddenIds(db, q.editionCode, q.now);
        if (hidden.length === 0) return stored;
        const { editionCode, sectionIds, topicId, authorId } = q;
        const row = await hiddenInScopeCount.first(db, { hidden, editionCode, sectionIds, topicId, authorId });
        return stored - Number(row?.n ?? 0);
      }
      // Combined filters (no page asks for them today) count the rows.
      const row = await listingFilter(
        db.selectFrom('articles').select((eb) => eb.fn.countAll<number | string>().as('n')),
        q,
      ).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async getPublishedSummaries(ids, now) {
      if (ids.length === 0) return [];
      const rows = await publishedSummaries.rows(db, { ids, now });
      return rows.map(toSummary);
    },

    async listTranslations(group, now): Promise<TranslationLink[]> {
      const rows = await translations.rows(db, { group, now });
      return rows.map((r) => ({ id: Number(r.id), editionCode: r.edition_code, slug: r.slug, headline: r.headline }));
    },

    async getImages(ids) {
      if (ids.length === 0) return [];
      const rows = await imagesById.rows(db, { ids });
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
