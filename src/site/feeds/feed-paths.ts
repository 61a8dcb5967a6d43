/** URLs of the feeds and sitemaps, built in one place (the router and the page heads use them). */
export const editionFeedPath = (editionCode: string) => `/${editionCode}/rss.xml`;
export const sectionFeedPath = (editionCode: string, sectionPath: string) => `/${editionCode}/${sectionPath}/rss.xml`;
export const topicFeedPath = (editionCode: string, slug: string) => `/${editionCode}/topic/${encodeURIComponent(slug)}/rss.xml`;
export const newsSitemapPath = (editionCode: string) => `/${editionCode}/sitemap-news.xml`;
export const articleSitemapPath = (editionCode: string, page: number) => `/${editionCode}/sitemap-articles-${page}.xml`;
export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';

export const FEED_FILE = 'rss.xml';
export const NEWS_SITEMAP_FILE = 'sitemap-news.xml';
export const ARTICLE_SITEMAP_FILE = /^sitemap-articles-([1-9]\d{0,8})\.xml$/;
