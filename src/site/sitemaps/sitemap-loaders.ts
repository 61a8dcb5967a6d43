/**
 * Loads what each sitemap lists. Article sitemap page n holds the edition's
 * visible articles with ids in ((n-1)·50,000, n·50,000]: one primary-key range
 * per page, at most 50,000 URLs, and the index lists only the ranges that
 * hold any (so every listed sitemap has at least one URL).
 */
import { articlePath } from '../../domain/article.js';
import type { ContentReader } from '../../operations/ports.js';
import { articleSitemapPath, newsSitemapPath } from '../feeds/feed-paths.js';
import { latest } from '../feeds/xml-response.js';
import { mediaPath } from '../paths.js';
import type { EditionDirectory, SiteDirectory } from '../site-directory.js';
import {
  MAX_NEWS_URLS, MAX_SITEMAP_URLS, NEWS_WINDOW_MS, renderArticleSitemap, renderNewsSitemap, renderSitemapIndex, type SitemapIndexEntry,
} from './sitemap-documents.js';

interface SitemapDeps {
  reader: ContentReader;
  publicUrl: string;
  now: () => Date;
}

export interface LoadedSitemap {
  body: string;
  lastmod: Date;
}

export async function loadSitemapIndex(deps: SitemapDeps, site: SiteDirectory): Promise<LoadedSitemap> {
  const now = deps.now();
  const entries: SitemapIndexEntry[] = [];
  for (const edition of site.editions) {
    const ranges = await deps.reader.listSitemapRanges({ editionCode: edition.code, now: now.toISOString(), rangeSize: MAX_SITEMAP_URLS });
    const newest = ranges.map((r) => r.lastmod);
    entries.push({ loc: deps.publicUrl + newsSitemapPath(edition.code), lastmod: newest.length ? latest(newest, now).toISOString() : null });
    for (const range of ranges) entries.push({ loc: deps.publicUrl + articleSitemapPath(edition.code, range.page), lastmod: range.lastmod });
  }
  return { body: renderSitemapIndex(entries), lastmod: latest(entries.flatMap((e) => (e.lastmod ? [e.lastmod] : [])), now) };
}

/** Null when the page's id range holds no visible article of the edition (the index does not list it). */
export async function loadArticleSitemap(deps: SitemapDeps, dir: EditionDirectory, page: number): Promise<LoadedSitemap | null> {
  const now = deps.now();
  const afterId = (page - 1) * MAX_SITEMAP_URLS;
  if (!Number.isSafeInteger(afterId + MAX_SITEMAP_URLS)) return null;
  const entries = await deps.reader.listSitemapEntries({
    editionCode: dir.edition.code, now: now.toISOString(), afterId, upToId: afterId + MAX_SITEMAP_URLS,
  });
  if (entries.length === 0) return null;
  const body = renderArticleSitemap(
    entries.map((e) => ({
      loc: deps.publicUrl + articlePath(e),
      lastmod: e.updatedAt,
      imageLoc: e.leadImageFile ? deps.publicUrl + mediaPath(e.leadImageFile) : null,
    })),
  );
  return { body, lastmod: latest(entries.map((e) => e.updatedAt), now) };
}

/** Articles first published in the 48 hours up to `now`, newest first, at most 1,000. */
export async function loadNewsSitemap(deps: SitemapDeps, dir: EditionDirectory): Promise<LoadedSitemap> {
  const now = deps.now();
  const since = now.getTime() - NEWS_WINDOW_MS;
  const newest = await deps.reader.listPublished({ editionCode: dir.edition.code, now: now.toISOString(), limit: MAX_NEWS_URLS, offset: 0 });
  const recent = newest.filter((a) => Date.parse(a.firstPublishedAt) >= since);
  const body = renderNewsSitemap(
    recent.map((a) => ({
      loc: deps.publicUrl + articlePath(a),
      publicationName: dir.edition.siteTitle,
      language: dir.edition.lang,
      publishedAt: a.firstPublishedAt,
      title: a.headline,
    })),
  );
  return { body, lastmod: latest(recent.flatMap((a) => [a.updatedAt, a.firstPublishedAt]), now) };
}
