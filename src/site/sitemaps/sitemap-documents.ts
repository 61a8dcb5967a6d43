/**
 * Sitemaps as Google and the sitemaps.org protocol define them: a sitemap
 * index, article sitemaps with the lead image (image extension) and a
 * Google News sitemap; plus robots.txt, which points crawlers at the index.
 */
import { w3cDate } from '../feeds/xml-response.js';
import { el, renderXmlDocument } from '../xml/xml-writer.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** sitemaps.org: at most 50,000 URLs per sitemap. */
export const MAX_SITEMAP_URLS = 50_000;
/** Google News: at most 1,000 articles, first published in the last two days. */
export const MAX_NEWS_URLS = 1_000;
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

export interface SitemapIndexEntry {
  loc: string;
  lastmod: string | null;
}

export interface ArticleUrl {
  loc: string;
  lastmod: string;
  /** Absolute URL of the lead image, if any. */
  imageLoc: string | null;
}

export interface NewsUrl {
  loc: string;
  publicationName: string;
  /** ISO 639 code of the edition's language. */
  language: string;
  publishedAt: string;
  title: string;
}

export function renderSitemapIndex(entries: SitemapIndexEntry[]): string {
  return renderXmlDocument(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      ...entries.map((e) => el('sitemap', {}, el('loc', {}, e.loc), e.lastmod && el('lastmod', {}, w3cDate(e.lastmod)))),
    ),
  );
}

export function renderArticleSitemap(urls: ArticleUrl[]): string {
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:image': IMAGE_NS },
      ...urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.loc),
          el('lastmod', {}, w3cDate(u.lastmod)),
          u.imageLoc && el('image:image', {}, el('image:loc', {}, u.imageLoc)),
        ),
      ),
    ),
  );
}

export function renderNewsSitemap(urls: NewsUrl[]): string {
  return renderXmlDocument(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS },
      ...urls.map((u) =>
        el(
          'url',
          {},
          el('loc', {}, u.loc),
          el(
            'news:news',
            {},
            el('news:publication', {}, el('news:name', {}, u.publicationName), el('news:language', {}, u.language)),
            el('news:publication_date', {}, w3cDate(u.publishedAt)),
            el('news:title', {}, u.title),
          ),
        ),
      ),
    ),
  );
}

/** Crawlers may read everything public; the newsroom and its API are not for them. */
export function renderRobotsTxt(sitemapIndexUrl: string): string {
  return ['User-agent: *', 'Disallow: /admin', 'Disallow: /api/admin', '', `Sitemap: ${sitemapIndexUrl}`, ''].join('\n');
}
