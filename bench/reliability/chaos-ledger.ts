/**
 * What the chaos run knows was acknowledged (a 2xx answer received before the
 * kill), and what was in flight when the server died (it may or may not have
 * committed; both outcomes are allowed, anything else is a loss).
 */
export interface ArticleState {
  headline: string;
  status: 'draft' | 'published';
  topicIds: number[];
  authorIds: number[];
  leadImageId: number | null;
  notices: number;
}

export interface ArticleRecord {
  id: number;
  /** The newest revision known to be stored, and the article as it was then. */
  revision: number;
  state: ArticleState;
  /** Every acknowledged revision with the headline it carried: each must keep its revision row. */
  acknowledged: Map<number, string>;
  /** The change in flight when the server was killed, if any. */
  pending: ArticleState | null;
  busy: boolean;
}

export interface WireRecord {
  guid: string;
  version: number;
  headline: string;
  via: 'push' | 'folder';
  /** For folder drops: the file's name in the drop folder (and later in processed/). */
  file?: string;
}

export interface ImageRecord {
  id: number;
  fileName: string;
}

export interface Ledger {
  articles: Map<number, ArticleRecord>;
  /** Pushes answered 2xx. */
  wire: WireRecord[];
  /** Files renamed into the drop folder; acknowledged once the source moved them to processed/. */
  drops: WireRecord[];
  images: ImageRecord[];
  /** The highest version ever sent per pushed guid, answered or not: a resend of an in-flight version would be "unchanged". */
  sentVersions: Map<string, number>;
}

export const emptyLedger = (): Ledger => ({ articles: new Map(), wire: [], drops: [], images: [], sentVersions: new Map() });

export interface RoundCounts {
  articleWrites: number;
  pushes: number;
  drops: number;
  images: number;
  /** Answers that were neither 2xx nor a dropped connection (a 5xx is a bug; a 4xx a mistake of the script). */
  unexpected: string[];
}

export const emptyCounts = (): RoundCounts => ({ articleWrites: 0, pushes: 0, drops: 0, images: 0, unexpected: [] });
