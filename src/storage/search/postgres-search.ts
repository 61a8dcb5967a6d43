/**
 * Search on PostgreSQL: `search_documents` keeps each published article's
 * text and a weighted tsvector (headline A, teaser B, body D) built with its
 * edition's text-search configuration (src/storage/search/text-search-configs.ts),
 * under a GIN index. Queries are built with plainto_tsquery / phraseto_tsquery,
 * which read their input as plain words, so no reader input is ever tsquery syntax.
 *
 * A search whose reader goes away (SearchOptions.signal) also stops the
 * statement it has running, with pg_cancel_backend from another connection
 * (searchOnCancellableConnection below): under a spike of abandoned searches
 * the database would otherwise spend its time on answers nobody reads.
 */
import { sql, type Kysely, type QueryResult, type RawBuilder } from 'kysely';
import { HIT_END, HIT_START, RECENCY_DAYS, type ParsedSearchQuery } from '../../domain/search-query.js';
import type { SearchDocument, SearchIndex, SearchIndexWriter, SearchQuery, SearchResultPage } from '../../operations/search-ports.js';
import { searchAborted, throwIfSearchAborted } from './search-abort.js';
import { pickSnippet, RANKED_CANDIDATES, searchTotalCap, toHit } from './search-results.js';
import { textSearchConfigFor } from './text-search-configs.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tsvector table is outside the typed schema
type Db = Kysely<any>;

const CHUNK = 200;
const RECENCY_SECONDS = 86400 * RECENCY_DAYS;
const SNIPPET_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const HEADLINE_OPTIONS = `StartSel="${HIT_START}", StopSel="${HIT_END}", HighlightAll=true`;

export const POSTGRES_SEARCH_SCHEMA = [
  `create table search_documents (
    article_id integer primary key references articles(id) on delete cascade,
    edition_code text not null, section_id integer not null,
    published_at text not null, published_epoch bigint not null, embargo_until text,
    headline text not null, teaser text not null, body text not null,
    document tsvector not null)`,
  `create index search_documents_document_idx on search_documents using gin (document)`,
];

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * PostgreSQL's parser reads `<word …>` as an HTML tag: it leaves the tag and
 * its text out of the tsvector and out of ts_headline's snippets. Article
 * text is plain text (a story may quote `<script>`), so a zero-width space
 * after every `<` keeps it text; snippets take it out again.
 */
const TAG_GUARD = '<\u200B';
const guardTags = (text: string) => text.replaceAll('<', TAG_GUARD);
const unguardTags = (text: string) => text.replaceAll(TAG_GUARD, '<');

function tsquery(config: string, q: ParsedSearchQuery): RawBuilder<unknown> | null {
  const parts: RawBuilder<unknown>[] = [];
  if (q.terms.length) parts.push(sql`plainto_tsquery(${config}::regconfig, ${q.terms.join(' ')})`);
  for (const phrase of q.phrases) parts.push(sql`phraseto_tsquery(${config}::regconfig, ${phrase.join(' ')})`);
  return parts.length ? sql`(${sql.join(parts, sql` && `)})` : null;
}

function filters(q: SearchQuery): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [
    sql`edition_code = ${q.editionCode}`,
    sql`published_at <= ${q.now}`,
    sql`(embargo_until is null or embargo_until <= ${q.now})`,
  ];
  if (q.sectionIds) parts.push(q.sectionIds.length ? sql`section_id in (${sql.join(q.sectionIds)})` : sql`false`);
  if (q.from) parts.push(sql`published_at >= ${q.from}`);
  if (q.to) parts.push(sql`published_at < ${q.to}`);
  return sql.join(parts, sql` and `);
}

/** Edition code → text-search configuration, read once per edition (an edition's language does not change). */
function configs(db: Db) {
  const known = new Map<string, string>();
  return async (codes: string[]): Promise<Map<string, string>> => {
    const missing = codes.filter((c) => !known.has(c));
    if (missing.length) {
      const rows: { code: string; lang: string }[] = await db.selectFrom('editions').select(['code', 'lang']).where('code', 'in', missing).execute();
      for (const r of rows) known.set(r.code, textSearchConfigFor(r.lang));
    }
    return known;
  };
}

