/**
 * The kind of a request, for metrics: a fixed, small set of labels chosen
 * from the path's shape (the public site is one catch-all route, so Fastify's
 * route pattern alone says nothing). Never the URL itself: every distinct
 * label value is a time series the scraper keeps.
 */
export const ROUTE_KINDS = [
  'article', 'listing', 'home', 'feed', 'sitemap', 'search', 'api_v1', 'admin_api', 'media', 'asset', 'other',
] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** `/{edition}/{slug}/a-{id}`, the article path (src/domain/article.ts articlePath). */
const ARTICLE = /^\/[^/]+\/(?:[^/]+\/)+a-\d+$/;
/** `/{edition}/` (and `/{edition}` before its redirect). */
const HOME = /^\/[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/?$/;
const SEARCH = /^\/[^/]+\/search$/;

export function routeKind(url: string): RouteKind {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.startsWith('/api/v1/')) return path === '/api/v1/search' ? 'search' : 'api_v1';
  if (path.startsWith('/api/admin/')) return 'admin_api';
  if (path.startsWith('/media/')) return 'media';
  if (path.startsWith('/assets/') || path.startsWith('/admin/assets/')) return 'asset';
  if (path === '/' || HOME.test(path)) return 'home';
  if (path.endsWith('/rss.xml')) return 'feed';
  if (path === '/robots.txt' || /\/sitemap[^/]*\.xml$/.test(path)) return 'sitemap';
  if (SEARCH.test(path)) return 'search';
  if (ARTICLE.test(path) || path.startsWith('/p/')) return 'article';
  // Everything else under an edition is a section, topic or author page (or the site's 404).
  if (/^\/(?:admin|ingest|api|healthz|readyz|metrics)(?:\/|$)/.test(path)) return 'other';
  if (/^\/[^/]+\/.+/.test(path)) return 'listing';
  return 'other';
}
