/**
 * What the views receive: fully resolved, display-ready data. Routes load and
 * enhance (images resolved to URLs, related articles to teasers, dates to
 * ISO strings) before rendering; views never fetch anything.
 */
import type { Edition } from '../domain/edition.js';
import type { Messages } from './i18n/messages.js';
import type { JsonLdNode } from './structured-data/json-ld.js';

export interface LinkModel {
  label: string;
  href: string;
}

export interface NavSectionModel extends LinkModel {
  children: LinkModel[];
  /** True for the section the current page belongs to (aria-current). */
  current?: boolean;
}

export interface EditionLinkModel {
  code: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  name: string;
  /** The same page in that edition when a translation exists, else its home. */
  href: string;
  current: boolean;
}

export interface PageChromeModel {
  edition: Edition;
  messages: Messages;
  /** Absolute base URL of the site (no trailing slash), for canonical and Open Graph URLs. */
  publicUrl: string;
  /** Content-hashed stylesheet URL. */
  stylesheetHref: string;
  /** Stylesheets this page links after that one: players' and live coverage's (src/site/assets/stylesheet.ts). */
  extraStylesheetHrefs?: string[];
  /** `<title>` text (the site title is appended by the layout). */
  title: string;
  description: string;
  /** Site-relative canonical path (the layout makes it absolute with publicUrl); omitted on error pages. */
  canonicalPath?: string;
  nav: NavSectionModel[];
  /** Live TV, latest audio, latest videos: in the header of every page. */
  mediaNav: (LinkModel & { current: boolean })[];
  focusTopics: LinkModel[];
  editions: EditionLinkModel[];
  /** The edition's imprint, privacy, contact… links (src/domain/edition-footer.ts). */
  footerLinks: LinkModel[];
  /** The other editions' home pages, for the footer (the header's language menu links translations). */
  otherSites: EditionLinkModel[];
  /** `<link rel="alternate" hreflang>` entries for translations, absolute URLs. */
  alternates: { lang: string; href: string }[];
  /** RSS feeds announced in the head: the edition's, then the section's or topic's on those pages. Absolute URLs. */
  feeds: { title: string; href: string }[];
  /** The page's schema.org nodes (src/site/structured-data); the head adds the site-wide ones. */
  structuredData?: JsonLdNode[];
  /** The edition directory this chrome was built from: rendered header and footer are kept per directory (views/chrome-parts.tsx). */
  chromeCacheScope?: object;
}

/** The picture link previews (Open Graph, Twitter cards) show: absolute URL and its real size. */
export interface ShareImageModel {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface ImageModel {
  src: string;
  /** `srcset` with width descriptors, e.g. "/media/a-480.jpg 480w, …" (the `<img>` fallback). */
  srcset: string;
  /** The same widths in better formats, best first (`<source>`s of a `<picture>`); absent or empty: only the `<img>`. */
  sources?: { type: 'image/avif' | 'image/webp'; srcset: string }[];
  sizes: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  /** Already formatted `Name/agency/distributor`; empty when unknown. */
  credit: string;
  /** Classes that crop around the focal point, e.g. "focal-x-25 focal-y-75"; empty when centred. */
  focalClass: string;
}

export interface TeaserModel {
  id: number;
  href: string;
  kicker: string;
  headline: string;
  teaser: string;
  image: ImageModel | null;
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** Localised display date. */
  publishedLabel: string;
  sectionName: string;
}

export type RenderSpan = { text: string; bold?: boolean; italic?: boolean; href?: string };

export type RenderBlock =
  | { type: 'paragraph'; spans: RenderSpan[] }
  | { type: 'subheading'; text: string; id: string }
  | { type: 'image'; image: ImageModel }
  | { type: 'related'; teaser: TeaserModel }
  | { type: 'quote'; text: string; attribution?: string }
  | { type: 'list'; ordered: boolean; items: RenderSpan[][] }
  | { type: 'embed'; kind: 'video' | 'audio'; title: string; url?: string }
  | { type: 'video'; videoId: number; player: import('./models/video-page-models.js').VideoPlayerModel }
  | { type: 'audio'; episodeId: number; player: EmbeddedEpisodeModel };

/** A public podcast episode an audio embed plays, in the article body. */
export interface EmbeddedEpisodeModel {
  showId: number;
  title: string;
  /** The episode's own page. */
  href: string;
  /** Site-relative for uploaded files, absolute for external ones. */
  src: string;
  mime: string;
}

export interface ArticlePageModel {
  chrome: PageChromeModel;
  /** Present on a live coverage page (src/site/models/live-coverage-model.ts). */
  live?: import('./models/live-coverage-model.js').LiveCoverageModel;
  /** "More from {section}": the section's newest other articles, hand-picked related ones left out; absent when none. */
  moreFromSection?: { section: LinkModel; teasers: TeaserModel[] };
  id: number;
  kicker: string;
  headline: string;
  teaser: string;
  breadcrumb: LinkModel[];
  publishedAt: string;
  publishedLabel: string;
  /** Set when the article was changed after first publication. */
  updatedAt: string | null;
  updatedLabel: string | null;
  /** Absolute short URL shown for copying, e.g. https://example.org/p/4mYYo */
  shortUrl: string;
  leadImage: ImageModel | null;
  body: RenderBlock[];
  /** Newsroom byline, e.g. `es/wmd (AFP, dpa)`; empty when none. */
  byline: string;
  /** The authors' full names, linked to their author pages (the byline shows only initials). */
  authors: LinkModel[];
  /** The article's own section, for `article:section`. */
  sectionName: string;
  /** Last change, never before first publication (ISO 8601 UTC). */
  modifiedAt: string;
  shareImage: ShareImageModel | null;
  topics: LinkModel[];
  translations: EditionLinkModel[];
  /** Correction and update notices, oldest first. */
  notices: { kind: 'correction' | 'update'; text: string; at: string; label: string }[];
  /** True on the newsroom's private preview (not indexed, banner shown). */
  preview: boolean;
}

export interface HomePageModel {
  chrome: PageChromeModel;
  topStory: TeaserModel | null;
  /** Leads pinned by editors, in their order (shown with the top story); absent or empty when none. */
  leads?: TeaserModel[];
  latest: TeaserModel[];
  sections: { section: LinkModel; teasers: TeaserModel[] }[];
  /** The edition's most-read articles of the last 24 hours, most read first; absent or empty when none. */
  mostRead?: TeaserModel[];
}

export interface PaginationModel {
  page: number;
  pages: number;
  previousHref: string | null;
  nextHref: string | null;
}

export interface ListingPageModel {
  chrome: PageChromeModel;
  kind: 'section' | 'topic';
  heading: string;
  description: string;
  breadcrumb: LinkModel[];
  teasers: TeaserModel[];
  /** Subsections, for a section page. */
  children: LinkModel[];
  pagination: PaginationModel;
  /** Site-relative URL of this section's or topic's RSS feed. */
  feedHref: string;
}

export interface AuthorPageModel {
  chrome: PageChromeModel;
  name: string;
  /** Role or title, e.g. "Correspondent, Brussels"; empty when none. */
  title: string;
  bio: string;
  /** Shown with its credit; null when the author has no picture. */
  picture: ImageModel | null;
  breadcrumb: LinkModel[];
  /** The author's articles in this edition, newest first. */
  teasers: TeaserModel[];
  pagination: PaginationModel;
}

export interface ErrorPageModel {
  chrome: PageChromeModel;
  status: 404 | 410 | 400 | 500;
}
