/**
 * Podcasts (issue 10): a show per edition with its episodes. An episode's
 * audio is either a file in the media folder (sniffed on upload, its bytes and
 * duration read from it) or an external URL the editor vouches for. The
 * `guid` is made once when the episode is created and never changes, so
 * podcast apps never list an episode twice after a retitle.
 */
import { HeraldError } from './errors.js';
import { slugify, SLUG_MAX_LENGTH } from './slug.js';

export interface PodcastShow {
  id: number;
  editionCode: string;
  slug: string;
  title: string;
  description: string;
  /** Square artwork from the media library (podcast directories want 1400–3000 px). */
  artworkImageId: number | null;
  /** An Apple Podcasts category, optionally "Category/Subcategory" (e.g. "News/Daily News"). */
  category: string;
  /** BCP 47 language of the show, usually the edition's. */
  language: string;
  explicit: boolean;
  /** Shown as `itunes:author`. */
  author: string;
  ownerName: string;
  ownerEmail: string;
  createdAt: string;
  updatedAt: string;
}

export type EpisodeStatus = 'draft' | 'published';

export interface EpisodeAudio {
  /** A file in the media folder, or null for an external URL. */
  fileName: string | null;
  /** Absolute https URL when the audio lives elsewhere. */
  url: string | null;
  mime: string;
  /** Byte length for the feed's enclosure (0 when an external file's size is not known). */
  bytes: number;
}

export interface PodcastEpisode {
  id: number;
  showId: number;
  guid: string;
  slug: string;
  title: string;
  description: string;
  audio: EpisodeAudio | null;
  durationSeconds: number | null;
  /** Plain text; blank lines separate paragraphs. */
  transcript: string;
  artworkImageId: number | null;
  status: EpisodeStatus;
  /** When it was (or is to be) published; shown and listed only from then on. */
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const PODCAST_CATEGORIES = [
  'News', 'News/Daily News', 'News/Politics', 'News/Business News', 'News/Tech News', 'News/Sports News', 'News/News Commentary',
  'Society & Culture', 'Society & Culture/Documentary', 'Science', 'Technology', 'Business', 'History', 'Arts', 'Education',
  'Government', 'Health & Fitness', 'Sports', 'True Crime',
] as const;

/** The category and subcategory (if any) of `News/Daily News`. */
export function splitCategory(category: string): { name: string; sub: string | null } {
  const [name = '', sub] = category.split('/');
  return { name, sub: sub ?? null };
}

export function episodeSlug(title: string): string {
  return slugify(title, 'episode').slice(0, SLUG_MAX_LENGTH);
}

/** `hh:mm:ss` (or `mm:ss` under an hour), as `itunes:duration` and the player label show it. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** ISO 8601 duration (`PT1M5S`) for structured data. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

export function isEpisodeVisible(episode: Pick<PodcastEpisode, 'status' | 'publishedAt' | 'audio'>, now: Date): boolean {
  return episode.status === 'published' && episode.publishedAt !== null && Date.parse(episode.publishedAt) <= now.getTime() && episode.audio !== null;
}

/** What publishing needs; each missing piece is named so the editor knows what to add. */
export function assertPublishable(episode: Pick<PodcastEpisode, 'title' | 'audio' | 'description'>): void {
  if (!episode.audio) throw new HeraldError('HERALD_CONFLICT', 'This episode has no audio yet; upload an MP3 or M4A file (or give its URL) before publishing.');
  if (!episode.title.trim()) throw new HeraldError('HERALD_VALIDATION', 'title: an episode needs a title before publishing.');
}

/** Transcript paragraphs (blank-line separated) for the episode page. */
export function transcriptParagraphs(transcript: string): string[] {
  return transcript.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter((p) => p !== '');
}
