/** Newsroom reads: revision history, notices, admin search, scheduler queries, the media library. */
import { sql, type Kysely } from 'kysely';
import type { ArticleStatus } from '../domain/article.js';
import { isRevisionKind, kindFromSummary } from '../domain/revision-kinds.js';
import type { ArticleSearch, ContentReader, StoredRevision } from '../operations/ports.js';
import type { HeraldDatabase } from './database.js';
import { likeContains, searchWords } from './like-contains.js';
import { toImage } from './row-mappers.js';
import { defineQuery } from './compiled-queries.js';

type Db = Kysely<HeraldDatabase>;
type NewsroomReads = Pick<
  ContentReader,
  'listRevisions' | 'getRevision' | 'listNotices' | 'searchArticles' | 'listDueScheduled' | 'listEmbargoReleases' | 'listImages' | 'listArticlesUsingImage'
>;


const toRevision = (r: {
  revision: number; user_id: number | null; snapshot: string; summary: string; created_at: string; kind: string | null; note: string | null;
}): StoredRevision => ({
  revision: Number(r.revision),
  userId: r.user_id === null ? null : Number(r.user_id),
  snapshot: JSON.parse(r.snapshot),
  summary: r.summary,
  createdAt: r.created_at,
  kind: isRevisionKind(r.kind) ? r.kind : kindFromSummary(r.summary),
  note: r.note,
});

// Every uncached article page reads its notices: compiled once (src/storage/compiled-queries.ts).
const noticesOf = defineQuery((db: Db, p: { articleId: number }) =>
  db.selectFrom('article_notices').selectAll().where('article_id', '=', p.articleId).orderBy('id'),
);

function searchFilter(db: Db, q: ArticleSearch) {
  let query = db.selectFrom('articles');
  if (q.editionCodes) query = q.editionCodes.length ? query.where('edition_code', 'in', q.editionCodes) : query.where((eb) => eb.val(1), '=', 0);
  if (q.sectionId !== undefined) query = query.where('section_id', '=', q.sectionId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.createdBy !== undefined) query = query.where('created_by', '=', q.createdBy);
  if (q.from) query = query.where('updated_at', '>=', q.from);
  if (q.to) query = query.where('updated_at', '<=', q.to);
  if (q.authorId !== undefined) {
    const authorId = q.authorId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('article_authors').select('article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('author_id', '=', authorId)),
    );
  }
  for (const word of searchWords(q.text)) {
    // Lower-casing both sides keeps the match case-insensitive on both stores (PostgreSQL's LIKE is case-sensitive).
    const lower = word.toLowerCase();
    query = query.where((eb) =>
      eb.or([
        likeContains(eb.fn('lower', ['headline']), lower),
        likeContains(eb.fn('lower', ['kicker']), lower),
        likeContains(eb.fn('lower', ['teaser']), lower),
        eb('short_id', '=', word),
      ]),
    );
  }
  return query;
}

export function newsroomReads(db: Db): NewsroomReads {
  return {
    async listRevisions(articleId) {
      const rows = await db.selectFrom('article_revisions').selectAll().where('article_id', '=', articleId).orderBy('revision', 'desc').execute();
      return rows.map(toRevision);
    },

    async getRevision(articleId, revision) {
      const row = await db
        .selectFrom('article_revisions')
        .selectAll()
        .where('article_id', '=', articleId)
        .where('revision', '=', revision)
        .executeTakeFirst();
      return row ? toRevision(row) : null;
    },

    async listNotices(articleId) {
      const rows = await noticesOf.rows(db, { articleId });
      return rows.map((r) => ({ kind: r.kind === 'update' ? 'update' : 'correction', text: r.text, createdAt: r.created_at }));
    },

    async searchArticles(q) {
      const [rows, count] = await Promise.all([
        searchFilter(db, q)
          .select(['id', 'short_id', 'edition_code', 'section_id', 'headline', 'status', 'updated_at', 'first_published_at', 'publish_at', 'revision', 'created_by'])
          .orderBy('updated_at', 'desc')
          .orderBy('id', 'desc')
          .limit(q.limit)
          .offset(q.offset)
          .execute(),
        searchFilter(db, q).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
      ]);
      // The bylines of the whole page in one query, in byline order.
      const authorRows = rows.length
        ? await db
            .selectFrom('article_authors')
            .select(['article_id', 'author_id'])
            .where('article_id', 'in', rows.map((r) => r.id))
            .orderBy('article_id')
            .orderBy('position')
            .execute()
        : [];
      const authorsOf = new Map<number, number[]>();
      for (const a of authorRows) authorsOf.set(Number(a.article_id), [...(authorsOf.get(Number(a.article_id)) ?? []), Number(a.author_id)]);
      return {
        total: Number(count?.n ?? 0),
        rows: rows.map((r) => ({
          id: Number(r.id), shortId: r.short_id, editionCode: r.edition_code, sectionId: Number(r.section_id), headline: r.headline,
          status: r.status as ArticleStatus, updatedAt: r.updated_at, firstPublishedAt: r.first_published_at, publishAt: r.publish_at,
          revision: Number(r.revision), createdBy: r.created_by === null ? null : Number(r.created_by),
          authorIds: authorsOf.get(Number(r.id)) ?? [],
        })),
      };
    },

    async listDueScheduled(now) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'revision', 'edition_code'])
        .where('status', '=', 'scheduled')
        .where('publish_at', '<=', now)
        .orderBy('publish_at')
        .limit(500)
        .execute();
      return rows.map((r) => ({ id: Number(r.id), revision: Number(r.revision), editionCode: r.edition_code }));
    },

    async listEmbargoReleases(after, upTo) {
      const rows = await db
        .selectFrom('articles')
        .select(['id', 'edition_code'])
        // `|| ''` keeps the planners off the status index (nearly every article is published: a scan of
        // the archive every tick); the embargo index's range holds only the articles released in this window.
        .where(sql<string>`articles.status || ''`, '=', 'published')
        .where('embargo_until', '>', after)
        .where('embargo_until', '<=', upTo)
        .execute();
      return rows.map((r) => ({ id: Number(r.id), editionCode: r.edition_code }));
    },

    async listImages(q) {
      let query = db.selectFrom('images').selectAll();
      for (const word of searchWords(q.text)) {
        const lower = word.toLowerCase();
        query = query.where((eb) =>
          eb.or(['alt', 'caption', 'credit_name'].map((column) => likeContains(eb.fn('lower', [column as 'alt']), lower))),
        );
      }
      const rows = await query.orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute();
      return rows.map(toImage);
    },

    async listArticlesUsingImage(imageId) {
      const rows = await db.selectFrom('article_images').select('article_id').where('image_id', '=', imageId).orderBy('article_id').execute();
      return rows.map((r) => Number(r.article_id));
    },
  };
}
