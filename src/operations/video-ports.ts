/**
 * What videos need from a store. Implemented once for every dialect in
 * src/storage/video-store.ts; reachable as `store.videos` and, inside a
 * transaction, `tx.videos`.
 */
import type { Video, VideoCaption } from '../domain/video.js';

export type NewVideo = Omit<Video, 'id' | 'captions'>;
export type VideoChanges = Partial<Omit<Video, 'id' | 'shortId' | 'editionCode' | 'createdAt' | 'captions'>>;

export interface VideoReader {
  getVideo(id: number): Promise<Video | null>;
  findVideoIdByShortId(shortId: string): Promise<number | null>;
  /** The newsroom's list: every video (of one edition when given), newest change first. */
  listVideos(filter: { editionCode?: string; limit: number; offset: number }): Promise<Video[]>;
  /** Public at `now`, newest publication first. */
  listPublishedVideos(editionCode: string, now: string, page: { limit: number; offset: number }): Promise<Video[]>;
  countPublishedVideos(editionCode: string, now: string): Promise<number>;
  /** Scheduled videos whose time has come. */
  listDueVideos(now: string): Promise<Video[]>;
}

export interface VideoStore extends VideoReader {
  /** Fails with a conflict when the short id is taken by a video or an article. */
  insertVideo(video: NewVideo): Promise<number>;
  isShortIdTaken(shortId: string): Promise<boolean>;
  updateVideo(id: number, changes: VideoChanges): Promise<boolean>;
  /** Adds or replaces the captions of one language. */
  putVideoCaption(videoId: number, caption: VideoCaption): Promise<void>;
  deleteVideoCaption(videoId: number, lang: string): Promise<boolean>;
}
