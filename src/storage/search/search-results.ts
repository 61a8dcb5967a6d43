/** Shapes both stores' search answers the same way. */
import { HIT_END, HIT_START, MAX_SEARCH_PAGE, SEARCH_PAGE_SIZE, snippetParts } from '../../domain/search-query.js';
import type { SearchHit } from '../../operations/search-ports.js';

export const HIT_MARKERS = [HIT_START, HIT_END] as const;

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
