/**
 * Search on PostgreSQL: `search_documents` keeps each published article's
 * text and a weighted tsvector (headline A, teaser B, body D) built with its
 * edition's text-search configuration (src/storage/search/text-search-configs.ts),
 * under a GIN index. Queries are built with plainto_tsquery / phraseto_tsquery,
 * which read their input as plain words, so no reader input is ever tsquery syntax.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { HIT_END, HIT_START, RECENCY_DAYS, type ParsedSearchQuery } from '../../domain/search-query.js';
import type { SearchDocument, SearchIndex, SearchIndexWriter, SearchQuery } from '../../operations/search-ports.js';
import { throwIfSearchAborted } from './search-abort.js';
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

export function postgresSearchIndex(db: Db): SearchIndex {
  const configFor = configs(db);
  return {
    async search(q, options = {}) {
      // Checked before each statement: an abandoned search sends no more work to the pool. A statement already
      // running is left to finish (cancelling it would take a second connection for pg_cancel_backend).
      const stopIfAbandoned = () => throwIfSearchAborted(options.signal);
      stopIfAbandoned();
      const config = (await configFor([q.editionCode])).get(q.editionCode) ?? 'simple';
      const query = tsquery(config, q.query);
      if (!query) return { hits: [], total: 0, totalCap: searchTotalCap };
      const where = filters(q);
      // ts_rank reads every candidate's tsvector (often out of line, TOAST): only the newest RANKED_CANDIDATES
      // matches are ranked, as on SQLite, so a broad word costs the same as a narrower one.
      stopIfAbandoned();
      const ranked = await sql<{ article_id: number; section_id: number; published_at: string }>`
        select article_id, section_id, published_at from (
          select article_id, section_id, published_at, published_epoch, document from search_documents
          where document @@ ${query} and ${where}
          order by article_id desc limit ${RANKED_CANDIDATES}) candidates
        order by ts_rank(document, ${query})
          * (1.0 + 1.0 / (1.0 + greatest(0, ${epochSeconds(q.now)} - published_epoch)::float8 / ${RECENCY_SECONDS})) desc, article_id desc
        limit ${q.limit} offset ${q.offset}`.execute(db);
      stopIfAbandoned();
      const counted = await sql<{ n: string }>`
        select count(*) as n from (select 1 from search_documents where document @@ ${query} and ${where} limit ${searchTotalCap}) matched`.execute(db);
      const total = Number(counted.rows[0]?.n ?? 0);
      if (ranked.rows.length === 0) return { hits: [], total, totalCap: searchTotalCap };
      const ids = ranked.rows.map((r) => Number(r.article_id));
      stopIfAbandoned();
      const marked = await sql<{ id: number; headline: string; body: string; teaser: string }>`
        select article_id as id,
          ts_headline(${config}::regconfig, headline, ${query}, ${HEADLINE_OPTIONS}) as headline,
          ts_headline(${config}::regconfig, body, ${query}, ${SNIPPET_OPTIONS}) as body,
          ts_headline(${config}::regconfig, teaser, ${query}, ${SNIPPET_OPTIONS}) as teaser
        from search_documents where article_id in (${sql.join(ids)})`.execute(db);
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
    },
  };
}
