/**
 * The article as the domain sees it: plain data. Storage maps rows to this
 * shape; operations and renderers take it as given.
 */
import { bodyImageIds, type BodyBlock } from './blocks.js';

export const ARTICLE_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The wire item (and its version) an article was adopted from. */
export interface WireOrigin {
  guid: string;
  version: number;
}

export interface Article {
  id: number;
  shortId: string;
  editionCode: string;
  slug: string;
  kicker: string;
  headline: string;
  teaser: string;
  body: BodyBlock[];
  leadImageId: number | null;
  /**
   * The lead image's caption and alt text in this article, in its language; null
   * uses the media library's text. The credit always comes from the image.
   */
  leadImageCaption: string | null;
  leadImageAlt: string | null;
  sectionId: number;
  topicIds: number[];
  authorIds: number[];
  agencyIds: number[];
  status: ArticleStatus;
  /** ISO 8601 UTC. Null until first published. */
  firstPublishedAt: string | null;
  /** ISO 8601 UTC; the time of the last published change. */
  updatedAt: string;
  createdAt: string;
  /** When a scheduled article goes live (ISO 8601 UTC). */
  publishAt: string | null;
  /** Nothing is public before this time, whatever the status. */
  embargoUntil: string | null;
  /** Articles sharing a group are the same story in other editions. */
  translationGroup: string | null;
  wireOrigin: WireOrigin | null;
  /** Increases on every saved change; used for optimistic concurrency. */
  revision: number;
  /** The user who created it (reporters may edit only their own drafts). */
  createdBy: number | null;
}

/** A correction or update notice shown on the article page. */
export interface ArticleNotice {
  kind: 'correction' | 'update';
  text: string;
  createdAt: string;
}

/** Is the article visible to readers at `now`? */
export function isPubliclyVisible(
  article: Pick<Article, 'status' | 'embargoUntil' | 'firstPublishedAt'>,
  now: Date,
): boolean {
  if (article.status !== 'published' || !article.firstPublishedAt) return false;
  if (article.embargoUntil && Date.parse(article.embargoUntil) > now.getTime()) return false;
  return true;
}

/** Canonical public path of an article: `/{edition}/{slug}/a-{id}`. */
export function articlePath(article: Pick<Article, 'editionCode' | 'slug' | 'id'>): string {
  return `/${article.editionCode}/${encodeURIComponent(article.slug)}/a-${article.id}`;
}

export function shortLinkPath(shortId: string): string {
  return `/p/${shortId}`;
}

/** The distinct images an article shows: its lead image and those in its body. */
export function articleImageIds(leadImageId: number | null, body: readonly BodyBlock[]): number[] {
  return [...new Set([...(leadImageId === null ? [] : [leadImageId]), ...bodyImageIds(body)])];
}
