/**
 * Search on SQLite: an FTS5 table (headline, teaser, body; rowid = article id)
 * beside `search_documents`, which holds what filters and ranking need. One
 * tokenizer for every edition, `unicode61 remove_diacritics 2` (case and
 * accents folded in every script; FTS5 has no German or Arabic stemmer).
 * The MATCH expression is built here from plain tokens, each quoted, so no
 * reader input is ever read as FTS5 syntax.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { RECENCY_DAYS, type ParsedSearchQuery } from '../../domain/search-query.js';
import type { SearchDocument, SearchIndex, SearchIndexWriter, SearchQuery } from '../../operations/search-ports.js';
import { throwIfSearchAborted } from './search-abort.js';
import { HIT_MARKERS, pickSnippet, RANKED_CANDIDATES, searchTotalCap, toHit } from './search-results.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the FTS5 table is outside the typed schema
type Db = Kysely<any>;

/** Rows per multi-row insert (4 and 6 bound values a row: well under SQLite's limit). */
const CHUNK = 400;
const SNIPPET_TOKENS = 24;
/** Column weights for bm25: a hit in the headline counts most, then the teaser. */
const WEIGHTS = sql.raw('10.0, 4.0, 1.0');

export const SQLITE_SEARCH_SCHEMA = [
  `create table search_documents (
    article_id integer primary key references articles(id) on delete cascade,
    edition_code text not null, section_id integer not null,
    published_at text not null, published_epoch integer not null, embargo_until text)`,
  `create virtual table search_fts using fts5(headline, teaser, body, tokenize = 'unicode61 remove_diacritics 2')`,
  // Deleting an article cascades to search_documents; this keeps the FTS table in step.
  `create trigger search_documents_after_delete after delete on search_documents begin
     delete from search_fts where rowid = old.article_id;
   end`,
];

/** `"word" "two words"`: every token quoted, every part required. */
export function ftsMatchExpression(q: ParsedSearchQuery): string {
  return [...q.terms.map((t) => `"${t}"`), ...q.phrases.map((p) => `"${p.join(' ')}"`)].join(' ');
}

const RECENCY_SECONDS = 86400 * RECENCY_DAYS;
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function filters(q: SearchQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`d.edition_code = ${q.editionCode}`,
    sql`d.published_at <= ${q.now}`,
    sql`(d.embargo_until is null or d.embargo_until <= ${q.now})`,
  ];
  if (q.sectionIds) parts.push(q.sectionIds.length ? sql`d.section_id in (${sql.join(q.sectionIds)})` : sql`0 = 1`);
  if (q.from) parts.push(sql`d.published_at >= ${q.from}`);
  if (q.to) parts.push(sql`d.published_at < ${q.to}`);
  return sql.join(parts, sql` and `);
}

export function sqliteSearchWriter(db: Db): SearchIndexWriter {
  const remove = async (ids: number[]) => {
    for (let s = 0; s < ids.length; s += CHUNK)
      await sql`delete from search_documents where article_id in (${sql.join(ids.slice(s, s + CHUNK))})`.execute(db);
  };
  return {
    remove,
    async index(documents: SearchDocument[]) {
      await remove(documents.map((d) => d.articleId));
      for (let s = 0; s < documents.length; s += CHUNK) {
        const chunk = documents.slice(s, s + CHUNK);
        await sql`insert into search_documents (article_id, edition_code, section_id, published_at, published_epoch, embargo_until)
          values ${sql.join(chunk.map((d) => sql`(${d.articleId}, ${d.editionCode}, ${d.sectionId}, ${d.firstPublishedAt}, ${epochSeconds(d.firstPublishedAt)}, ${d.embargoUntil})`))}`.execute(db);
        await sql`insert into search_fts (rowid, headline, teaser, body)
          values ${sql.join(chunk.map((d) => sql`(${d.articleId}, ${d.headline}, ${d.teaser}, ${d.bodyText})`))}`.execute(db);
      }
    },
  };
}

/**
 * Runs one search statement and returns its rows: inline on the store's own
 * connection, or on the search worker's (src/storage/search/off-thread-search.ts).
 */
export type SearchStatementRunner = <R>(statement: RawBuilder<R>) => Promise<R[]>;

export const runInline = (db: Db): SearchStatementRunner => async (statement) => (await statement.execute(db)).rows;

export function sqliteSearchIndex(db: Db, run: SearchStatementRunner = runInline(db)): SearchIndex {
  return {
    async search(q, options = {}) {
      const match = ftsMatchExpression(q.query);
      if (!match) return { hits: [], total: 0, totalCap: searchTotalCap };
      // Checked before each statement: an abandoned search sends no more work to the store.
      const stopIfAbandoned = () => throwIfSearchAborted(options.signal);
      const where = filters(q);
      const nowEpoch = epochSeconds(q.now);
      // FTS5 walks a term's matches in rowid order without ranking them, so finding the oldest of the newest
      // RANKED_CANDIDATES matches costs a fraction of ranking them.
      stopIfAbandoned();
      const boundary = await run(sql<{ id: number }>`
        select search_fts.rowid as id from search_fts join search_documents d on d.article_id = search_fts.rowid
        where search_fts match ${match} and ${where}
        order by search_fts.rowid desc limit 1 offset ${RANKED_CANDIDATES - 1}`);
      const oldest = boundary[0] ? Number(boundary[0].id) : 0;
      // Ranking and counting are independent: both are sent at once (on the worker, one round trip fewer).
      stopIfAbandoned();
      const [ranked, counted] = await Promise.all([run(sql<{ article_id: number; section_id: number; published_at: string }>`
        select d.article_id, d.section_id, d.published_at
        from search_fts join search_documents d on d.article_id = search_fts.rowid
        where search_fts match ${match} and search_fts.rowid >= ${oldest} and ${where}
        order by bm25(search_fts, ${WEIGHTS})
          * (1.0 + 1.0 / (1.0 + max(0, ${nowEpoch} - d.published_epoch) * 1.0 / ${RECENCY_SECONDS})), d.article_id desc
        limit ${q.limit} offset ${q.offset}`),
        // With RANKED_CANDIDATES matches or more the count is past its cap anyway.
        oldest > 0 ? null : run(sql<{ n: number }>`
          select count(*) as n from (
            select 1 from search_fts join search_documents d on d.article_id = search_fts.rowid
            where search_fts match ${match} and ${where} limit ${searchTotalCap})`),
      ]);
      const total = counted ? Number(counted[0]?.n ?? 0) : searchTotalCap;
      if (ranked.length === 0) return { hits: [], total, totalCap: searchTotalCap };
      const ids = ranked.map((r) => Number(r.article_id));
      const [start, end] = HIT_MARKERS;
      stopIfAbandoned();
      const marked = await run(sql<{ id: number; headline: string; body: string; teaser: string }>`
        select rowid as id, highlight(search_fts, 0, ${start}, ${end}) as headline,
          snippet(search_fts, 2, ${start}, ${end}, '…', ${SNIPPET_TOKENS}) as body,
          snippet(search_fts, 1, ${start}, ${end}, '…', ${SNIPPET_TOKENS}) as teaser
        from search_fts where search_fts match ${match} and rowid in (${sql.join(ids)})`);
      const byId = new Map(marked.map((r) => [Number(r.id), r]));
      return {
        total,
        totalCap: searchTotalCap,
        hits: ranked.map((r) => {
          const m = byId.get(Number(r.article_id));
          return toHit(Number(r.article_id), Number(r.section_id), r.published_at, m?.headline ?? '', pickSnippet(m?.body ?? '', m?.teaser ?? ''));
        }),
      };
    },
  };
}
