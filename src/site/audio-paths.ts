/**
 * URL shapes of the audio pages. An episode is addressed like an article
 * (`/{edition}/{slug}/a-{id}`): a readable slug, then `e-{id}`, which alone
 * identifies it, so a retitled episode's old links redirect to the new slug.
 */
import type { PodcastEpisode, PodcastShow } from '../domain/podcast.js';

export const PODCAST_FEED_FILE = 'feed.xml';
export const EPISODE_SEGMENT = /^e-(\d{1,15})$/;
export const TRANSCRIPT_SEGMENT = /^e-(\d{1,15})\.txt$/;

export const latestAudioPath = (editionCode: string) => `/${editionCode}/audio/`;
export const showPath = (editionCode: string, show: Pick<PodcastShow, 'slug'>) => `/${editionCode}/audio/${encodeURIComponent(show.slug)}/`;
export const showFeedPath = (editionCode: string, show: Pick<PodcastShow, 'slug'>) => `${showPath(editionCode, show)}${PODCAST_FEED_FILE}`;
export const episodePath = (editionCode: string, show: Pick<PodcastShow, 'slug'>, episode: Pick<PodcastEpisode, 'slug' | 'id'>) =>
  `${showPath(editionCode, show)}${encodeURIComponent(episode.slug)}/e-${episode.id}`;
/** The transcript as plain text (the feed's `podcast:transcript`). */
export const transcriptPath = (editionCode: string, show: Pick<PodcastShow, 'slug'>, episode: Pick<PodcastEpisode, 'slug' | 'id'>) =>
  `${showPath(editionCode, show)}${encodeURIComponent(episode.slug)}/e-${episode.id}.txt`;