export function postgresSearchWriter(db: Db): SearchIndexWriter {
  const configFor = configs(db);
  return {
    async remove(ids) {
      for (let s = 0; s < ids.length; s += CHUNK)
        await sql`delete from search_documents where article_id in (${sql.join(ids.slice(s, s + CHUNK))})`.execute(db);
    },
    async index(documents: SearchDocument[]) {
      const known = await configFor([...new Set(documents.map((d) => d.editionCode))]);
      for (let s = 0; s < documents.length; s += CHUNK) {
        const rows = documents.slice(s, s + CHUNK).map((d) => {
          const config = known.get(d.editionCode) ?? 'simple';
          return sql`(${d.articleId}, ${d.editionCode}, ${d.sectionId}, ${d.firstPublishedAt}, ${epochSeconds(d.firstPublishedAt)},
            ${d.embargoUntil}, ${guardTags(d.headline)}, ${guardTags(d.teaser)}, ${guardTags(d.bodyText)},
            setweight(to_tsvector(${config}::regconfig, ${guardTags(d.headline)}), 'A')
              || setweight(to_tsvector(${config}::regconfig, ${guardTags(d.teaser)}), 'B')
              || setweight(to_tsvector(${config}::regconfig, ${guardTags(d.bodyText)}), 'D'))`;
        });
        await sql`insert into search_documents
          (article_id, edition_code, section_id, published_at, published_epoch, embargo_until, headline, teaser, body, document)
          values ${sql.join(rows)}
          on conflict (article_id) do update set edition_code = excluded.edition_code, section_id = excluded.section_id,
            published_at = excluded.published_at, published_epoch = excluded.published_epoch, embargo_until = excluded.embargo_until,
            headline = excluded.headline, teaser = excluded.teaser, body = excluded.body, document = excluded.document`.execute(db);
      }
    },
  };
}

/** Runs one of a search's statements and returns its rows. */
type RunStatement = <R>(statement: RawBuilder<R>) => Promise<QueryResult<R>>;

/** SQLSTATE of a statement stopped by pg_cancel_backend (and by statement_timeout, which is why the signal is checked too). */
const QUERY_CANCELED = '57014';
const isQueryCanceled = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === QUERY_CANCELED;

/**
 * Runs a search's statements on one pooled connection so that the statement
 * running when `signal` fires can be cancelled: pg_cancel_backend names a
 * backend, not a statement, and the busy connection cannot carry the request,
 * so it goes through the pool. The pid costs one round trip per search (about
 * as much as the cheapest lookup, against the milliseconds of the statements
 * it may save), and only searches with a signal pay it: Kysely hands out a new
 * wrapper per checkout, so there is nothing to remember the pid on.
 *
 * The cancel must only ever hit this search's statement, never a later
 * statement on the same backend (another search's, once this connection is
 * back in the pool):
 * - it is sent only while `inFlight` says one of this search's statements is
 *   running, checked again once the cancelling connection is checked out;
 * - no statement of this search starts after the signal fired (`run` checks first);
 * - the connection goes back to the pool only after the listener is removed
 *   and a cancel already sent has returned: pg_cancel_backend signals the
 *   backend before it returns, and a backend that has finished the statement
 *   drops a cancel that arrives while it waits for the next command.
 * A cancel that lands before the statement reaches the server is dropped the
 * same way; that statement then runs to its end and the search still rejects.
 *
 * The caller must not use `db` while inside `work`: with every connection of
 * the pool held by a search, it would wait for itself. The cancel does not
 * block the search for the same reason: until it has a connection of its own
 * it is only a wish, and a statement that ends first releases its connection.
 */
