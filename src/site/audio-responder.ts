/**
 * `/{edition}/audio/…`: "Latest audio", show pages, their podcast feeds,
 * episode pages and transcripts. Each response carries the podcast surrogate
 * keys `podcast.changed` purges (src/site/page-purge-keys.ts) plus the
 * edition's chrome key. Non-canonical forms (missing slash, old slug,
 * `?page=`) redirect to the one URL of the page.
 */
import { surrogateKeys } from '../cache/page-cache.js';
import { isEpisodeVisible, type PodcastShow } from '../domain/podcast.js';
import type { ContentReader } from '../operations/ports.js';
import { EPISODE_SEGMENT, episodePath, latestAudioPath, PODCAST_FEED_FILE, showFeedPath, showPath, TRANSCRIPT_SEGMENT, transcriptPath } from './audio-paths.js';
import { renderPodcastFeed } from './feeds/podcast-feed.js';
import { RSS_CONTENT_TYPE, TEXT_CONTENT_TYPE, documentResponse, latest } from './feeds/xml-response.js';
import type { PageContext } from './models/chrome-model.js';
import { audioSource, buildEpisodePageModel, buildLatestAudioModel, buildShowPageModel, SHOW_EPISODE_LIMIT } from './models/audio-page-models.js';
import { loadImagesById } from './models/teaser-models.js';
import { mediaPath } from './paths.js';
import type { SiteResponse } from './public-site.js';
import type { EditionDirectory } from './site-directory.js';
import { renderEpisodePage, renderLatestAudioPage, renderShowPage } from './views/audio-pages.js';

export interface AudioResponderDeps {
  reader: ContentReader;
  publicUrl: string;
  pageContext: (dir: EditionDirectory) => PageContext & { reader: ContentReader };
  notFound: (editionCode: string) => SiteResponse;
}

const redirect = (location: string): SiteResponse => ({ status: 301, location, keys: [] });

export function createAudioResponder(deps: AudioResponderDeps) {
  const showKeys = (dir: EditionDirectory, show: PodcastShow) =>
    [surrogateKeys.podcastShow(show.id), surrogateKeys.podcastEpisodes(show.id), surrogateKeys.edition(dir.edition.code)];

  async function feed(dir: EditionDirectory, show: PodcastShow): Promise<SiteResponse> {
    const ctx = deps.pageContext(dir);
    const code = dir.edition.code;
    const episodes = await deps.reader.podcasts.listPublishedEpisodes(show.id, ctx.now.toISOString(), SHOW_EPISODE_LIMIT);
    const images = await loadImagesById(deps.reader, [show.artworkImageId, ...episodes.map((e) => e.artworkImageId)]);
    const imageUrl = (id: number | null) => {
      const image = id === null ? undefined : images.get(id);
      return image ? deps.publicUrl + mediaPath(image.fileName) : null;
    };
    const absolute = (src: string) => (src.startsWith('/') ? deps.publicUrl + src : src);
    // From the episodes and the show, not the clock: an unchanged feed keeps its bytes and its ETag.
    const lastBuild = latest([show.updatedAt, ...episodes.flatMap((e) => [e.updatedAt, e.publishedAt ?? e.createdAt])], ctx.now);
    const body = renderPodcastFeed({
      show, showUrl: deps.publicUrl + showPath(code, show), selfUrl: deps.publicUrl + showFeedPath(code, show),
      artworkUrl: imageUrl(show.artworkImageId), siteTitle: dir.edition.siteTitle, lastBuildDate: lastBuild,
      episodes: episodes.map((episode) => ({
        episode,
        pageUrl: deps.publicUrl + episodePath(code, show, episode),
        audioUrl: absolute(audioSource(episode) ?? ''),
        transcriptUrl: episode.transcript.trim() ? deps.publicUrl + transcriptPath(code, show, episode) : null,
        artworkUrl: imageUrl(episode.artworkImageId) ?? imageUrl(show.artworkImageId),
      })),
    });
    return documentResponse(body, RSS_CONTENT_TYPE, lastBuild, showKeys(dir, show));
  }

  async function episodeResponse(dir: EditionDirectory, show: PodcastShow, slug: string, last: string, withSlash: boolean, hasQuery: boolean): Promise<SiteResponse> {
    const code = dir.edition.code;
    const transcript = TRANSCRIPT_SEGMENT.exec(last);
    const match = transcript ?? EPISODE_SEGMENT.exec(last);
    if (!match) return deps.notFound(code);
    const ctx = deps.pageContext(dir);
    const episode = await deps.reader.podcasts.getEpisode(Number(match[1]));
    if (!episode || episode.showId !== show.id || !isEpisodeVisible(episode, ctx.now)) return deps.notFound(code);
    const keys = [surrogateKeys.podcastEpisode(episode.id), surrogateKeys.podcastShow(show.id), surrogateKeys.edition(code)];
    if (transcript) {
      if (slug !== episode.slug) return redirect(transcriptPath(code, show, episode));
      if (withSlash || !episode.transcript.trim()) return deps.notFound(code);
      return documentResponse(`${episode.transcript.trim()}\n`, TEXT_CONTENT_TYPE, new Date(episode.updatedAt), keys);
    }
    if (slug !== episode.slug || withSlash || hasQuery) return redirect(episodePath(code, show, episode));
    const model = await buildEpisodePageModel(ctx, dir, show, episode);
    if (!model) return deps.notFound(code);
    return { status: 200, body: renderEpisodePage(model), keys };
  }

  return {
    /** `rest` is the path after `/{edition}/audio`. */
    async respond(dir: EditionDirectory, rest: string[], withSlash: boolean, query: URLSearchParams): Promise<SiteResponse> {
      const code = dir.edition.code;
      // No audio page takes `?page=`; dropping it keeps one cache entry per page.
      const hasQuery = query.has('page');
      if (rest.length === 0) {
        if (!withSlash || hasQuery) return redirect(latestAudioPath(code));
        const model = await buildLatestAudioModel(deps.pageContext(dir), dir);
        return { status: 200, body: renderLatestAudioPage(model), keys: [surrogateKeys.audio(code), surrogateKeys.edition(code)] };
      }
      const show = await deps.reader.podcasts.findShowBySlug(code, rest[0] as string);
      if (!show) return deps.notFound(code);
      if (rest.length === 1) {
        if (!withSlash || hasQuery) return redirect(showPath(code, show));
        const model = await buildShowPageModel(deps.pageContext(dir), dir, show);
        return { status: 200, body: renderShowPage(model), keys: showKeys(dir, show) };
      }
      if (rest.length === 2 && rest[1] === PODCAST_FEED_FILE && !withSlash) return feed(dir, show);
      if (rest.length === 3) return episodeResponse(dir, show, rest[1] as string, rest[2] as string, withSlash, hasQuery);
      return deps.notFound(code);
    },
  };
}
