/**
 * What operations and readers need from a store. The storage layer implements
 * these once for every dialect (src/storage/kysely-store.ts); tests run one
 * contract suite against each implementation.
 */
import type { Article, ArticleStatus } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import type { Edition } from '../domain/edition.js';
import type { Agency, Author, Image, Section, Topic } from '../domain/taxonomy.js';
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
}

/** Writes; operations call these inside `transaction`. */
export interface ContentWriter extends ContentReader, WireReader, WireWriter {
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
}

export interface Store extends ContentReader, WireReader {
  kind: 'sqlite' | 'postgres';
  /** Runs `work` in one transaction: all of it is written, or none. */
  transaction<T>(work: (tx: ContentWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
