/**
 * The public website as a function from a request path to a response, free
 * of any HTTP framework so it can be cached, tested and benchmarked directly.
 * Every unknown or malformed URL ends in a 404 or 400 page with site chrome.
 */
import { articlePath, isPubliclyVisible, type Article } from '../domain/article.js';
import { isValidShortId } from '../domain/short-id.js';
import { chooseEdition } from './accept-language.js';
import type { ContentReader } from '../operations/ports.js';
import type { SearchIndex, SearchOptions } from '../operations/search-ports.js';
import { buildSearchPageModel } from './models/search-page-model.js';
import { renderSearchPage } from './views/search-page.js';
import { surrogateKeys } from '../cache/page-cache.js';
import type { Messages } from './i18n/messages.js';
import { buildArticlePageModel } from './models/article-page-model.js';
import { buildChrome } from './models/chrome-model.js';
import { buildHomePageModel } from './models/home-page-model.js';
import { buildAuthorPageModel } from './models/author-page-model.js';
import { buildListingPageModel, type ListingSubject } from './models/listing-page-model.js';
import { createFeedResponder } from './feeds/feed-responses.js';
import { httpDate } from './feeds/xml-response.js';
import { publicChangedAt } from '../operations/public-content-ports.js';
import { authorPagePath, editionHomePath, sectionPagePath, topicPagePath } from './paths.js';
import type { EditionDirectory, SiteDirectory } from './site-directory.js';
import { renderArticlePage } from './views/article-page.js';
import { renderAuthorPage } from './views/author-page.js';
import { renderErrorPage } from './views/error-page.js';
import { renderHomePage } from './views/home-page.js';
import { renderListingPage } from './views/listing-page.js';
import { buildLiveTvPageModel } from './models/live-tv-page-model.js';
import { renderLiveTvPage } from './views/live-tv-page.js';
import { liveTvPath } from './media-nav-paths.js';
import { hlsLibrary, videoPlayerScript, VIDEO_PAGE_CSP } from './assets/video-assets.js';
import { liveScript, LIVE_PAGE_CSP } from './assets/live-script.js';
import { createVideoResponder } from './video-responder.js';
import { buildLiveCoverageModel, withLiveCoverage } from './models/live-coverage-model.js';
import { createAudioResponder } from './audio-responder.js';
import { renderWebAppManifest, WEB_APP_MANIFEST_CONTENT_TYPE, WEB_APP_MANIFEST_PATH } from './web-app-manifest.js';

export interface SiteResponse {
  status: number;
  body?: string;
  location?: string;
  /** Surrogate keys for the page cache; empty means "do not cache". */
  keys: string[];
  /** Defaults to HTML; feeds and sitemaps set their own. Kept with the cached entry. */
  contentType?: string;
  /** Validators (ETag, Last-Modified) sent and cached with the body. */
  headers?: Record<string, string>;
}

export interface PublicSiteDeps {
  reader: ContentReader;
  site: () => SiteDirectory;
  messages: (lang: string) => Messages;
  stylesheetHref: string;
  publicUrl: string;
  now: () => Date;
  /** Reader search (`/{edition}/search`); without it that page is a 404. */
  search?: SearchIndex;
  /** The edition's most-read article ids (src/site/most-read.ts); without it the home shows no "Most read". */
  mostRead?: (editionCode: string) => readonly number[];
}

const MAX_PATH_LENGTH = 2048;
const ARTICLE_SEGMENT = /^a-(\d{1,15})$/;
const PAGE_PARAM = /^[1-9]\d{0,14}$/;

class BadRequest extends Error {}

/**
 * Unpublished after having been public: `410 Gone` tells readers and search
 * engines it was removed on purpose (and to drop it), where a draft or an
 * unknown id stays an ordinary 404 that reveals nothing. Never cached: only
 * 200s enter the page cache, so republishing shows at once.
 */
/**
 * `Last-Modified` of an article page: its last public change. Not sent on live coverage (it changes with every entry,
 * so there only the ETag validates), nor while the change is in the current second: HTTP dates count whole seconds,
 * so a second change within it would carry the same date and an If-Modified-Since reader would keep the first.
 * Readers that send both validators are answered by the ETag anyway (src/http/conditional-get.ts).
 */
function lastModifiedOf(changedAt: string, now: Date): Record<string, string> {
  const seconds = (time: number) => Math.floor(time / 1000);
  return seconds(Date.parse(changedAt)) < seconds(now.getTime()) ? { 'last-modified': httpDate(changedAt) } : {};
}

function wasTakenDown(article: Pick<Article, 'status' | 'firstPublishedAt'>): boolean {
  return article.status === 'unpublished' && article.firstPublishedAt !== null;
}

function decodeSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new BadRequest('malformed percent-encoding');
      }
    });
}

