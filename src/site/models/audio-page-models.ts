/**
 * Models of the audio pages: "Latest audio" (the edition's newest episodes
 * and its shows), a show page (its episodes, its feed) and an episode page
 * (player, transcript), each with PodcastSeries / PodcastEpisode structured
 * data. Only visible episodes appear (src/domain/podcast.ts isEpisodeVisible).
 */
import { formatDuration, isEpisodeVisible, isoDuration, transcriptParagraphs, type PodcastEpisode, type PodcastShow } from '../../domain/podcast.js';
import type { StoredImage } from '../../domain/taxonomy.js';
import type { ContentReader } from '../../operations/ports.js';
import { episodePath, latestAudioPath, showFeedPath, showPath } from '../audio-paths.js';
import { formatDateLabel, formatNumber } from '../date-labels.js';
import { audioMessages, type AudioMessages } from '../i18n/audio-messages.js';
import { formatMessage } from '../i18n/messages.js';
import { editionHomePath, mediaPath } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import { jsonLdIds, type JsonLdNode } from '../structured-data/json-ld.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import type { ImageModel, LinkModel, PageChromeModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { toImageModel } from './image-model.js';
import { loadImagesById } from './teaser-models.js';

export const LATEST_AUDIO_LIMIT = 24;
export const SHOW_EPISODE_LIMIT = 100;
const ARTWORK_SIZES = '(min-width: 40rem) 12rem, 8rem';

export interface EpisodeCardModel {
  id: number;
  title: string;
  href: string;
  description: string;
  showTitle: string;
  showHref: string;
  publishedAt: string;
  publishedLabel: string;
  durationLabel: string | null;
  artwork: ImageModel | null;
}

export interface ShowCardModel {
  title: string;
  href: string;
  description: string;
  artwork: ImageModel | null;
}

interface AudioPageBase {
  chrome: PageChromeModel;
  audio: AudioMessages;
  breadcrumb: LinkModel[];
}

export interface LatestAudioPageModel extends AudioPageBase {
  episodes: EpisodeCardModel[];
  shows: ShowCardModel[];
}

export interface ShowPageModel extends AudioPageBase {
  show: ShowCardModel & { author: string; category: string; explicit: boolean };
  feedHref: string;
  episodes: EpisodeCardModel[];
}

export interface EpisodePageModel extends AudioPageBase {
  episode: EpisodeCardModel;
  show: ShowCardModel;
  feedHref: string;
  /** Site-relative for uploaded files, absolute for external ones. */
  audioSrc: string;
  audioType: string;
  transcript: string[];
}

type Ctx = PageContext & { reader: ContentReader };

const artworkModel = (images: Map<number, StoredImage>, id: number | null, alt: string): ImageModel | null => {
  const image = id === null ? undefined : images.get(id);
  // The artwork repeats the title next to it: decorative for screen readers unless the editor wrote alt text.
  return image ? toImageModel(image, ARTWORK_SIZES, { alt: image.alt || alt }) : null;
};

export const audioSource = (episode: PodcastEpisode): string | null =>
  episode.audio ? (episode.audio.fileName ? mediaPath(episode.audio.fileName) : episode.audio.url) : null;

function episodeCard(dir: EditionDirectory, show: PodcastShow, episode: PodcastEpisode, images: Map<number, StoredImage>): EpisodeCardModel {
  const code = dir.edition.code;
  const publishedAt = episode.publishedAt ?? episode.createdAt;
  return {
    id: episode.id, title: episode.title, href: episodePath(code, show, episode), description: episode.description,
    showTitle: show.title, showHref: showPath(code, show), publishedAt, publishedLabel: formatDateLabel(dir.edition, publishedAt),
    // In the edition's digits, like its dates (Arabic-Indic in the Arabic edition).
    durationLabel: episode.durationSeconds === null ? null : formatDuration(episode.durationSeconds).replace(/\d/g, (d) => formatNumber(dir.edition, Number(d))),
    artwork: artworkModel(images, episode.artworkImageId ?? show.artworkImageId, ''),
  };
}

const showCard = (dir: EditionDirectory, show: PodcastShow, images: Map<number, StoredImage>): ShowCardModel => ({
  title: show.title, href: showPath(dir.edition.code, show), description: show.description, artwork: artworkModel(images, show.artworkImageId, ''),
});

function seriesNode(ctx: Ctx, dir: EditionDirectory, show: PodcastShow, images: Map<number, StoredImage>): JsonLdNode {
  const url = ctx.publicUrl + showPath(dir.edition.code, show);
  const artwork = show.artworkImageId === null ? undefined : images.get(show.artworkImageId);
  return {
    '@type': 'PodcastSeries', '@id': `${url}#series`, url, name: show.title, inLanguage: show.language,
    ...(show.description ? { description: show.description } : {}),
    ...(artwork ? { image: ctx.publicUrl + mediaPath(artwork.fileName) } : {}),
    webFeed: ctx.publicUrl + showFeedPath(dir.edition.code, show),
    author: { '@type': 'Organization', name: show.author },
  };
}

const baseCrumbs = (ctx: Ctx, dir: EditionDirectory, audio: AudioMessages): LinkModel[] => [
  { label: ctx.messages.home, href: editionHomePath(dir.edition.code) },
  { label: audio.latestAudio, href: latestAudioPath(dir.edition.code) },
];

