/**
 * What operations and readers need from a store. The storage layer implements
 * these once for every dialect (src/storage/kysely-store.ts); tests run one
 * contract suite against each implementation.
 */
import type { ClusterStore } from './cluster-ports.js';
import type { Article, ArticleNotice, ArticleStatus } from '../domain/article.js';
import type { Edition } from '../domain/edition.js';
import type { AwaitingReview, ReviewNote, RevisionKind } from '../domain/revision-kinds.js';
import type { Agency, Author, Image, ImageMetadata, NewAuthor, Section, StoredImage, Topic } from '../domain/taxonomy.js';
import type { AccountStore, NewAuditEntry } from './account-ports.js';
import type { ApiKeyStore } from './api-key-ports.js';
import type { PublicContentReader } from './public-content-ports.js';
import type { WireReader, WireWriter } from './wire-ports.js';
import type { SearchIndex } from './search-ports.js';
import type { WebhookStore } from './webhook-ports.js';
import type { FrontPageReader, FrontPageStore } from './front-page-ports.js';
import type { ReadCountStore } from './read-count-ports.js';
import type { EditionFooterReader, EditionFooterStore } from './edition-footer-ports.js';
import type { LiveCoverageReader, LiveCoverageStore } from './live-coverage-ports.js';
import type { PodcastReader, PodcastStore } from './podcast-ports.js';
import type { VideoReader, VideoStore } from './video-ports.js';
import type { LiveTvReader, LiveTvStore } from './live-tv-ports.js';

export interface SectionWithDescription extends Section {
  description: string;
}

/** The part of an article that teasers and listings need. */
export type ArticleSummary = Pick<
  Article,
  'id' | 'shortId' | 'editionCode' | 'slug' | 'kicker' | 'headline' | 'teaser' | 'leadImageId' | 'sectionId' | 'updatedAt'
> & {
  /** Listed articles are published, so this is always set. */
  firstPublishedAt: string;
  /** The article's own alt text for its lead image (its language); null or absent: the library's. */
  leadImageAlt?: string | null;
};

export type TranslationLink = Pick<Article, 'id' | 'editionCode' | 'slug' | 'headline'>;

export interface ListingQuery {
  editionCode: string;
  /** Limit to these sections (a section and its descendants). */
  sectionIds?: number[];
  topicId?: number;
  /** Limit to articles this author wrote (author pages). */
  authorId?: number;
  /** Visibility is judged at this instant (ISO 8601 UTC). */
  now: string;
  limit: number;
  offset: number;
  excludeIds?: number[];
}

/** An article as inserted: the domain's fields, its wire origin flattened, before the store gives it an id and revision 1. */
export type NewArticle = Omit<Article, 'id' | 'revision' | 'wireOrigin' | 'createdBy' | 'leadImageCaption' | 'leadImageAlt'> & {
  wireGuid: string | null;
  wireVersion: number | null;
  createdBy?: number | null;
  /** Absent means null: the media library's caption/alt. */
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
};

export type ArticleChanges = Partial<Omit<NewArticle, 'shortId' | 'createdAt'>>;

export type NewImage = Omit<StoredImage, 'id'>;

/** The state of an article at one revision, as stored in its history. */
export type ArticleSnapshot = Pick<
  Article,
  | 'editionCode' | 'sectionId' | 'slug' | 'kicker' | 'headline' | 'teaser' | 'body' | 'leadImageId' | 'topicIds' | 'authorIds'
  | 'agencyIds' | 'translationGroup' | 'embargoUntil' | 'status' | 'publishAt'
> &
  // Optional: snapshots stored before migration 012 have no lead caption/alt (null = the library's text).
  Partial<Pick<Article, 'leadImageCaption' | 'leadImageAlt'>>;

export interface StoredRevision {
  revision: number;
  userId: number | null;
  snapshot: ArticleSnapshot;
  summary: string;
  createdAt: string;
  /** What happened (src/domain/revision-kinds.ts); read from the summary for revisions stored before migration 015. */
  kind: RevisionKind;
  /** The note left with a review step (submitted, sent back), else null. */
  note: string | null;
}

export interface ArticleSearch {
  editionCodes?: string[];
  sectionId?: number;
  status?: ArticleStatus;
  authorId?: number;
  createdBy?: number;
  /** ISO bounds on updated_at. */
  from?: string;
  to?: string;
  /** Words that must all appear in the headline, kicker or teaser. */
  text?: string;
  limit: number;
  offset: number;
}

