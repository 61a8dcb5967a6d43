/**
 * Reader search behind one port, so a deployment can later plug in an
 * external engine without touching the site or the API. The built-in index
 * lives in the store (src/storage/search/) and is written by the store's own
 * article writes, in the article's transaction (docs/adr/0007-search-index.md).
 */
import type { ParsedSearchQuery, SnippetPart } from '../domain/search-query.js';

/** What an index holds for one published article. */
export interface SearchDocument {
  articleId: number;
  editionCode: string;
  sectionId: number;
  headline: string;
  teaser: string;
  /** The body as plain text (src/domain/blocks.ts bodyToPlainText). */
  bodyText: string;
  firstPublishedAt: string;
  embargoUntil: string | null;
}

export interface SearchQuery {
  editionCode: string;
  query: ParsedSearchQuery;
  /** Limit to these sections (a section and its descendants). */
  sectionIds?: number[];
  /** ISO bounds on the first publication time: from inclusive, to exclusive. */
  from?: string;
  to?: string;
  /** Visibility (embargo, publication time) is judged at this instant (ISO 8601 UTC). */
  now: string;
  limit: number;
  offset: number;
}

export interface SearchHit {
  articleId: number;
  /** The headline with hits marked. */
  headline: SnippetPart[];
  /** A passage of the body (or teaser) around the hits. */
  snippet: SnippetPart[];
  firstPublishedAt: string;
  sectionId: number;
}

export interface SearchResultPage {
  hits: SearchHit[];
  /** Matching articles, counted up to `totalCap`; `total > totalCap - 1` means "at least". */
  total: number;
  totalCap: number;
}

/** How a caller may stop a search it no longer needs. */
export interface SearchOptions {
  /**
   * Aborted when nobody will read the answer any more (the reader's connection closed). The search then
   * rejects with HERALD_ABORTED as soon as it can: before it starts, or between its statements (and on
   * PostgreSQL during one: the running statement is cancelled on the server).
   */
  signal?: AbortSignal;
}

/** Reads; safe to call outside a transaction. */
export interface SearchIndex {
  search(query: SearchQuery, options?: SearchOptions): Promise<SearchResultPage>;
}

/** Writes; called inside the transaction that changes the article. */
export interface SearchIndexWriter {
  index(documents: SearchDocument[]): Promise<void>;
  remove(articleIds: number[]): Promise<void>;
}
