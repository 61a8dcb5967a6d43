/**
 * Table types for Kysely. Timestamps are ISO 8601 UTC strings (`toISOString()`)
 * in both stores, so they sort as text and need no dialect-specific handling;
 * booleans are 0/1 integers for the same reason.
 */
import type { ColumnType, Generated } from 'kysely';
import type { WebhookDeliveryTable, WebhookEndpointTable } from './webhook-tables.js';
import type { FrontPagePinTable } from './front-page-tables.js';
import type { ArticleReadCountTable } from './read-count-store.js';
import type { EditionFooterLinkTable } from './edition-footer-tables.js';
import type { ListingCountTable } from './listing-counts.js';
import type { LiveCoverageTable, LiveEntryTable } from './live-coverage-tables.js';
import type { PodcastEpisodeTable, PodcastShowTable } from './podcast-tables.js';
import type { VideoCaptionTable, VideoTable } from './video-tables.js';
import type { BroadcastSlotTable, LiveStreamTable } from './live-tv-tables.js';

export interface EditionTable {
  code: string;
  lang: string;
  name: string;
  dir: string;
  time_zone: string;
  locale: string;
  numbering_system: string;
  site_title: string;
  position: number;
  is_default: number;
}

export interface SectionTable {
  id: Generated<number>;
  edition_code: string;
  parent_id: number | null;
  slug: string;
  path: string;
  name: string;
  position: number;
  /** Added by migration 002. */
  description: Generated<string>;
}

export interface TopicTable {
  id: Generated<number>;
  edition_code: string;
  slug: string;
  name: string;
  description: string;
  focus_position: number | null;
}

export interface AuthorTable {
  id: Generated<number>;
  name: string;
  initials: string;
  bio: string;
  /** Unique (migration 008). */
  slug: string;
  title: Generated<string>;
  image_id: number | null;
}

export interface AgencyTable {
  id: Generated<number>;
  code: string;
  name: string;
}

export interface ImageTable {
  id: Generated<number>;
  file_name: string;
  mime_type: string;
  width: number;
  height: number;
  /** Comma-separated widths of the stored derivatives, e.g. `480,960,1600`. */
  derivative_widths: string;
  alt: string;
  caption: string;
  credit_name: string | null;
  credit_agency: string | null;
  credit_distributor: string | null;
  focal_x: number;
  focal_y: number;
  created_at: string;
}

