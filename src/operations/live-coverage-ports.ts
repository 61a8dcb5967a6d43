/**
 * What live coverage needs from a store. Implemented once for every dialect
 * in src/storage/live-coverage-store.ts; reachable as `store.live` (the site
 * and the admin read it) and, inside a transaction, `tx.live`.
 */
import type { LiveCoverage, LiveEntry } from '../domain/live-coverage.js';

export type NewLiveEntry = Omit<LiveEntry, 'id'>;

export interface LiveCoverageReader {
  /** The article's live coverage, or null when it is an ordinary article. */
  getLiveCoverage(articleId: number): Promise<LiveCoverage | null>;
  getLiveEntry(entryId: number): Promise<LiveEntry | null>;
  /** The article's unpinned entries, newest first. */
  listLiveEntries(articleId: number, page: { limit: number; offset: number }): Promise<LiveEntry[]>;
  countLiveEntries(articleId: number): Promise<number>;
  /** Unpinned entries newer than this one (for the page it is on). */
  countLiveEntriesNewerThan(articleId: number, entryId: number): Promise<number>;
  /** Entries (pinned or not) with an id above `afterId`, oldest first: what a reconnecting reader missed. */
  listLiveEntriesAfter(articleId: number, afterId: number, limit: number): Promise<LiveEntry[]>;
  getPinnedLiveEntry(articleId: number): Promise<LiveEntry | null>;
}

export interface LiveCoverageStore extends LiveCoverageReader {
  saveLiveCoverage(coverage: LiveCoverage): Promise<void>;
  insertLiveEntry(entry: NewLiveEntry): Promise<number>;
  updateLiveEntry(entryId: number, changes: Pick<LiveEntry, 'body' | 'imageId' | 'updatedAt'>): Promise<boolean>;
  deleteLiveEntry(entryId: number): Promise<boolean>;
  /** Pins this entry and unpins every other of the article (null: none pinned). */
  setPinnedLiveEntry(articleId: number, entryId: number | null): Promise<void>;
}