/**
 * The URL a request is rendered from and cached under, so that a flood of
 * distinct URLs for one page neither fills the cache nor bypasses it: the
 * path with its segments decoded and re-encoded (`//en/world/` and
 * `/en/%77orld/` are one page), plus `page` on listing and article pages (live
 * coverage pages its older entries; other articles redirect it away). Every other
 * query parameter changes nothing on any page and is dropped. A URL the site
 * refuses anyway comes back as it is (its 4xx is never cached).
 */
export function cacheKey(url: string): string {
  const queryStart = url.indexOf('?');
  const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
  if (rawPath.length > MAX_PATH_LENGTH) return url;
  let path: string;
  let segments: string[];
  try {
    segments = decodeSegments(rawPath);
    path = segments.length === 0 ? '/' : `/${segments.map(encodeURIComponent).join('/')}${rawPath.endsWith('/') ? '/' : ''}`;
  } catch {
    return url;
  }
  const last = segments[segments.length - 1] ?? '';
  // Feeds and sitemaps (`….xml`) take no `page`: keeping it would only multiply their cache entries.
  const takesPage = segments.length >= 2 && segments[0] !== 'p' && !last.endsWith('.xml');
  const page = takesPage ? new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1)).get('page') : null;
  return page === null || page === '1' ? path : `${path}?page=${encodeURIComponent(page)}`;
}