export interface ArticleTable {
  id: Generated<number>;
  short_id: string;
  edition_code: string;
  slug: string;
  kicker: string;
  headline: string;
  teaser: string;
  /** JSON-encoded BodyBlock[]. */
  body: string;
  lead_image_id: number | null;
  section_id: number;
  status: string;
  first_published_at: string | null;
  updated_at: string;
  created_at: string;
  publish_at: string | null;
  embargo_until: string | null;
  translation_group: string | null;
  wire_guid: string | null;
  wire_version: number | null;
  revision: number;
  /** Added by migration 005. */
  created_by: number | null;
  /** Added by migration 012: the lead image's caption/alt in this article; null uses the media library's text. */
  lead_image_caption: ColumnType<string | null, string | null | undefined, string | null>;
  lead_image_alt: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ArticleRevisionTable {
  article_id: number;
  revision: number;
  user_id: number | null;
  /** JSON of the article's editable fields and status at that revision. */
  snapshot: string;
  summary: string;
  created_at: string;
  /** Migration 015: what happened (src/domain/revision-kinds.ts); null on older rows. */
  kind: string | null;
  /** Migration 015: the note left with a review step. */
  note: string | null;
}

export interface ArticleNoticeTable {
  id: Generated<number>;
  article_id: number;
  kind: string;
  text: string;
  created_at: string;
}

export interface ArticleImageTable {
  article_id: number;
  image_id: number;
}

export interface ArticleTopicTable {
  article_id: number;
  topic_id: number;
  position: number;
}

export interface ArticleAuthorTable {
  article_id: number;
  author_id: number;
  position: number;
}

export interface ArticleAgencyTable {
  article_id: number;
  agency_id: number;
  position: number;
}

export interface WireItemTable {
  id: Generated<number>;
  guid: string;
  version: number;
  format: string;
  provider: string;
  pub_status: string;
  urgency: number | null;
  language: string | null;
  headline: string;
  slugline: string | null;
  dateline: string | null;
  located: string | null;
  byline: string | null;
  item_class: string;
  /** JSON BodyBlock[]. */
  body: string;
  /** JSON WireSubject[]. */
  subjects: string;
  /** JSON WirePicture[]. */
  pictures: string;
  embargo_until: string | null;
  first_created: string | null;
  version_created: string | null;
  is_correction: number;
  /** JSON string[]. */
  sanitizer_notes: string;
  raw: string;
  source: string;
  received_at: string;
}

export interface WireStoryTable {
  guid: string;
  latest_item_id: number;
  latest_version: number;
  provider: string;
  pub_status: string;
  urgency: number | null;
  language: string | null;
  headline: string;
  is_correction: number;
  /** Space-separated subject codes, for filtering. */
  subject_codes: string;
  /** Lower-cased headline, slugline and body text, for the desk's search. */
  search_text: string;
  received_at: string;
  version_created: string | null;
}

export interface WireQuarantineTable {
  id: Generated<number>;
  file_name: string;
  stored_name: string;
  code: string;
  reason: string;
  size: number;
  source: string;
  received_at: string;
}

export interface WireAlertTable {
  id: Generated<number>;
  article_id: number;
  guid: string;
  version: number;
  kind: string;
  message: string;
  created_at: string;
  acknowledged_at: string | null;
}

// ---------- accounts (migration 004) ----------

export interface UserTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  name: string;
  role: string;
  /** argon2id, PHC string. */
  password_hash: string;
  /** Comma-separated edition codes; empty = every edition. */
  edition_codes: string;
  author_id: number | null;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionTable {
  /** sha256 (hex) of the cookie token; the token itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  at: string;
  /** Lower-cased email as typed, known or not. */
  email: string;
  ip: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  article_id: number | null;
  details: string;
}

// ---------- Content API keys (migration 009) ----------

export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  /** The key's first characters, shown in lists so admins can tell keys apart; not enough to use it. */
  key_prefix: string;
  /** sha256 (hex) of the whole key; the key itself is never stored. */
  key_hash: string;
  created_at: string;
  created_by: number | null;
  revoked_at: string | null;
}

export interface HeraldDatabase {
  article_revisions: ArticleRevisionTable;
  article_notices: ArticleNoticeTable;
  wire_items: WireItemTable;
  wire_stories: WireStoryTable;
  wire_quarantine: WireQuarantineTable;
  wire_alerts: WireAlertTable;
  editions: EditionTable;
  sections: SectionTable;
  topics: TopicTable;
  authors: AuthorTable;
  agencies: AgencyTable;
  images: ImageTable;
  articles: ArticleTable;
  article_topics: ArticleTopicTable;
  article_images: ArticleImageTable;
  article_authors: ArticleAuthorTable;
  article_agencies: ArticleAgencyTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  audit_log: AuditLogTable;
  webhook_endpoints: WebhookEndpointTable;
  webhook_deliveries: WebhookDeliveryTable;
  api_keys: ApiKeyTable;
  front_page_pins: FrontPagePinTable;
  article_read_counts: ArticleReadCountTable;
  edition_footer_links: EditionFooterLinkTable;
  listing_counts: ListingCountTable;
  live_coverages: LiveCoverageTable;
  live_entries: LiveEntryTable;
  podcast_shows: PodcastShowTable;
  podcast_episodes: PodcastEpisodeTable;
  live_streams: LiveStreamTable;
  broadcast_slots: BroadcastSlotTable;
  videos: VideoTable;
  video_captions: VideoCaptionTable;
}
