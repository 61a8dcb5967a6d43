/**
 * Exact listing counts kept by the writes (issue 12, migration 019). Counting a
 * section's published articles at read time walks every one of them (2.7 s at a
 * million articles); instead each content write adjusts `listing_counts` in the
 * article's own transaction, by the difference between what the article counted
 * for before and after the write. What is counted is time-independent
 * (published with a first-publication time); a reader subtracts the few counted
 * articles not yet visible (embargo or first publication in the future), which
 * two index ranges find whatever the archive's size.
 */
import { sql, type Kysely } from 'kysely';
import type { HeraldDatabase } from './database.js';
import { defineQuery } from './compiled-queries.js';

/** Table type of migration 019; src/storage/database.ts lists it. */
export interface ListingCountTable {
  edition_code: string;
  /** 'edition' | 'section' | 'topic' | 'author' */
  scope: string;
  /** The section, topic or author id; 0 for the edition. */
  scope_id: number;
  published: number;
}

type Db = Kysely<HeraldDatabase>;
export type ListingScope = 'edition' | 'section' | 'topic' | 'author';

/** The listing rows an article counts in: none unless it is published with a first-publication time. */
export interface CountedArticle {
  status: string;
  firstPublishedAt: string | null;
  editionCode: string;
  sectionId: number;
  topicIds: readonly number[];
  authorIds: readonly number[];
}

const key = (edition: string, scope: ListingScope, id: number) => `${edition}\u0000${scope}\u0000${id}`;

function addContribution(deltas: Map<string, number>, article: CountedArticle | undefined, sign: 1 | -1) {
  if (!article || article.status !== 'published' || article.firstPublishedAt === null) return;
  const bump = (scope: ListingScope, id: number) => {
    const k = key(article.editionCode, scope, id);
    deltas.set(k, (deltas.get(k) ?? 0) + sign);
  };
  bump('edition', 0);
  bump('section', article.sectionId);
  for (const topicId of new Set(article.topicIds)) bump('topic', topicId);
  for (const authorId of new Set(article.authorIds)) bump('author', authorId);
}

export function listingCountWrites(db: Db) {
  return {
    /** The articles as stored now, for a write to compare against afterwards. */
    async snapshot(ids: readonly number[]): Promise<Map<number, CountedArticle>> {
      const result = new Map<number, CountedArticle>();
      if (ids.length === 0) return result;
      const [rows, topics, authors] = await Promise.all([
        db.selectFrom('articles').select(['id', 'status', 'first_published_at', 'edition_code', 'section_id']).where('id', 'in', [...ids]).execute(),
        db.selectFrom('article_topics').select(['article_id', 'topic_id']).where('article_id', 'in', [...ids]).execute(),
        db.selectFrom('article_authors').select(['article_id', 'author_id']).where('article_id', 'in', [...ids]).execute(),
      ]);
      for (const r of rows)
        result.set(Number(r.id), {
          status: r.status, firstPublishedAt: r.first_published_at, editionCode: r.edition_code, sectionId: Number(r.section_id),
          topicIds: [], authorIds: [],
        });
      for (const t of topics) (result.get(Number(t.article_id))?.topicIds as number[] | undefined)?.push(Number(t.topic_id));
      for (const a of authors) (result.get(Number(a.article_id))?.authorIds as number[] | undefined)?.push(Number(a.author_id));
      return result;
    },

    /** Moves the counts from what `before` counted for to what `after` counts for. */
    async apply(before: Iterable<CountedArticle>, after: Iterable<CountedArticle>): Promise<void> {
      const deltas = new Map<string, number>();
      for (const article of before) addContribution(deltas, article, -1);
      for (const article of after) addContribution(deltas, article, 1);
      const rows = [...deltas]
        .filter(([, delta]) => delta !== 0)
        .map(([k, published]) => {
          const [edition_code, scope, id] = k.split('\u0000') as [string, string, string];
          return { edition_code, scope, scope_id: Number(id), published };
        });
      for (let i = 0; i < rows.length; i += 300)
        await db
          .insertInto('listing_counts')
          .values(rows.slice(i, i + 300))
          .onConflict((oc) =>
            oc.columns(['edition_code', 'scope', 'scope_id']).doUpdateSet({ published: sql<number>`listing_counts.published + excluded.published` }),
          )
          .execute();
    },
  };
}

// Every uncached listing page counts its articles: these reads are compiled once per shape (src/storage/compiled-queries.ts).
const storedCount = defineQuery((db: Db, p: { editionCode: string; scope: string; ids: readonly number[] }) =>
  db
    .selectFrom('listing_counts')
    .select((eb) => eb.fn.sum<number | string | null>('published').as('n'))
    .where('edition_code', '=', p.editionCode)
    .where('scope', '=', p.scope)
    .where('scope_id', 'in', p.ids),
);
const embargoedIds = defineQuery((db: Db, p: { editionCode: string; now: string }) =>
  db
    .selectFrom('articles')
    .select('id')
    .where('embargo_until', '>', p.now)
    .where(sql<string>`articles.status || ''`, '=', 'published')
    .where(sql<string>`articles.edition_code || ''`, '=', p.editionCode),
);
const futureIds = defineQuery((db: Db, p: { editionCode: string; now: string }) =>
  db
    .selectFrom('articles')
    .select('id')
    .where('edition_code', '=', p.editionCode)
    .where('status', '=', 'published')
    .where('first_published_at', '>', p.now),
);

/** The stored count of one scope, or of several sections (a section and its descendants) summed. */
export async function storedListingCount(db: Db, editionCode: string, scope: ListingScope, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const row = await storedCount.first(db, { editionCode, scope, ids });
  return Number(row?.n ?? 0);
}

/**
 * Published articles of the edition that are counted but not visible at `now`.
 * `|| ''` keeps the planners on the embargo index for the first range (nearly
 * every article is published, so the status and edition indexes narrow nothing).
 */
export async function countedButHiddenIds(db: Db, editionCode: string, now: string): Promise<number[]> {
  const [embargoed, future] = await Promise.all([embargoedIds.rows(db, { editionCode, now }), futureIds.rows(db, { editionCode, now })]);
  return [...new Set([...embargoed, ...future].map((r) => Number(r.id)))];
}
