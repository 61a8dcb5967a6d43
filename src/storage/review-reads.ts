/** Review reads: an article's latest review step and the list of articles waiting for review. */
import type { Kysely } from 'kysely';
import type { ContentReader } from '../operations/ports.js';
import type { HeraldDatabase } from './database.js';

type ReviewReads = Pick<ContentReader, 'latestReviewNote' | 'listAwaitingReview'>;

export function reviewReads(db: Kysely<HeraldDatabase>): ReviewReads {
  return {
    async latestReviewNote(articleId) {
      const row = await db
        .selectFrom('article_revisions')
        .select(['kind', 'revision', 'user_id', 'note', 'created_at'])
        .where('article_id', '=', articleId)
        .where('kind', 'in', ['submitted', 'sent_back'])
        .orderBy('revision', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (!row) return null;
      return {
        kind: row.kind === 'sent_back' ? 'sent_back' : 'submitted',
        revision: Number(row.revision),
        userId: row.user_id === null ? null : Number(row.user_id),
        note: row.note,
        createdAt: row.created_at,
      };
    },

    async listAwaitingReview(q) {
      let waiting = db.selectFrom('articles').where('articles.status', '=', 'in_review');
      if (q.editionCodes) waiting = q.editionCodes.length ? waiting.where('articles.edition_code', 'in', q.editionCodes) : waiting.where((eb) => eb.val(1), '=', 0);
      const [rows, count] = await Promise.all([
        waiting
          // The submission that put it in review: the latest "submitted" revision (absent for articles submitted before migration 015).
          .leftJoin('article_revisions as sub', (join) =>
            join
              .onRef('sub.article_id', '=', 'articles.id')
              .on('sub.kind', '=', 'submitted')
              .on((eb) =>
                eb(
                  'sub.revision',
                  '=',
                  eb.selectFrom('article_revisions as later').select((l) => l.fn.max('later.revision').as('m'))
                    .whereRef('later.article_id', '=', 'articles.id').where('later.kind', '=', 'submitted'),
                ),
              ),
          )
          .select(['articles.id', 'articles.edition_code', 'articles.headline', 'articles.revision', 'articles.updated_at', 'sub.created_at', 'sub.user_id', 'sub.note'])
          .orderBy((eb) => eb.fn.coalesce('sub.created_at', 'articles.updated_at'))
          .orderBy('articles.id')
          .limit(q.limit)
          .execute(),
        waiting.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
      ]);
      return {
        total: Number(count?.n ?? 0),
        items: rows.map((r) => ({
          articleId: Number(r.id),
          editionCode: r.edition_code,
          headline: r.headline,
          revision: Number(r.revision),
          submittedAt: r.created_at ?? r.updated_at,
          submittedBy: r.user_id === null || r.user_id === undefined ? null : Number(r.user_id),
          note: r.note ?? null,
        })),
      };
    },
  };
}