export function createPublicSite(deps: PublicSiteDeps) {
  const feeds = createFeedResponder(deps);
  const pageContext = (dir: EditionDirectory) => ({
    reader: deps.reader,
    site: deps.site(),
    messages: deps.messages(dir.edition.lang),
    stylesheetHref: deps.stylesheetHref,
    publicUrl: deps.publicUrl,
    now: deps.now(),
    ...(deps.mostRead ? { mostRead: deps.mostRead } : {}),
  });

  const audio = createAudioResponder({
    reader: deps.reader, publicUrl: deps.publicUrl, pageContext, notFound: (code) => errorPage(404, code),
  });

  const video = createVideoResponder({
    reader: deps.reader, pageContext, now: deps.now, notFound: (code) => errorPage(404, code), gone: (code) => errorPage(410, code),
  });

  function errorPage(status: 404 | 410 | 400 | 500, editionCode?: string): SiteResponse {
    const site = deps.site();
    const dir = (editionCode && site.byCode.get(editionCode)) || site.byCode.get(site.defaultEdition.code);
    if (!dir) return { status, body: `${status}`, keys: [] };
    const messages = deps.messages(dir.edition.lang);
    const titles = { 404: messages.notFoundTitle, 410: messages.goneTitle, 400: messages.badRequestTitle, 500: messages.serverErrorTitle };
    const title = titles[status];
    const chrome = buildChrome({ site, messages, stylesheetHref: deps.stylesheetHref, publicUrl: deps.publicUrl }, dir, { title, description: title });
    return { status, body: renderErrorPage({ chrome, status }), keys: [] };
  }

  const redirect = (status: 301 | 302, location: string): SiteResponse => ({ status, location, keys: [] });

  async function articleResponse(dir: EditionDirectory, id: number, rest: string[], withSlash: boolean, query: URLSearchParams): Promise<SiteResponse> {
    const article = await deps.reader.getArticle(id);
    if (!article || article.editionCode !== dir.edition.code) return errorPage(404, dir.edition.code);
    if (wasTakenDown(article)) return errorPage(410, dir.edition.code);
    const pageParam = query.get('page');
    if (pageParam !== null && !PAGE_PARAM.test(pageParam)) return errorPage(400, dir.edition.code);
    const [built, coverage] = await Promise.all([buildArticlePageModel(pageContext(dir), article), deps.reader.live.getLiveCoverage(id)]);
    if (!built) return errorPage(404, dir.edition.code);
    const canonical = articlePath(article);
    // `/en/slug/a-12/` is the same article: one URL per article, so the slash form redirects too.
    const isCanonical = !withSlash && rest.length === 2 && rest[0] === article.slug && rest[1] === `a-${article.id}`;
    // Only live coverage has pages (of older entries); elsewhere `?page=` would only multiply cache entries.
    if (!isCanonical || (pageParam !== null && !coverage)) return redirect(301, canonical);
    let model = built;
    if (coverage) {
      const live = await buildLiveCoverageModel(deps.reader, dir, article, coverage, pageParam === null ? 1 : Number(pageParam), liveScript().href);
      if (!live) return errorPage(404, dir.edition.code);
      model = withLiveCoverage(built, live.model, coverage, live.entries, deps.publicUrl);
    }
    return {
      status: 200,
      body: renderArticlePage(model),
      headers: coverage ? { 'content-security-policy': LIVE_PAGE_CSP } : lastModifiedOf(publicChangedAt(article), deps.now()),
      keys: [
        surrogateKeys.article(id),
        surrogateKeys.edition(dir.edition.code),
        // "More from {section}" (even while empty): a publish, change or unpublish in the section purges it (page-purge-keys.ts).
        surrogateKeys.section(article.sectionId),
        ...model.body.flatMap((b) => (b.type === 'related' ? [surrogateKeys.article(b.teaser.id)] : [])),
        // Embedded videos, playable or not yet: publishing, changing or unpublishing one purges this page too.
        ...article.body.flatMap((b) => (b.type === 'embed' && b.kind === 'video' && b.mediaId !== undefined ? [surrogateKeys.video(b.mediaId)] : [])),
        // Embedded episodes, playable or not yet: publishing, changing or unpublishing one purges this page, and so does
        // a change to its show (the show's slug is in the episode's link).
        ...article.body.flatMap((b) => (b.type === 'embed' && b.kind === 'audio' && b.mediaId !== undefined ? [surrogateKeys.podcastEpisode(b.mediaId)] : [])),
        ...model.body.flatMap((b) => (b.type === 'audio' ? [surrogateKeys.podcastShow(b.player.showId)] : [])),
        ...(article.translationGroup ? [surrogateKeys.translationGroup(article.translationGroup)] : []),
      ],
    };
  }

  async function listingResponse(dir: EditionDirectory, subject: ListingSubject, query: URLSearchParams): Promise<SiteResponse> {
    const pageParam = query.get('page');
    if (pageParam !== null && !PAGE_PARAM.test(pageParam)) return errorPage(400, dir.edition.code);
    const page = pageParam === null ? 1 : Number(pageParam);
    const model = await buildListingPageModel(pageContext(dir), dir, subject, page);
    if (!model) return errorPage(404, dir.edition.code);
    const subjectKey = subject.kind === 'section' ? surrogateKeys.section(subject.section.id) : surrogateKeys.topic(subject.topic.id);
    return { status: 200, body: renderListingPage(model), keys: [subjectKey, surrogateKeys.listings(dir.edition.code), surrogateKeys.edition(dir.edition.code)] };
  }

  /** `/{edition}/author/{slug}/`: the author's profile and their articles in this edition. */
  async function authorResponse(dir: EditionDirectory, slug: string, withSlash: boolean, query: URLSearchParams): Promise<SiteResponse> {
    const code = dir.edition.code;
    const author = deps.site().authorsBySlug.get(slug);
    if (!author) return errorPage(404, code);
    if (!withSlash) return redirect(301, authorPagePath(code, author.slug));
    const pageParam = query.get('page');
    if (pageParam !== null && !PAGE_PARAM.test(pageParam)) return errorPage(400, code);
    const model = await buildAuthorPageModel(pageContext(dir), dir, author, pageParam === null ? 1 : Number(pageParam));
    if (!model) return errorPage(404, code);
    // Article events name their authors (purging author:ID); an embargo lifting purges the edition's listings.
    return { status: 200, body: renderAuthorPage(model), keys: [surrogateKeys.author(author.id), surrogateKeys.listings(code), surrogateKeys.edition(code)] };
  }

  async function editionResponse(dir: EditionDirectory, rest: string[], rawPath: string, query: URLSearchParams): Promise<SiteResponse> {
    const code = dir.edition.code;
    if (rest.length === 0) {
      const model = await buildHomePageModel(pageContext(dir), dir);
      return { status: 200, body: renderHomePage(model), keys: [surrogateKeys.home(code), surrogateKeys.listings(code), surrogateKeys.edition(code)] };
    }
    const last = rest[rest.length - 1] as string;
    const articleMatch = ARTICLE_SEGMENT.exec(last);
    const withSlash = rawPath.endsWith('/');
    if (articleMatch) return articleResponse(dir, Number(articleMatch[1]), rest, withSlash, query);
    if (rest[0] === 'author' && rest.length === 2) return authorResponse(dir, rest[1] as string, withSlash, query);
    if (rest.length === 1 && rest[0] === 'live-tv') {
      if (!withSlash) return redirect(301, liveTvPath(code));
      // Purged on schedule changes and at every programme start and end (src/site/live-tv-boundary-timer.ts).
      const playerScripts = { playerHref: videoPlayerScript().href, hlsHref: hlsLibrary().href };
      const model = await buildLiveTvPageModel({ ...pageContext(dir), playerScripts }, dir);
      return {
        status: 200, body: renderLiveTvPage(model), keys: [surrogateKeys.liveTv(code), surrogateKeys.edition(code)],
        ...(model.playerScripts ? { headers: { 'content-security-policy': VIDEO_PAGE_CSP } } : {}),
      };
    }
    if (rest[0] === 'topic' && rest.length === 2) {
      const topic = dir.topicsBySlug.get(rest[1] as string);
      if (!topic) return errorPage(404, code);
      // Redirects are built from the canonical path, never from the request's: `//en/world` must not become `//en/world/`.
      if (!withSlash) return redirect(301, topicPagePath(code, topic.slug));
      return listingResponse(dir, { kind: 'topic', topic }, query);
    }
    const section = dir.sectionsByPath.get(rest.join('/'));
    if (!section) return errorPage(404, code);
    if (!withSlash) return redirect(301, sectionPagePath(code, section.path));
    return listingResponse(dir, { kind: 'section', section }, query);
  }

  async function shortLinkResponse(shortId: string): Promise<SiteResponse> {
    if (!isValidShortId(shortId)) return errorPage(404);
    const id = await deps.reader.findArticleIdByShortId(shortId);
    if (id === null) {
      const videoTarget = await video.shortLinkTarget(shortId);
      if (videoTarget) return redirect(301, videoTarget);
    }
    const article = id === null ? null : await deps.reader.getArticle(id);
    if (article && wasTakenDown(article)) return errorPage(410, article.editionCode);
    if (!article || !isPubliclyVisible(article, deps.now())) return errorPage(404);
    return redirect(301, articlePath(article));
  }

  return {
    errorPage,
    /**
     * `/{edition}/search?q=…`: rendered for each request, never cached (its
     * key would be free text); the caller serves it privately. Bad filters are
     * dropped, not refused, so no query string makes it fail. `options.signal`
     * fires when the reader has gone: the search then stops (HERALD_ABORTED).
     */
    async searchPage(editionCode: string, query: URLSearchParams, options: SearchOptions = {}): Promise<SiteResponse> {
      const dir = deps.site().byCode.get(editionCode);
      if (!dir || !deps.search) return errorPage(404, dir?.edition.code);
      const model = await buildSearchPageModel({ ...pageContext(dir), search: deps.search }, dir, query, options);
      return { status: model.state === 'busy' ? 503 : 200, body: renderSearchPage(model), keys: [] };
    },
    /** The newsroom's private preview of any article, public or not. */
    async renderPreview(article: Article): Promise<string | null> {
      const dir = deps.site().byCode.get(article.editionCode);
      if (!dir) return null;
      const model = await buildArticlePageModel(pageContext(dir), article, { preview: true });
      return model ? renderArticlePage(model) : null;
    },
    cacheKey,
    /**
     * `/` sends the reader to the edition their browser's languages ask for, else
     * the default. The answer depends on a request header, so it is never put in
     * the page cache (whose key is the URL alone); the route sends `Vary`.
     */
    rootRedirect(acceptLanguage: string | undefined): SiteResponse {
      const site = deps.site();
      const editions = [...site.byCode.values()].map((d) => d.edition);
      return redirect(302, `/${chooseEdition(acceptLanguage, editions, site.defaultEdition.code)}/`);
    },
    /** `url` is the request target (path plus optional query string); callers pass `cacheKey(url)`. */
    async respond(url: string): Promise<SiteResponse> {
      const queryStart = url.indexOf('?');
      const rawPath = queryStart === -1 ? url : url.slice(0, queryStart);
      const query = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1));
      if (rawPath.length > MAX_PATH_LENGTH) return errorPage(404);
      let segments: string[];
      try {
        segments = decodeSegments(rawPath);
      } catch {
        return errorPage(400);
      }
      const site = deps.site();
      const [first, ...rest] = segments;
      if (first === undefined) return redirect(302, `/${site.defaultEdition.code}/`);
      if (first === 'p' && rest.length === 1) return shortLinkResponse(rest[0] as string);
      if (rawPath === WEB_APP_MANIFEST_PATH) {
        // It names the default edition's site: purged with that edition's chrome (curation.changed).
        const body = renderWebAppManifest(site.defaultEdition);
        return { status: 200, body, contentType: WEB_APP_MANIFEST_CONTENT_TYPE, keys: [surrogateKeys.edition(site.defaultEdition.code)] };
      }
      const dir = site.byCode.get(first);
      if (!dir) return (await feeds.respondRoot(segments)) ?? errorPage(404);
      if (rest.length === 0 && !rawPath.endsWith('/')) return redirect(301, editionHomePath(dir.edition.code));
      // Podcasts (src/site/audio-responder.ts): before sections, so no section can shadow them.
      if (rest[0] === 'audio') return audio.respond(dir, rest.slice(1), rawPath.endsWith('/'), query);
      if (rest[0] === 'video') return video.respond(dir, rest.slice(1), rawPath.endsWith('/'), query);
      const document = await feeds.respondEdition(dir, rest, rawPath.endsWith('/'));
      if (document) return document;
      return editionResponse(dir, rest, rawPath, query);
    },
  };
}

export type PublicSite = ReturnType<typeof createPublicSite>;
