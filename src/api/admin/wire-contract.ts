/**
 * The wire desk's part of the admin API contract (see contract.ts for the
 * conventions: session cookie, CSRF header, JSON errors). Reporters read the
 * desk; editors adopt stories and acknowledge alerts.
 *
 *   GET  /api/admin/wire?provider&language&maxUrgency&subject&since&until&q&page&pageSize → WireStoryList
 *   GET  /api/admin/wire/:guid            (guid URL-encoded)                          → WireStoryDetail
 *   GET  /api/admin/wire/quarantine?limit                                             → QuarantineList
 *   POST /api/admin/wire/:guid/adopt      AdoptWireBody                         → 201 AdoptWireResponse
 *   GET  /api/admin/wire/providers                                                    → WireProviderList
 *   GET  /api/admin/wire/alerts?open=1                                                → WireAlertList
 *   GET  /api/admin/wire/alerts/count     (open alerts the user's editions can see)   → WireAlertCount
 *   POST /api/admin/wire/alerts/:id/acknowledge                                 → 200 WireAlertDto
 *   GET  /api/admin/wire/events?lastEventId   text/event-stream of WireDeskEventData
 *
 *   POST /ingest/:source  (agencies; Authorization: Bearer <token>; raw bytes ≤ 10 MB) → PushIngestResponse
 */
import { z } from 'zod';
import type { WireAlert } from '../../domain/wire-alert.js';
import type { WirePubStatus } from '../../domain/wire-item.js';
import type { QuarantineEntry, StoredWireItem, WireStory } from '../../operations/wire-ports.js';
import type { AdminArticle } from './contract.js';

const flag = z
  .enum(['1', '0', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true')
  .optional();

export const wireListQuery = z.object({
  provider: z.string().max(100).optional(),
  language: z.string().max(35).optional(),
  /** Only stories at least this urgent: 1 flash, 2 bulletin, 3 urgent … 9. */
  maxUrgency: z.coerce.number().int().min(1).max(9).optional(),
  subject: z.string().max(200).optional(),
  since: z.string().datetime().optional(),
  until: z.string().datetime().optional(),
  q: z.string().max(200).optional(),
  /** Only this kind of item: text, picture, graphic, video, audio, package, … */
  kind: z.string().regex(/^[a-z]{1,40}$/, 'kind is a word such as text, picture or package').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type WireListQuery = z.infer<typeof wireListQuery>;

/**
 * One story on the desk: its newest version (the store's row id stays
 * internal), with the agency's own times (`firstCreated`, `versionCreated`)
 * besides the arrival time, and what kind of item it is.
 */
export type WireStoryDto = Omit<WireStory, 'latestItemId' | 'desk'> & {
  firstCreated: string | null;
  itemClass: string;
  slugline: string | null;
  pictureCount: number;
  firstPictureCaption: string | null;
};

/** The agencies with stories on the desk, for the agency filter. */
export interface WireProviderList {
  items: string[];
}

export interface WireStoryList {
  items: WireStoryDto[];
  page: number;
  pageSize: number;
  /** True when another page follows. */
  hasMore: boolean;
}

export interface WireVersionSummary {
  id: number;
  version: number;
  pubStatus: WirePubStatus;
  isCorrection: boolean;
  headline: string;
  versionCreated: string | null;
  receivedAt: string;
  source: string;
}

/** The newest version in full (without the raw bytes, which stay in the store for audit). */
export type WireItemDetail = Omit<StoredWireItem, 'raw'> & {
  /** Size of the verbatim original, which stays in the store for audit. */
  rawLength: number;
};

export interface WireStoryDetail {
  story: WireStoryDto;
  item: WireItemDetail;
  /** Every stored version, newest first. */
  versions: WireVersionSummary[];
  /** Articles adopted from any version of the story. */
  articles: { id: number; headline: string; status: string; wireVersion: number | null }[];
}

export const quarantineQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** A refused file; `storedName` is its kept copy in the data folder's `quarantine/` directory. */
export type QuarantineEntryDto = QuarantineEntry;

export interface QuarantineList {
  items: QuarantineEntryDto[];
}

export const adoptWireBody = z.object({
  editionCode: z.string().min(2).max(16),
  sectionId: z.number().int().positive(),
});
export type AdoptWireBody = z.infer<typeof adoptWireBody>;

/** The new draft, plus what could not be carried over (e.g. a picture that could not be fetched). */
export interface AdoptWireResponse extends AdminArticle {
  warnings: string[];
}

export const alertListQuery = z.object({ open: flag });

export interface WireAlertDto extends WireAlert {
  article: { headline: string; editionCode: string; status: string } | null;
}

export interface WireAlertList {
  items: WireAlertDto[];
}

/** Open alerts on articles in the user's editions: the navigation's count. */
export interface WireAlertCount {
  open: number;
  /** Kills and withholds of stories whose article is published: what an editor must see first. */
  urgent: number;
}

/** `?lastEventId=N` (or the `Last-Event-ID` header): replay the events after N that the server still holds. */
export const wireEventsQuery = z.object({ lastEventId: z.coerce.number().int().min(0).optional() });

/** The `data` of each server-sent event; the SSE `event` field repeats `type`. */
export type WireDeskEventData =
  | { type: 'wire.ingested'; guid: string; version: number; at: string; story: WireStoryDto | null }
  | { type: 'wire.quarantined'; quarantineId: number; fileName: string; reason: string; at: string }
  | { type: 'wire.alerted'; alertId: number; articleId: number; guid: string; at: string }
  | { type: 'wire.alert_acknowledged'; alertId: number; articleId: number; at: string };

export interface WireIngestOutcomeDto {
  file: string;
  status: 'ingested' | 'unchanged' | 'quarantined';
  guid?: string;
  version?: number;
  reason?: string;
}

export interface PushIngestResponse {
  source: string;
  outcomes: WireIngestOutcomeDto[];
}
