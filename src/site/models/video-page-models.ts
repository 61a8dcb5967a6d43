/**
 * Models of the video pages: "Latest videos" (`/{edition}/video/`) and one
 * video (`/{edition}/video/{slug}/v-{id}`), and of the player that article
 * bodies embed. The player is a native `<video>`: files play as they are,
 * HLS natively or through hls.js (src/site/assets/video-player.js).
 */
import { clockDuration, HLS_MIME, isVideoPublic, videoPath, type Video } from '../../domain/video.js';
import type { StoredImage } from '../../domain/taxonomy.js';
import type { ContentReader } from '../../operations/ports.js';
import { hlsLibrary, videoPlayerScript } from '../assets/video-assets.js';
import { formatDateLabel } from '../date-labels.js';
import { formatMessage } from '../i18n/messages.js';
import { videoMessages, type VideoMessages } from '../i18n/video-messages.js';
import { latestVideosPath } from '../media-nav-paths.js';
import { editionHomePath, mediaPath } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import { PUBLISHER_LOGO } from '../structured-data/publisher-logo.js';
import { videoObjectNode } from '../structured-data/video-object-node.js';
import type { ImageModel, LinkModel, PageChromeModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { LEAD_IMAGE_SIZES, TEASER_IMAGE_SIZES, toImageModel } from './image-model.js';
import { loadImagesById } from './teaser-models.js';

export const VIDEOS_PER_PAGE = 12;

export interface VideoPlayerModel {
  title: string;
  /** Accessible name of the player. */
  label: string;
  /** Poster frame (the poster image's JPEG); null shows the first frame. */
  poster: string | null;
  /** A file source; null for HLS. */
  file: { src: string; type: string } | null;
  /** An HLS playlist, played natively or through hls.js. */
  hls: string | null;
  tracks: { src: string; srclang: string; label: string; isDefault: boolean }[];
  durationLabel: string | null;
  durationSeconds: number | null;
  cannotPlay: string;
  openVideo: string;
}

export interface VideoCardModel {
  id: number;
  href: string;
  title: string;
  teaser: string;
  image: ImageModel | null;
  durationLabel: string | null;
  publishedAt: string;
  publishedLabel: string;
}

/** The scripts a page with a player loads (hls.js only on demand). */
export interface PlayerScripts {
  playerHref: string;
  hlsHref: string;
}

export interface VideoListPageModel {
  chrome: PageChromeModel;
  video: VideoMessages;
  breadcrumb: LinkModel[];
  heading: string;
  cards: VideoCardModel[];
  olderHref: string | null;
  newerHref: string | null;
}

export interface VideoPageModel {
  chrome: PageChromeModel;
  video: VideoMessages;
  breadcrumb: LinkModel[];
  card: VideoCardModel;
  player: VideoPlayerModel;
  /** Poster caption and credit shown under the player. */
  posterCaption: string;
  posterCredit: string;
  scripts: PlayerScripts | null;
}

type Ctx = PageContext & { reader: ContentReader };

export const playerScripts = (): PlayerScripts => ({ playerHref: videoPlayerScript().href, hlsHref: hlsLibrary().href });

export function toPlayerModel(video: Video, poster: StoredImage | undefined, lang: string): VideoPlayerModel {
  const messages = videoMessages(lang);
  const file = video.source?.fileName ? { src: mediaPath(video.source.fileName), type: video.source.mime } : null;
  const primary = lang.split('-')[0];
  return {
    title: video.title,
    label: formatMessage(messages.playerLabel, { title: video.title }),
    poster: poster ? toImageModel(poster, LEAD_IMAGE_SIZES).src : null,
    file,
    hls: video.source?.hlsUrl ?? null,
    tracks: video.captions.map((c) => ({ src: mediaPath(c.fileName), srclang: c.lang, label: c.label, isDefault: c.lang.split('-')[0] === primary })),
    durationLabel: video.durationSeconds === null ? null : formatMessage(messages.duration, { time: clockDuration(video.durationSeconds) }),
    durationSeconds: video.durationSeconds,
    cannotPlay: messages.cannotPlay,
    openVideo: messages.openVideo,
  };
}

function toCard(dir: EditionDirectory, video: Video, images: Map<number, StoredImage>, sizes: string): VideoCardModel {
  const poster = video.posterImageId === null ? undefined : images.get(video.posterImageId);
  const publishedAt = video.publishedAt ?? video.createdAt;
  return {
    id: video.id, href: videoPath(video), title: video.title, teaser: video.teaser,
    image: poster ? toImageModel(poster, sizes, { caption: video.posterCaption || undefined }) : null,
    durationLabel: video.durationSeconds === null ? null : clockDuration(video.durationSeconds),
    publishedAt, publishedLabel: formatDateLabel(dir.edition, publishedAt),
  };
}

const crumbs = (ctx: Ctx, dir: EditionDirectory, video: VideoMessages): LinkModel[] => [
  { label: ctx.messages.home, href: editionHomePath(dir.edition.code) },
  { label: video.latestVideos, href: latestVideosPath(dir.edition.code) },
];

/** Null for a page number past the last page (page 1 always exists). */
export async function buildVideoListPageModel(ctx: Ctx, dir: EditionDirectory, page: number): Promise<VideoListPageModel | null> {
  const code = dir.edition.code;
  const video = videoMessages(dir.edition.lang);
  const now = ctx.now.toISOString();
  const [videos, total] = await Promise.all([
    ctx.reader.videos.listPublishedVideos(code, now, { limit: VIDEOS_PER_PAGE, offset: (page - 1) * VIDEOS_PER_PAGE }),
    ctx.reader.videos.countPublishedVideos(code, now),
  ]);
  if (page > 1 && videos.length === 0) return null;
  const images = await loadImagesById(ctx.reader, videos.map((v) => v.posterImageId));
  const cards = videos.map((v) => toCard(dir, v, images, TEASER_IMAGE_SIZES));
  const path = latestVideosPath(code);
  const description = formatMessage(video.latestVideosDescription, { siteTitle: dir.edition.siteTitle });
  const breadcrumb = crumbs(ctx, dir, video);
  return {
    chrome: buildChrome(ctx, dir, {
      title: `${video.latestVideos} – ${dir.edition.siteTitle}`, description, canonicalPath: page === 1 ? path : `${path}?page=${page}`, currentMedia: 'video',
      structuredData: [
        collectionPageNode({ edition: dir.edition, publicUrl: ctx.publicUrl, pageUrl: ctx.publicUrl + path, name: video.latestVideos, description, articleHrefs: cards.map((c) => c.href) }),
        breadcrumbListNode(ctx.publicUrl + path, breadcrumb, ctx.publicUrl),
      ],
    }),
    video, breadcrumb, heading: video.latestVideos, cards,
    olderHref: page * VIDEOS_PER_PAGE < total ? `${path}?page=${page + 1}` : null,
    newerHref: page > 1 ? (page === 2 ? path : `${path}?page=${page - 1}`) : null,
  };
}

/** Null when the video is not public. */
export async function buildVideoPageModel(ctx: Ctx, dir: EditionDirectory, video: Video): Promise<VideoPageModel | null> {
  if (!isVideoPublic(video, ctx.now) || !video.source) return null;
  const messages = videoMessages(dir.edition.lang);
  const images = await loadImagesById(ctx.reader, [video.posterImageId]);
  const poster = video.posterImageId === null ? undefined : images.get(video.posterImageId);
  const card = toCard(dir, video, images, LEAD_IMAGE_SIZES);
  const player = toPlayerModel(video, poster, dir.edition.lang);
  const pageUrl = ctx.publicUrl + card.href;
  const breadcrumb = crumbs(ctx, dir, messages);
  const absolute = (url: string) => (url.startsWith('/') ? ctx.publicUrl + url : url);
  const node = videoObjectNode({
    publicUrl: ctx.publicUrl, pageUrl, name: video.title, description: video.teaser, inLanguage: dir.edition.lang,
    thumbnailUrl: player.poster ? absolute(player.poster) : ctx.publicUrl + PUBLISHER_LOGO.href, uploadDate: card.publishedAt, durationSeconds: video.durationSeconds,
    contentUrl: absolute(player.file?.src ?? player.hls ?? ''), encodingFormat: player.file?.type ?? HLS_MIME,
    captionUrls: player.tracks.map((t) => ({ lang: t.srclang, url: absolute(t.src) })),
  });
  return {
    chrome: buildChrome(ctx, dir, {
      title: `${video.title} – ${dir.edition.siteTitle}`, description: video.teaser || video.title, canonicalPath: card.href, currentMedia: 'video', stylesheets: ['media'],
      structuredData: [node, breadcrumbListNode(pageUrl, breadcrumb, ctx.publicUrl)],
    }),
    video: messages, breadcrumb, card, player,
    posterCaption: card.image?.caption ?? '', posterCredit: card.image?.credit ?? '',
    scripts: player.hls ? playerScripts() : null,
  };
}
