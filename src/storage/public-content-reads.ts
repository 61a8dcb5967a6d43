/**
 * The Content API's article listing, written once for every store: keyset
 * pagination over (change time, id), so a page never repeats or skips an
 * article when others are published meanwhile. The change time is the later
 * of `updated_at` and `embargo_until` (see PublicArticle); ISO 8601 UTC
 * strings of one fixed width compare correctly as text in both stores.
 */
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { PublicContentReader } from '../operations/public-content-ports.js';
import type { HeraldDatabase } from './database.js';
import { toArticle } from './row-mappers.js';
import { rowLimit } from './row-limit.js';

type Db = Kysely<HeraldDatabase>;

const changedAt = sql<string>`(case when articles.embargo_until is not null and articles.embargo_until > articles.updated_at then articles.embargo_until else articles.updated_at end)`;

/**
 * Published, first published and out of embargo at `now`: the same rule as the public site's listings.
 * `status || ''` (like `edition_code || ''` below) keeps the planners off the status and edition indexes:
 * nearly every article is published, and walking the (change time, id) index of migration 009 in order
 * until a page is full is far cheaper than sorting every published article of an edition for each page.
 */
const visibleAt = (now: string) => (eb: ExpressionBuilder<HeraldDatabase, 'articles'>) =>
  eb.and([
    eb(sql<string>`articles.status || ''`, '=', 'published'),
    eb('articles.first_published_at', 'is not', null),
    eb('articles.first_published_at', '<=', now),
    eb.or([eb('articles.embargo_until', 'is', null), eb('articles.embargo_until', '<=', now)]),
  ]);

export function publicContentReads(db: Db): PublicContentReader {
  return {
    async listPublicArticles(q) {
      let query = db.selectFrom('articles').selectAll('articles').select(changedAt.as('changed_at')).where(visibleAt(q.now));
      if (q.editionCode !== undefined) query = query.where(sql<string>`articles.edition_code || ''`, '=', q.editionCode);
      if (q.sectionIds !== undefined) {
        if (q.sectionIds.length === 0) return [];
        query = query.where('articles.section_id', 'in', q.sectionIds);
      }
      const { topicId, authorId, after, updatedSince } = q;
      if (topicId !== undefined)
        query = query.where((eb) =>
          eb.exists(eb.selectFrom('article_topics').select('article_id').whereRef('article_topics.article_id', '=', 'articles.id').where('article_topics.topic_id', '=', topicId)),
        );
      if (authorId !== undefined)
        query = query.where((eb) =>
          eb.exists(eb.selectFrom('article_authors').select('article_id').whereRef('article_authors.article_id', '=', 'articles.id').where('article_authors.author_id', '=', authorId)),
        );
      if (updatedSince !== undefined) query = query.where(changedAt, '>=', updatedSince);
      if (after) {
        const cmp = q.order === 'asc' ? '>' : '<';
        // The plain range first (an index range the planners can seek to), then the exact keyset condition.
        query = query.where(changedAt, q.order === 'asc' ? '>=' : '<=', after.changedAt).where((eb) =>
          eb.or([eb(changedAt, cmp, after.changedAt), eb.and([eb(changedAt, '=', after.changedAt), eb('articles.id', cmp, after.id)])]),
        );
      }
      const rows = await query.orderBy(changedAt, q.order).orderBy('articles.id', q.order).limit(rowLimit(q.limit)).execute();
      if (rows.length === 0) return [];

      const ids = rows.map((r) => Number(r.id));
      const [topics, authors, agencies] = await Promise.all([
        db.selectFrom('article_topics').select(['article_id', 'topic_id as ref', 'position']).where('article_id', 'in', ids).execute(),
        db.selectFrom('article_authors').select(['article_id', 'author_id as ref', 'position']).where('article_id', 'in', ids).execute(),
        db.selectFrom('article_agencies').select(['article_id', 'agency_id as ref', 'position']).where('article_id', 'in', ids).execute(),
      ]);
      const group = (links: { article_id: number; ref: number; position: number }[]) => {
        const byArticle = new Map<number, { ref: number; position: number }[]>();
        for (const link of links) {
          const list = byArticle.get(Number(link.article_id)) ?? [];
          list.push(link);
          byArticle.set(Number(link.article_id), list);
        }
        return (id: number) => (byArticle.get(id) ?? []).sort((a, b) => a.position - b.position).map((l) => Number(l.ref));
      };
      const [topicIds, authorIds, agencyIds] = [group(topics), group(authors), group(agencies)];
      return rows.map((row) => {
        const id = Number(row.id);
        return { ...toArticle(row, { topicIds: topicIds(id), authorIds: authorIds(id), agencyIds: agencyIds(id) }), changedAt: row.changed_at };
      });
    },
  };
}
