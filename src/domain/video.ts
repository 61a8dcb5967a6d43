/**
 * Videos (issue 10): a title, teaser and poster, and a source that is either
 * an MP4/WebM file in the media folder (type sniffed, duration read from it)
 * or an HLS playlist URL. They live in an edition, a section and topics, and
 * follow the article workflow without review: draft → scheduled/published →
 * unpublished. Captions are WebVTT files, one per language.
 */
import { HeraldError } from './errors.js';
import { slugify, SLUG_MAX_LENGTH } from './slug.js';

export const VIDEO_STATUSES = ['draft', 'scheduled', 'published', 'unpublished'] as const;
export type VideoStatus = (typeof VIDEO_STATUSES)[number];

export interface VideoSource {
  /** A file in the media folder (MP4 or WebM), or null for an HLS stream. */
  fileName: string | null;
  /** Absolute https URL of an `.m3u8` playlist, or null for a file. */
  hlsUrl: string | null;
  mime: string;
  bytes: number | null;
}

export interface VideoCaption {
  /** BCP 47 language of the text (`srclang`). */
  lang: string;
  /** What the player's menu shows, e.g. "English". */
  label: string;
  fileName: string;
}

export interface Video {
  id: number;
  shortId: string;
  editionCode: string;
  sectionId: number;
  topicIds: number[];
  slug: string;
  title: string;
  teaser: string;
  posterImageId: number | null;
  /** Caption of the poster on this video (the image's own caption when blank). */
  posterCaption: string;
  durationSeconds: number | null;
  source: VideoSource | null;
  captions: VideoCaption[];
  status: VideoStatus;
  /** When it went (or goes, when scheduled) public. */
  publishedAt: string | null;
  firstPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const HLS_MIME = 'application/vnd.apple.mpegurl';

export function videoSlug(title: string): string {
  return slugify(title, 'video').slice(0, SLUG_MAX_LENGTH);
}

export function isVideoPublic(video: Pick<Video, 'status' | 'publishedAt'>, now: Date): boolean {
  return video.status === 'published' && video.publishedAt !== null && Date.parse(video.publishedAt) <= now.getTime();
}

export function videoPath(video: Pick<Video, 'editionCode' | 'slug' | 'id'>): string {
  return `/${video.editionCode}/video/${video.slug}/v-${video.id}`;
}

export function videoListPath(editionCode: string): string {
  return `/${editionCode}/video`;
}

/** A video goes public only with something to play. */
export function assertVideoPublishable(video: Pick<Video, 'source' | 'title'>): void {
  if (!video.source) {
    throw new HeraldError('HERALD_VALIDATION', `"${video.title}" has no video yet: upload an MP4 or WebM file or give an HLS (.m3u8) address, then publish.`, { details: { field: 'source' } });
  }
}

/** `https://…/x.m3u8` (query allowed); anything else is not an HLS playlist address. */
export function isHlsUrl(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' && url.pathname.toLowerCase().endsWith('.m3u8') && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** ISO 8601 duration for schema.org (`PT1M5S`). */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = whole % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/** `m:ss` or `h:mm:ss`, for the label beside the player. */
export function clockDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600), m = Math.floor((whole % 3600) / 60), s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
