/**
 * What "Most read" needs from a store (src/storage/read-count-store.ts):
 * anonymous per-article, per-hour read tallies. Reachable as `store.readCounts`.
 */

/** Reads of one article within one hour (`hour`: the hour's start, ISO 8601 UTC). */
export interface ArticleReadBucket {
  articleId: number;
  hour: string;
  count: number;
}

export interface MostReadQuery {
  editionCode: string;
  /** Sum the hours starting at or after this (ISO 8601 UTC). */
  sinceHour: string;
  /** Only articles publicly visible at this instant. */
  now: string;
  limit: number;
}

export interface ReadCountStore {
  /** Adds the counts to the stored ones (an upsert per bucket), all in one statement. */
  addReadCounts(buckets: ArticleReadBucket[]): Promise<void>;
  /** The edition's visible articles by reads since `sinceHour`, most first (ties: newer id first). */
  listMostRead(query: MostReadQuery): Promise<{ articleId: number; reads: number }[]>;
  /** Removes hours older than `beforeHour`; returns how many rows went. */
  pruneReadCounts(beforeHour: string): Promise<number>;
}
