/**
 * Routes the feed and sitemap URLs to their documents: RSS per edition,
 * section and topic; per edition a Google News sitemap and article sitemaps;
 * the sitemap index and robots.txt at the root. Each response carries the
 * surrogate keys the page purger already sends for article changes
 * (src/site/page-purge-keys.ts): any publish, update or unpublish in an edition
 * purges `home:` (or, without a scope, `listing:`), a section's `section:`
 * (ancestors included) and a topic's `topic:`. `edition:` follows curation
 * (section and topic names).
 */
import { surrogateKeys } from '../../cache/page-cache.js';
import type { Topic } from '../../domain/taxonomy.js';
import type { ContentReader, SectionWithDescription } from '../../operations/ports.js';
import { formatMessage, type Messages } from '../i18n/messages.js';
import { editionHomePath, sectionPagePath, topicPagePath } from '../paths.js';
import type { SiteResponse } from '../public-site.js';
import { sectionWithDescendants, type EditionDirectory, type SiteDirectory } from '../site-directory.js';
import { loadArticleSitemap, loadNewsSitemap, loadSitemapIndex } from '../sitemaps/sitemap-loaders.js';
import { renderRobotsTxt } from '../sitemaps/sitemap-documents.js';
import { loadFeedItems } from './feed-items.js';
import {
  ARTICLE_SITEMAP_FILE, FEED_FILE, NEWS_SITEMAP_FILE, ROBOTS_PATH, SITEMAP_INDEX_PATH, editionFeedPath, sectionFeedPath, topicFeedPath,
} from './feed-paths.js';
import { renderRssDocument } from './rss-document.js';
import { RSS_CONTENT_TYPE, TEXT_CONTENT_TYPE, XML_CONTENT_TYPE, documentResponse, latest } from './xml-response.js';

export interface FeedResponderDeps {
  reader: ContentReader;
  site: () => SiteDirectory;
  messages: (lang: string) => Messages;
  publicUrl: string;
  now: () => Date;
}

/** robots.txt names nothing that changes with content; a key of its own keeps it cached (and never purged). */
const ROBOTS_KEY = 'robots';

type FeedSubject = { kind: 'edition' } | { kind: 'section'; section: SectionWithDescription } | { kind: 'topic'; topic: Topic };

/** Feed title, as shown by feed readers and in `<link rel="alternate" title>`. */
export function feedTitle(dir: EditionDirectory, subject: FeedSubject): string {
  const site = dir.edition.siteTitle;
  if (subject.kind === 'section') return `${subject.section.name} – ${site}`;
  if (subject.kind === 'topic') return `${subject.topic.name} – ${site}`;
  return site;
}

export function createFeedResponder(deps: FeedResponderDeps) {
  const editionKeys = (code: string) => [surrogateKeys.home(code), surrogateKeys.listings(code), surrogateKeys.edition(code)];

  async function feed(dir: EditionDirectory, subject: FeedSubject): Promise<SiteResponse> {
    const code = dir.edition.code;
    const now = deps.now();
    const filter =
      subject.kind === 'section'
        ? { sectionIds: sectionWithDescendants(dir, subject.section.id) }
        : subject.kind === 'topic'
          ? { topicId: subject.topic.id }
          : {};
    const items = await loadFeedItems(deps.reader, dir, deps.publicUrl, filter, now);
    const [pagePath, feedPath, description, keys] =
      subject.kind === 'section'
        ? [sectionPagePath(code, subject.section.path), sectionFeedPath(code, subject.section.path), subject.section.description, [surrogateKeys.section(subject.section.id)]]
        : subject.kind === 'topic'
          ? [topicPagePath(code, subject.topic.slug), topicFeedPath(code, subject.topic.slug), subject.topic.description, [surrogateKeys.topic(subject.topic.id)]]
          : [editionHomePath(code), editionFeedPath(code), '', [surrogateKeys.home(code)]];
    // Built from the items, not the clock, so an unchanged feed renders to the same bytes and the same ETag.
    const lastBuild = latest(items.flatMap((i) => [i.updatedAt, i.firstPublishedAt]), now);
    const body = renderRssDocument({
      title: feedTitle(dir, subject),
      link: deps.publicUrl + pagePath,
      selfUrl: deps.publicUrl + feedPath,
      description: description || formatMessage(deps.messages(dir.edition.lang).feedDescription, { site: dir.edition.siteTitle }),
      language: dir.edition.lang,
      lastBuildDate: lastBuild,
      items,
    });
    return documentResponse(body, RSS_CONTENT_TYPE, lastBuild, [...keys, surrogateKeys.listings(code), surrogateKeys.edition(code)]);
  }

  return {
    /** `/sitemap.xml` and `/robots.txt`; null for any other root path. */
    async respondRoot(segments: string[]): Promise<SiteResponse | null> {
      if (segments.length !== 1) return null;
      const path = `/${segments[0]}`;
      const site = deps.site();
      if (path === SITEMAP_INDEX_PATH) {
        const { body, lastmod } = await loadSitemapIndex(deps, site);
        return documentResponse(body, XML_CONTENT_TYPE, lastmod, site.editions.flatMap((e) => editionKeys(e.code)));
      }
      if (path === ROBOTS_PATH) {
        const body = renderRobotsTxt(deps.publicUrl + SITEMAP_INDEX_PATH);
        const response = documentResponse(body, TEXT_CONTENT_TYPE, new Date(0), [ROBOTS_KEY]);
        // It has no meaningful modification time; the ETag alone revalidates it.
        return { ...response, headers: { etag: response.headers?.etag as string } };
      }
      return null;
    },

    /** Feed and sitemap paths below an edition (`rest` excludes the edition code); null for any other path. */
    async respondEdition(dir: EditionDirectory, rest: string[], withSlash: boolean): Promise<SiteResponse | null> {
      const file = rest[rest.length - 1];
      if (withSlash || file === undefined) return null;
      const code = dir.edition.code;
      if (file === FEED_FILE) {
        const parents = rest.slice(0, -1);
        if (parents.length === 0) return feed(dir, { kind: 'edition' });
        if (parents[0] === 'topic' && parents.length === 2) {
          const topic = dir.topicsBySlug.get(parents[1] as string);
          return topic ? feed(dir, { kind: 'topic', topic }) : null;
        }
        const section = dir.sectionsByPath.get(parents.join('/'));
        return section ? feed(dir, { kind: 'section', section }) : null;
      }
      if (rest.length !== 1) return null;
      if (file === NEWS_SITEMAP_FILE) {
        const { body, lastmod } = await loadNewsSitemap(deps, dir);
        return documentResponse(body, XML_CONTENT_TYPE, lastmod, editionKeys(code));
      }
      const page = ARTICLE_SITEMAP_FILE.exec(file);
      if (page) {
        const sitemap = await loadArticleSitemap(deps, dir, Number(page[1]));
        return sitemap ? documentResponse(sitemap.body, XML_CONTENT_TYPE, sitemap.lastmod, editionKeys(code)) : null;
      }
      return null;
    },
  };
}

export type FeedResponder = ReturnType<typeof createFeedResponder>;
