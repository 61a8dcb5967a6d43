/** Shapes both stores' search answers the same way. */
import { HIT_END, HIT_START, MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, snippetParts } from '../../domain/search-query.js';
import type { SearchHit } from '../../operations/search-ports.js';

export const HIT_MARKERS = [HIT_START, HIT_END] as const;

/**
 * Most matches ranked per query, on every store: the newest this many (by
 * article id, which follows creation). Ranking reads each candidate's text
 * statistics (SQLite bm25: 2–4 µs a match; PostgreSQL ts_rank: its tsvector);
 * a broad word ("government") matches a quarter of a 100,000-article archive,
 * and ranking them all took 100–200 ms on SQLite. Beyond this many, older
 * matches are not ranked at all (see docs/adr/0007-search-index.md).
 */
export const RANKED_CANDIDATES = 5000;

/** Matches are counted up to one past the deepest page a reader can open. */
export const searchTotalCap = MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE + 1;

/** The body passage when it holds a hit, else the teaser's, else the body's opening. */
export function pickSnippet(body: string, teaser: string): string {
  if (body.includes(HIT_START)) return body;
  if (teaser.includes(HIT_START)) return teaser;
  return body || teaser;
}

export function toHit(articleId: number, sectionId: number, publishedAt: string, headline: string, snippet: string): SearchHit {
  return { articleId, sectionId, firstPublishedAt: publishedAt, headline: snippetParts(headline), snippet: snippetParts(snippet) };
}
