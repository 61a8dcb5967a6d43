/**
 * The shape of the demo newsroom's content, written as typed data so the seed
 * can insert it through the same operations an editor uses. Keys tie records
 * together (sections by path, topics by slug, authors by initials, images by key).
 */
import type { BodyBlock } from '../domain/blocks.js';

export interface DemoEdition {
  code: string;
  lang: string;
  name: string;
  dir: 'ltr' | 'rtl';
  timeZone: string;
  locale: string;
  numberingSystem: string;
  siteTitle: string;
  isDefault: boolean;
}

export interface DemoSection {
  edition: string;
  /** e.g. `politics` or `politics/europe` (parent must be listed first). */
  path: string;
  name: string;
}

export interface DemoTopic {
  edition: string;
  slug: string;
  name: string;
  description: string;
  /** Position in the "In focus" bar (0-based); omit when not in focus. */
  focus?: number;
}

export interface DemoAuthor {
  name: string;
  initials: string;
  bio: string;
  /** Role or title shown on the author page. */
  title: string;
  /** Key of the demo picture shown on the author page, if any. */
  imageKey?: string;
}

export interface DemoAgency {
  code: string;
  name: string;
}

/** A generated (never photographed) demo picture. */
export interface DemoImage {
  key: string;
  /** Motif drawn by the image generator. */
  motif: 'skyline' | 'mountains' | 'waves' | 'grid' | 'circles' | 'columns' | 'field' | 'network';
  /** Two or three CSS colours for the palette. */
  palette: string[];
  alt: string;
  caption: string;
  creditName: string;
  creditAgency?: string;
  creditDistributor?: string;
  focalX?: number;
  focalY?: number;
}

/**
 * Body blocks as in the domain, except that images and related articles are
 * referenced by demo keys and resolved to ids at seed time.
 */
export type DemoBodyBlock =
  | Exclude<BodyBlock, { type: 'image' } | { type: 'related' }>
  | { type: 'image'; imageKey: string; caption?: string; credit?: string; alt?: string }
  | { type: 'related'; articleKey: string };

export interface DemoArticle {
  key: string;
  edition: string;
  sectionPath: string;
  topicSlugs: string[];
  kicker: string;
  headline: string;
  teaser: string;
  body: DemoBodyBlock[];
  leadImageKey: string;
  /** The lead image's caption/alt in this article's language; absent uses the media library's. */
  leadImageCaption?: string;
  leadImageAlt?: string;
  /** Author initials, in byline order. */
  authors: string[];
  /** Agency codes, in byline order. */
  agencies: string[];
  /** Articles with the same translation key are the same story in several editions. */
  translationKey?: string;
  /** Published this many hours before the seed runs (keeps the demo fresh). */
  hoursAgo: number;
  /** Hours after publication when it was updated, if ever. */
  updatedAfterHours?: number;
}

export interface DemoNewsroom {
  editions: DemoEdition[];
  sections: DemoSection[];
  topics: DemoTopic[];
  authors: DemoAuthor[];
  agencies: DemoAgency[];
  images: DemoImage[];
  articles: DemoArticle[];
}