export type ArticleSearchRow = Pick<
  Article,
  'id' | 'shortId' | 'editionCode' | 'sectionId' | 'headline' | 'status' | 'updatedAt' | 'firstPublishedAt' | 'publishAt' | 'revision' | 'createdBy' | 'authorIds'
>;

export interface ImageSearch {
  text?: string;
  limit: number;
  offset: number;
}

/** One article of an edition's article sitemap. */
export interface SitemapEntry {
  id: number;
  editionCode: string;
  slug: string;
  updatedAt: string;
  firstPublishedAt: string;
  /** The lead image's original file, if any. */
  leadImageFile: string | null;
}

/** The topics, authors and agencies of one article, each in order. */
export type ArticleRefs = Pick<Article, 'id' | 'topicIds' | 'authorIds' | 'agencyIds'>;

/** Reads for feeds and sitemaps (src/storage/sitemap-reads.ts). */
export interface SitemapReader {
  /** The id ranges of `rangeSize` ids (page 1 = ids 1…rangeSize) that hold visible articles of the edition. */
  listSitemapRanges(query: { editionCode: string; now: string; rangeSize: number }): Promise<{ page: number; lastmod: string; count: number }[]>;
  /** Visible articles of the edition with afterId < id <= upToId, by id. */
  listSitemapEntries(query: { editionCode: string; now: string; afterId: number; upToId: number }): Promise<SitemapEntry[]>;
  listArticleRefs(ids: number[]): Promise<ArticleRefs[]>;
}

/** Reads; safe to call outside a transaction. */
export interface ContentReader extends SitemapReader {
  /** Editors' pins on the edition home (src/operations/front-page-ports.ts). */
  frontPage: FrontPageReader;
  /** Each edition's footer links (src/operations/edition-footer-ports.ts). */
  footer: EditionFooterReader;
  /** Live coverage: state, key points and entries (src/operations/live-coverage-ports.ts). */
  live: LiveCoverageReader;
  /** Podcast shows and episodes (src/operations/podcast-ports.ts). */
  podcasts: PodcastReader;
  /** Videos and their captions (src/operations/video-ports.ts). */
  videos: VideoReader;
  /** Each edition's live stream and programme schedule (src/operations/live-tv-ports.ts). */
  liveTv: LiveTvReader;
  listEditions(): Promise<Edition[]>;
  listSections(editionCode: string): Promise<SectionWithDescription[]>;
  listTopics(editionCode: string): Promise<Topic[]>;
  getArticle(id: number): Promise<Article | null>;
  findArticleIdByShortId(shortId: string): Promise<number | null>;
  listPublished(query: ListingQuery): Promise<ArticleSummary[]>;
  countPublished(query: Omit<ListingQuery, 'limit' | 'offset'>): Promise<number>;
  getPublishedSummaries(ids: number[], now: string): Promise<ArticleSummary[]>;
  listTranslations(group: string, now: string): Promise<TranslationLink[]>;
  getImages(ids: number[]): Promise<Image[]>;
  getAuthors(ids: number[]): Promise<Author[]>;
  getAgencies(ids: number[]): Promise<Agency[]>;
  listAuthors(): Promise<Author[]>;
  listAgencies(): Promise<Agency[]>;
  countArticles(): Promise<number>;
  listRevisions(articleId: number): Promise<StoredRevision[]>;
  getRevision(articleId: number, revision: number): Promise<StoredRevision | null>;
  listNotices(articleId: number): Promise<ArticleNotice[]>;
  /** The article's latest review step (submitted or sent back), if any. */
  latestReviewNote(articleId: number): Promise<ReviewNote | null>;
  /** Articles in review in these editions (undefined: all), longest waiting first, with their submission. */
  listAwaitingReview(query: { editionCodes?: string[]; limit: number }): Promise<{ items: AwaitingReview[]; total: number }>;
  searchArticles(query: ArticleSearch): Promise<{ rows: ArticleSearchRow[]; total: number }>;
  /** Scheduled articles whose publish time has come. */
  listDueScheduled(now: string): Promise<{ id: number; revision: number; editionCode: string }[]>;
  /** Published articles whose embargo ended in (after, upTo]. */
  listEmbargoReleases(after: string, upTo: string): Promise<{ id: number; editionCode: string }[]>;
  listImages(query: ImageSearch): Promise<StoredImage[]>;
  /** Ids of the articles that show this image (lead image or body), ascending. */
  listArticlesUsingImage(imageId: number): Promise<number[]>;
}

