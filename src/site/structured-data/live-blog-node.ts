/**
 * A live coverage page's `LiveBlogPosting`: the article's `NewsArticle`
 * node typed as both, plus the coverage times
 * and the entries shown on the page as `liveBlogUpdate`s, each a
 * `BlogPosting` with its own URL (the entry's anchor).
 */
import type { JsonLdNode } from './json-ld.js';

export interface LiveBlogUpdateInput {
  url: string;
  headline: string;
  text: string;
  datePublished: string;
  dateModified: string;
}

export function liveBlogPostingNode(
  article: JsonLdNode,
  live: { coverageStartTime: string; coverageEndTime: string | null; updates: LiveBlogUpdateInput[] },
): JsonLdNode {
  return {
    ...article,
    // Still a news article too: readers of NewsArticle keep finding it.
    '@type': ['LiveBlogPosting', 'NewsArticle'],
    coverageStartTime: live.coverageStartTime,
    ...(live.coverageEndTime ? { coverageEndTime: live.coverageEndTime } : {}),
    liveBlogUpdate: live.updates.map((u) => ({
      '@type': 'BlogPosting',
      url: u.url,
      headline: u.headline,
      // Most entries are a sentence or two: the headline already is the whole text.
      ...(u.text !== u.headline ? { articleBody: u.text } : {}),
      datePublished: u.datePublished,
      dateModified: u.dateModified,
    })),
  };
}