export async function buildLatestAudioModel(ctx: Ctx, dir: EditionDirectory): Promise<LatestAudioPageModel> {
  const code = dir.edition.code;
  const audio = audioMessages(dir.edition.lang);
  const [latest, shows] = await Promise.all([
    ctx.reader.podcasts.listLatestEpisodes(code, ctx.now.toISOString(), LATEST_AUDIO_LIMIT),
    ctx.reader.podcasts.listShows(code),
  ]);
  const images = await loadImagesById(ctx.reader, [...shows.map((s) => s.artworkImageId), ...latest.map((l) => l.episode.artworkImageId)]);
  const episodes = latest.map(({ show, episode }) => episodeCard(dir, show, episode, images));
  const path = latestAudioPath(code);
  const breadcrumb = baseCrumbs(ctx, dir, audio);
  const title = `${audio.latestAudio} – ${dir.edition.siteTitle}`;
  return {
    chrome: buildChrome(ctx, dir, {
      title, description: audio.latestAudioDescription, canonicalPath: path, currentMedia: 'audio', stylesheets: ['media'],
      structuredData: [
        collectionPageNode({ edition: dir.edition, publicUrl: ctx.publicUrl, pageUrl: ctx.publicUrl + path, name: audio.latestAudio, description: audio.latestAudioDescription, articleHrefs: episodes.map((e) => e.href) }),
        breadcrumbListNode(ctx.publicUrl + path, breadcrumb, ctx.publicUrl),
      ],
    }),
    audio, breadcrumb, episodes, shows: shows.map((s) => showCard(dir, s, images)),
  };
}

export async function buildShowPageModel(ctx: Ctx, dir: EditionDirectory, show: PodcastShow): Promise<ShowPageModel> {
  const code = dir.edition.code;
  const audio = audioMessages(dir.edition.lang);
  const list = await ctx.reader.podcasts.listPublishedEpisodes(show.id, ctx.now.toISOString(), SHOW_EPISODE_LIMIT);
  const images = await loadImagesById(ctx.reader, [show.artworkImageId, ...list.map((e) => e.artworkImageId)]);
  const path = showPath(code, show);
  const feedHref = showFeedPath(code, show);
  const breadcrumb = [...baseCrumbs(ctx, dir, audio), { label: show.title, href: path }];
  return {
    chrome: buildChrome(ctx, dir, {
      title: `${show.title} – ${dir.edition.siteTitle}`, description: show.description || show.title, canonicalPath: path, currentMedia: 'audio', stylesheets: ['media'],
      feed: { title: `${show.title} (${audio.podcasts})`, path: feedHref },
      structuredData: [seriesNode(ctx, dir, show, images), breadcrumbListNode(ctx.publicUrl + path, breadcrumb, ctx.publicUrl)],
    }),
    audio, breadcrumb, feedHref,
    show: { ...showCard(dir, show, images), author: show.author, category: show.category.replace('/', ' › '), explicit: show.explicit },
    episodes: list.map((e) => episodeCard(dir, show, e, images)),
  };
}

/** Null when the episode is not (yet) visible. */
export async function buildEpisodePageModel(ctx: Ctx, dir: EditionDirectory, show: PodcastShow, episode: PodcastEpisode): Promise<EpisodePageModel | null> {
  const src = audioSource(episode);
  if (!isEpisodeVisible(episode, ctx.now) || !src || !episode.audio) return null;
  const code = dir.edition.code;
  const audio = audioMessages(dir.edition.lang);
  const images = await loadImagesById(ctx.reader, [show.artworkImageId, episode.artworkImageId]);
  const card = episodeCard(dir, show, episode, images);
  const pageUrl = ctx.publicUrl + card.href;
  const breadcrumb = [...baseCrumbs(ctx, dir, audio), { label: show.title, href: showPath(code, show) }];
  const contentUrl = src.startsWith('/') ? ctx.publicUrl + src : src;
  const episodeNode: JsonLdNode = {
    '@type': 'PodcastEpisode', '@id': `${pageUrl}#episode`, url: pageUrl, name: episode.title, datePublished: card.publishedAt,
    inLanguage: show.language, ...(episode.description ? { description: episode.description } : {}),
    ...(episode.durationSeconds !== null ? { timeRequired: isoDuration(episode.durationSeconds) } : {}),
    associatedMedia: {
      '@type': 'AudioObject', contentUrl, encodingFormat: episode.audio.mime,
      ...(episode.durationSeconds !== null ? { duration: isoDuration(episode.durationSeconds) } : {}),
      ...(episode.transcript ? { transcript: episode.transcript } : {}),
    },
    partOfSeries: { '@id': `${ctx.publicUrl + showPath(code, show)}#series` },
    isPartOf: { '@id': jsonLdIds.website(ctx.publicUrl, code) },
  };
  return {
    chrome: buildChrome(ctx, dir, {
      title: `${episode.title} – ${show.title}`, description: episode.description || formatMessage(audio.episodeOf, { show: show.title }),
      canonicalPath: card.href, currentMedia: 'audio', stylesheets: ['media'], feed: { title: `${show.title} (${audio.podcasts})`, path: showFeedPath(code, show) },
      structuredData: [episodeNode, seriesNode(ctx, dir, show, images), breadcrumbListNode(pageUrl, breadcrumb, ctx.publicUrl)],
    }),
    audio, breadcrumb, episode: card, show: showCard(dir, show, images), feedHref: showFeedPath(code, show),
    audioSrc: src, audioType: episode.audio.mime, transcript: transcriptParagraphs(episode.transcript),
  };
}
