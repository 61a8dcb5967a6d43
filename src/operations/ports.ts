/**
 * What operations and readers need from a store. The storage layer implements
 * these once for every dialect (src/storage/kysely-store.ts); tests run one
 * contract suite against each implementation.
 */
import type { Article, ArticleNotice, ArticleStatus } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import type { Edition } from '../domain/edition.js';
import type { Agency, Author, Image, Section, Topic } from '../domain/taxonomy.js';
import type { AccountStore, NewAuditEntry } from './account-ports.js';
import type { WireReader, WireWriter } from './wire-ports.js';

export interface SectionWithDescription extends Section {
  description: string;
}

/** The part of an article that teasers and listings need. */
export interface ArticleSummary {
  id: number;
  shortId: string;
  editionCode: string;
  slug: string;
  kicker: string;
  headline: string;
  teaser: string;
  leadImageId: number | null;
  sectionId: number;
  firstPublishedAt: string;
  updatedAt: string;
}

export interface TranslationLink {
  id: number;
  editionCode: string;
  slug: string;
  headline: string;
}

export interface ListingQuery {
  editionCode: string;
  /** Limit to these sections (a section and its descendants). */
  sectionIds?: number[];
  topicId?: number;
  /** Visibility is judged at this instant (ISO 8601 UTC). */
  now: string;
  limit: number;
  offset: number;
  excludeIds?: number[];
}

export interface NewArticle {
  shortId: string;
  editionCode: string;
  slug: string;
  kicker: string;
  headline: string;
  teaser: string;
  body: BodyBlock[];
  leadImageId: number | null;
  sectionId: number;
  topicIds: number[];
  authorIds: number[];
  agencyIds: number[];
  status: ArticleStatus;
  firstPublishedAt: string | null;
  updatedAt: string;
  createdAt: string;
  publishAt: string | null;
  embargoUntil: string | null;
  translationGroup: string | null;
  wireGuid: string | null;
  wireVersion: number | null;
  createdBy?: number | null;
}

export type ArticleChanges = Partial<Omit<NewArticle, 'shortId' | 'createdAt'>>;

export interface NewImage {
  fileName: string;
  mimeType: string;
  width: number;
  height: number;
  derivativeWidths: number[];
  alt: string;
  caption: string;
  creditName: string | null;
  creditAgency: string | null;
  creditDistributor: string | null;
  focalX: number;
  focalY: number;
  createdAt: string;
}

/** The state of an article at one revision, as stored in its history. */
export interface ArticleSnapshot {
  editionCode: string;
  sectionId: number;
  slug: string;
  kicker: string;
  headline: string;
  teaser: string;
  body: BodyBlock[];
  leadImageId: number | null;
  topicIds: number[];
  authorIds: number[];
  agencyIds: number[];
  translationGroup: string | null;
  embargoUntil: string | null;
  status: ArticleStatus;
  publishAt: string | null;
}

export interface StoredRevision {
  revision: number;
  userId: number | null;
  snapshot: ArticleSnapshot;
  summary: string;
  createdAt: string;
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

export interface ArticleSearchRow {
  id: number;
  shortId: string;
  editionCode: string;
  sectionId: number;
  headline: string;
  status: ArticleStatus;
  updatedAt: string;
  firstPublishedAt: string | null;
  publishAt: string | null;
  revision: number;
  createdBy: number | null;
  authorIds: number[];
}

export interface ImageSearch {
  text?: string;
  limit: number;
  offset: number;
}

/** Reads; safe to call outside a transaction. */
export interface ContentReader {
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
  searchArticles(query: ArticleSearch): Promise<{ rows: ArticleSearchRow[]; total: number }>;
  /** Scheduled articles whose publish time has come. */
  listDueScheduled(now: string): Promise<{ id: number; revision: number; editionCode: string }[]>;
  /** Published articles whose embargo ended in (after, upTo]. */
  listEmbargoReleases(after: string, upTo: string): Promise<{ id: number; editionCode: string }[]>;
  listImages(query: ImageSearch): Promise<(Image & { derivativeWidths: number[] })[]>;
  /** Ids of the articles that show this image (lead image or body), ascending. */
  listArticlesUsingImage(imageId: number): Promise<number[]>;
}

/** Writes; operations call these inside `transaction`. */
export interface ContentWriter extends ContentReader, WireReader, WireWriter {
  /** Accounts and the audit log, bound to the same transaction. */
  accounts: AccountStore;
  upsertEdition(edition: Edition): Promise<void>;
  insertSection(section: Omit<SectionWithDescription, 'id'>): Promise<number>;
  insertTopic(topic: Omit<Topic, 'id'>): Promise<number>;
  insertAuthor(author: Omit<Author, 'id'>): Promise<number>;
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
  updateSection(id: number, changes: { name?: string; description?: string; position?: number }): Promise<boolean>;
  updateTopic(id: number, changes: { name?: string; description?: string; focusPosition?: number | null }): Promise<boolean>;
  updateAuthor(id: number, changes: { name?: string; initials?: string; bio?: string }): Promise<boolean>;
  insertAudit(entry: NewAuditEntry): Promise<void>;
  updateImage(id: number, changes: Partial<Omit<NewImage, 'fileName' | 'mimeType' | 'width' | 'height' | 'derivativeWidths' | 'createdAt'>>): Promise<boolean>;
}

export interface Store extends ContentReader, WireReader {
  kind: 'sqlite' | 'postgres';
  /** Users, sessions, sign-in failures and the audit log (added by the accounts work; src/auth/account-ports.ts). */
  accounts: AccountStore;
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: ContentWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
