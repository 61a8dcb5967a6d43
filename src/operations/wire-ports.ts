/** What the wire desk needs from a store. */
import type { WireAlert } from '../domain/wire-alert.js';
import type { WireItem, WirePubStatus } from '../domain/wire-item.js';

export interface StoredWireItem extends WireItem {
  id: number;
  source: string;
  receivedAt: string;
}

/** One story on the desk: its newest version. */
export interface WireStory {
  guid: string;
  latestItemId: number;
  latestVersion: number;
  provider: string;
  pubStatus: WirePubStatus;
  urgency: number | null;
  language: string | null;
  headline: string;
  isCorrection: boolean;
  subjectCodes: string[];
  receivedAt: string;
  versionCreated: string | null;
  /** Read from the newest version when the desk lists stories (ingest leaves them out). */
  desk?: WireStoryDeskFields;
}

/** What the desk shows of a story besides its row: the agency's own times and what kind of item it is. */
export interface WireStoryDeskFields {
  /** When the agency first created the story, and this version (ISO 8601), when it says. */
  firstCreated: string | null;
  /** text, picture, graphic, video, audio, package, … */
  itemClass: string;
  slugline: string | null;
  pictureCount: number;
  /** Caption of the first picture: names a picture item that has no headline. */
  firstPictureCaption: string | null;
}

export interface WireStoryQuery {
  provider?: string;
  language?: string;
  /** Only items at least this urgent (1 = flash). */
  maxUrgency?: number;
  subject?: string;
  /** ISO 8601 bounds on the time received. */
  since?: string;
  until?: string;
  /** Words that must all appear in headline, slugline or body. */
  search?: string;
  /** Only this kind of item (text, picture, package, …). */
  itemClass?: string;
  limit: number;
  offset: number;
}

export interface QuarantineEntry {
  id: number;
  fileName: string;
  storedName: string;
  code: string;
  reason: string;
  size: number;
  source: string;
  receivedAt: string;
}

export type { WireAlert } from '../domain/wire-alert.js';

export interface WireReader {
  getWireStory(guid: string): Promise<WireStory | null>;
  listWireStories(query: WireStoryQuery): Promise<WireStory[]>;
  getWireItem(id: number): Promise<StoredWireItem | null>;
  /** Every stored version of a story, newest first. */
  listWireVersions(guid: string): Promise<StoredWireItem[]>;
  listQuarantine(limit: number): Promise<QuarantineEntry[]>;
  /** Wire desk filter: every agency with a story on the desk, sorted. */
  listWireProviders(): Promise<string[]>;
  listWireAlerts(filter: { articleId?: number; openOnly?: boolean }): Promise<WireAlert[]>;
  /** One alert by id (wire desk API: acknowledging). */
  getWireAlert(id: number): Promise<WireAlert | null>;
  /** Wire ingest, in bulk: the newest stored version of each of these guids (absent guids are left out). */
  latestWireVersions(guids: string[]): Promise<Map<string, number>>;
  /** Articles adopted from any version of this story. */
  findArticlesByWireGuid(guid: string): Promise<{ id: number; headline: string; status: string; wireVersion: number | null }[]>;
}

export interface WireWriter {
  insertWireItem(item: WireItem, meta: { source: string; receivedAt: string }): Promise<number>;
  upsertWireStory(story: WireStory, searchText: string): Promise<void>;
  /** Wire ingest, in bulk: inserts the versions with multi-row statements; the ids come back keyed `guid version`. */
  insertWireItems(items: { item: WireItem; source: string; receivedAt: string }[]): Promise<Map<string, number>>;
  /** Wire ingest, in bulk: one row per story (each guid at most once), inserted or replaced. */
  upsertWireStories(stories: { story: WireStory; searchText: string }[]): Promise<void>;
  insertQuarantine(entry: Omit<QuarantineEntry, 'id'>): Promise<number>;
  /** Quarantine retention: deletes the entries received before `receivedBefore` or named in `storedNames`; answers how many. */
  deleteQuarantine(match: { receivedBefore?: string; storedNames?: readonly string[] }): Promise<number>;
  insertWireAlert(alert: Omit<WireAlert, 'id' | 'acknowledgedAt'>): Promise<number>;
  acknowledgeWireAlert(id: number, at: string): Promise<boolean>;
}