/** Writes; operations call these inside `transaction`. */
export interface ContentWriter extends ContentReader, WireReader, WireWriter {
  /** Accounts and the audit log, bound to the same transaction. */
  accounts: AccountStore;
  /** Webhook endpoints and deliveries, bound to the same transaction (deliveries commit with the change). */
  webhooks: WebhookStore;
  /** Content API keys, bound to the same transaction. */
  apiKeys: ApiKeyStore;
  /** Front-page pins, bound to the same transaction. */
  frontPage: FrontPageStore;
  /** Edition footer links, bound to the same transaction. */
  footer: EditionFooterStore;
  /** Live coverage, bound to the same transaction. */
  live: LiveCoverageStore;
  /** Podcast shows and episodes, bound to the same transaction. */
  podcasts: PodcastStore;
  /** Videos, bound to the same transaction. */
  videos: VideoStore;
  /** Live stream and schedule, bound to the same transaction. */
  liveTv: LiveTvStore;
  upsertEdition(edition: Edition): Promise<void>;
  insertSection(section: Omit<SectionWithDescription, 'id'>): Promise<number>;
  insertTopic(topic: Omit<Topic, 'id'>): Promise<number>;
  /** Gives the author a unique slug from the name (src/domain/slug.ts authorSlug) unless `slug` is set. */
  insertAuthor(author: NewAuthor): Promise<number>;
  insertAgency(agency: Omit<Agency, 'id'>): Promise<number>;
  insertImage(image: NewImage): Promise<number>;
  /** Inserts an article; fails with HERALD_CONFLICT when the short id is taken. */
  insertArticle(article: NewArticle): Promise<number>;
  /** Inserts many articles with multi-row statements (bulk seed and imports). */
  insertArticles(articles: NewArticle[]): Promise<number[]>;
  /**
   * Applies changes when the stored revision equals `expectedRevision`, then
   * increments it. Returns false when the revision did not match.
   */
  updateArticle(id: number, expectedRevision: number, changes: ArticleChanges): Promise<boolean>;
  shortIdExists(shortId: string): Promise<boolean>;
  insertRevision(articleId: number, revision: StoredRevision): Promise<void>;
  insertNotice(articleId: number, notice: ArticleNotice): Promise<void>;
  deleteArticle(id: number): Promise<boolean>;
  /** A changed parent comes with the new `path` (the operation computes it); the store does not re-derive paths. */
  updateSection(id: number, changes: { name?: string; description?: string; position?: number; parentId?: number | null; path?: string }): Promise<boolean>;
  updateAgency(id: number, changes: { name?: string }): Promise<boolean>;
  updateTopic(id: number, changes: { name?: string; description?: string; focusPosition?: number | null }): Promise<boolean>;
  updateAuthor(id: number, changes: Partial<Omit<Author, 'id'>>): Promise<boolean>;
  insertAudit(entry: NewAuditEntry): Promise<void>;
  updateImage(id: number, changes: Partial<ImageMetadata>): Promise<boolean>;
}

/** What /readyz and /metrics ask of the store; each answer is one small query. */
export interface StoreHealth {
  /** Runs a query; migrations this code knows but the store lacks, and ones the store has that this code does not know (newer code migrated it). */
  check(): Promise<{ pendingMigrations: string[]; unknownMigrations: string[] }>;
  /** Webhook deliveries still pending (due now or waiting for a retry). */
  webhookBacklog(): Promise<number>;
}

export interface Store extends ContentReader, WireReader, PublicContentReader {
  kind: 'sqlite' | 'postgres';
  /** Users, sessions, sign-in failures and the audit log (src/operations/account-ports.ts). */
  accounts: AccountStore;
  /** Webhook endpoints and the delivery outbox (src/operations/webhook-ports.ts). */
  webhooks: WebhookStore;
  /** Content API keys (src/operations/api-key-ports.ts). */
  apiKeys: ApiKeyStore;
  /** Anonymous per-article, per-hour read tallies for "Most read" (src/operations/read-count-ports.ts). */
  readCounts: ReadCountStore;
  /** Reader search over published articles (src/operations/search-ports.ts); written by the article writes themselves. */
  search: SearchIndex;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: ContentWriter) => Promise<T>): Promise<T>;
  /** Readiness and backlog probes for /readyz and /metrics (src/storage/store-health.ts). */
  health: StoreHealth;
  /** Events between processes and the leader lease (src/operations/cluster-ports.ts). */
  cluster: ClusterStore;
  /**
   * Brings the query planner's statistics up to date after a bulk import, so the next start finds them current
   * (SQLite; PostgreSQL's autovacuum analyses by itself). Every start does it too, before it serves.
   */
  refreshPlannerStatistics(): Promise<void>;
  close(): Promise<void>;
}
