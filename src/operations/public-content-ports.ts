/**
 * What the Content API reads from a store: public articles in a stable,
 * cursor-friendly order. "Public" is decided in the query (published, first
 * published and out of embargo at `now`), never by the caller.
 */
import type { Article } from '../domain/article.js';

/** A point in the API's article order: after (or before) this change time and id. */
export interface ArticlePosition {
  changedAt: string;
  id: number;
}

export interface PublicArticleQuery {
  /** Visibility is judged at this instant (ISO 8601 UTC). */
  now: string;
  editionCode?: string;
  /** A section and its descendants; an empty list matches nothing. */
  sectionIds?: number[];
  topicId?: number;
  authorId?: number;
  /** Only articles whose change time is at or after this (ISO 8601 UTC). */
  updatedSince?: string;
  /** Continue strictly after this position in the chosen order. */
  after?: ArticlePosition;
  order: 'asc' | 'desc';
  limit: number;
}

/**
 * A public article with the time it last changed as readers see it: its
 * last published change, or the end of its embargo when that is later (an
 * embargoed article appears when the embargo lifts, so a client syncing by
 * `updated_since` must see it then, not at its older `updatedAt`).
 */
export type PublicArticle = Article & { changedAt: string };

export interface PublicContentReader {
  listPublicArticles(query: PublicArticleQuery): Promise<PublicArticle[]>;
}

/** The change time of one article, as listPublicArticles computes it in SQL. */
export function publicChangedAt(article: Pick<Article, 'updatedAt' | 'embargoUntil'>): string {
  return article.embargoUntil !== null && article.embargoUntil > article.updatedAt ? article.embargoUntil : article.updatedAt;
}
