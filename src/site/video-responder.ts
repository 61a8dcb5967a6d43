/**
 * `/{edition}/video/` ("Latest videos", `?page=N`) and
 * `/{edition}/video/{slug}/v-{id}` (one video). Responses carry the keys
 * `video.changed` purges (src/site/page-purge-keys.ts) plus the edition's
 * chrome key; a video page with an HLS source also sends VIDEO_PAGE_CSP,
 * cached with it. Non-canonical forms (missing slash, old slug) redirect.
 */
import { surrogateKeys } from '../cache/page-cache.js';
import { isVideoPublic, videoPath } from '../domain/video.js';
import type { ContentReader } from '../operations/ports.js';
import { VIDEO_PAGE_CSP } from './assets/video-assets.js';
import { latestVideosPath } from './media-nav-paths.js';
import type { PageContext } from './models/chrome-model.js';
import { buildVideoListPageModel, buildVideoPageModel } from './models/video-page-models.js';
import type { SiteResponse } from './public-site.js';
import type { EditionDirectory } from './site-directory.js';
import { renderVideoListPage } from './views/video-list-page.js';
import { renderVideoPage } from './views/video-page.js';

export interface VideoResponderDeps {
  reader: ContentReader;
  pageContext: (dir: EditionDirectory) => PageContext & { reader: ContentReader };
  notFound: (editionCode: string) => SiteResponse;
  gone: (editionCode: string) => SiteResponse;
  now: () => Date;
}

const VIDEO_SEGMENT = /^v-(\d{1,15})$/;
const PAGE = /^[1-9]\d{0,5}$/;
const redirect = (location: string): SiteResponse => ({ status: 301, location, keys: [] });

export function createVideoResponder(deps: VideoResponderDeps) {
  async function list(dir: EditionDirectory, withSlash: boolean, query: URLSearchParams): Promise<SiteResponse> {
    const code = dir.edition.code;
    if (!withSlash) return redirect(latestVideosPath(code));
    const pageParam = query.get('page');
    if (pageParam !== null && !PAGE.test(pageParam)) return deps.notFound(code);
    const model = await buildVideoListPageModel(deps.pageContext(dir), dir, pageParam === null ? 1 : Number(pageParam));
    if (!model) return deps.notFound(code);
    return { status: 200, body: renderVideoListPage(model), keys: [surrogateKeys.videoList(code), surrogateKeys.edition(code)] };
  }

  async function one(dir: EditionDirectory, id: number, slug: string, withSlash: boolean): Promise<SiteResponse> {
    const code = dir.edition.code;
    const video = await deps.reader.videos.getVideo(id);
    if (!video || video.editionCode !== code) return deps.notFound(code);
    if (video.status === 'unpublished' && video.firstPublishedAt) return deps.gone(code);
    if (!isVideoPublic(video, deps.now())) return deps.notFound(code);
    if (slug !== video.slug || withSlash) return redirect(videoPath(video));
    const model = await buildVideoPageModel(deps.pageContext(dir), dir, video);
    if (!model) return deps.notFound(code);
    return {
      status: 200, body: renderVideoPage(model), keys: [surrogateKeys.video(video.id), surrogateKeys.edition(code)],
      ...(model.scripts ? { headers: { 'content-security-policy': VIDEO_PAGE_CSP } } : {}),
    };
  }

  return {
    /** `rest` is the path after `/{edition}/video`. */
    async respond(dir: EditionDirectory, rest: string[], withSlash: boolean, query: URLSearchParams): Promise<SiteResponse> {
      if (rest.length === 0) return list(dir, withSlash, query);
      const match = rest.length === 2 ? VIDEO_SEGMENT.exec(rest[1] as string) : null;
      if (!match) return deps.notFound(dir.edition.code);
      return one(dir, Number(match[1]), rest[0] as string, withSlash);
    },
    /** `/p/{shortId}` of a video: its page, when public. */
    async shortLinkTarget(shortId: string): Promise<string | null> {
      const id = await deps.reader.videos.findVideoIdByShortId(shortId);
      const video = id === null ? null : await deps.reader.videos.getVideo(id);
      return video && isVideoPublic(video, deps.now()) ? videoPath(video) : null;
    },
  };
}