async function searchOnCancellableConnection<T>(db: Db, signal: AbortSignal, work: (run: RunStatement) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    throwIfSearchAborted(signal); // it may have waited for the connection
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(conn);
    const pid = Number(rows[0]?.pid);
    let inFlight = false;
    let cancelSent: Promise<void> | undefined;
    const cancel = () => {
      if (!inFlight) return;
      db.connection()
        .execute(async (other) => {
          if (!inFlight) return;
          cancelSent = sql`select pg_cancel_backend(${pid})`.execute(other).then(() => undefined);
          await cancelSent;
        })
        // A cancel that fails (the pool closing) leaves the statement to run to its end, as without a signal;
        // the search rejects with HERALD_ABORTED either way, so there is nobody to tell.
        .catch(() => {});
    };
    const run: RunStatement = async (statement) => {
      throwIfSearchAborted(signal);
      inFlight = true;
      try {
        return await statement.execute(conn);
      } catch (error) {
        if (signal.aborted && isQueryCanceled(error)) throw searchAborted(signal.reason);
        throw error;
      } finally {
        inFlight = false;
      }
    };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return await work(run);
    } finally {
      signal.removeEventListener('abort', cancel);
      await cancelSent?.catch(() => {});
    }
  });
}

export function postgresSearchIndex(db: Db): SearchIndex {
  const configFor = configs(db);
  return {
    async search(q, options = {}) {
      // Checked before each statement, so an abandoned search sends no more work to the pool; with a signal,
      // the statement running when it fires is cancelled too (searchOnCancellableConnection).
      const { signal } = options;
      throwIfSearchAborted(signal);
      const config = (await configFor([q.editionCode])).get(q.editionCode) ?? 'simple';
      const query = tsquery(config, q.query);
      if (!query) return { hits: [], total: 0, totalCap: searchTotalCap };
      const where = filters(q);
      if (!signal) return rankCountAndMark((statement) => statement.execute(db), q, config, query, where);
      return searchOnCancellableConnection(db, signal, (run) => rankCountAndMark(run, q, config, query, where));
    },
  };
}

async function rankCountAndMark(
  run: RunStatement, q: SearchQuery, config: string, query: RawBuilder<unknown>, where: RawBuilder<unknown>,
): Promise<SearchResultPage> {
  // ts_rank reads every candidate's tsvector (often out of line, TOAST): only the newest RANKED_CANDIDATES
  // matches are ranked, as on SQLite, so a broad word costs the same as a narrower one.
  const ranked = await run(sql<{ article_id: number; section_id: number; published_at: string }>`
    select article_id, section_id, published_at from (
      select article_id, section_id, published_at, published_epoch, document from search_documents
      where document @@ ${query} and ${where}
      order by article_id desc limit ${RANKED_CANDIDATES}) candidates
    order by ts_rank(document, ${query})
      * (1.0 + 1.0 / (1.0 + greatest(0, ${epochSeconds(q.now)} - published_epoch)::float8 / ${RECENCY_SECONDS})) desc, article_id desc
    limit ${q.limit} offset ${q.offset}`);
  const counted = await run(sql<{ n: string }>`
    select count(*) as n from (select 1 from search_documents where document @@ ${query} and ${where} limit ${searchTotalCap}) matched`);
  const total = Number(counted.rows[0]?.n ?? 0);
  if (ranked.rows.length === 0) return { hits: [], total, totalCap: searchTotalCap };
  const ids = ranked.rows.map((r) => Number(r.article_id));
  const marked = await run(sql<{ id: number; headline: string; body: string; teaser: string }>`
    select article_id as id,
      ts_headline(${config}::regconfig, headline, ${query}, ${HEADLINE_OPTIONS}) as headline,
      ts_headline(${config}::regconfig, body, ${query}, ${SNIPPET_OPTIONS}) as body,
      ts_headline(${config}::regconfig, teaser, ${query}, ${SNIPPET_OPTIONS}) as teaser
    from search_documents where article_id in (${sql.join(ids)})`);
  const byId = new Map(marked.rows.map((r) => [Number(r.id), r]));
  return {
    total,
    totalCap: searchTotalCap,
    hits: ranked.rows.map((r) => {
      const m = byId.get(Number(r.article_id));
      const snippet = pickSnippet(m?.body ?? '', m?.teaser ?? '');
      return toHit(Number(r.article_id), Number(r.section_id), r.published_at, unguardTags(m?.headline ?? ''), unguardTags(snippet));
    }),
  };
}
