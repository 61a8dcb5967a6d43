/**
 * What podcasts need from a store. Implemented once for every dialect in
 * src/storage/podcast-store.ts; reachable as `store.podcasts` (the site and
 * the admin read it) and, inside a transaction, `tx.podcasts`.
 */
import type { PodcastEpisode, PodcastShow } from '../domain/podcast.js';

export type NewPodcastShow = Omit<PodcastShow, 'id'>;
export type NewPodcastEpisode = Omit<PodcastEpisode, 'id'>;
export type PodcastShowChanges = Partial<Omit<PodcastShow, 'id' | 'editionCode' | 'createdAt'>>;
export type PodcastEpisodeChanges = Partial<Omit<PodcastEpisode, 'id' | 'showId' | 'guid' | 'createdAt'>>;

/** A published episode with the show it belongs to, for "Latest audio". */
export interface EpisodeWithShow {
  episode: PodcastEpisode;
  show: PodcastShow;
}

export interface PodcastReader {
  getShow(id: number): Promise<PodcastShow | null>;
  findShowBySlug(editionCode: string, slug: string): Promise<PodcastShow | null>;
  /** Every show (of one edition when given), by title. */
  listShows(editionCode?: string): Promise<PodcastShow[]>;
  getEpisode(id: number): Promise<PodcastEpisode | null>;
  /** All of a show's episodes, drafts included, newest first (the newsroom's list). */
  listEpisodes(showId: number): Promise<PodcastEpisode[]>;
  /** A show's episodes visible at `now` (published, publish time passed, with audio), newest first. */
  listPublishedEpisodes(showId: number, now: string, limit: number): Promise<PodcastEpisode[]>;
  /** The edition's visible episodes across its shows, newest first. */
  listLatestEpisodes(editionCode: string, now: string, limit: number): Promise<EpisodeWithShow[]>;
}

export interface PodcastStore extends PodcastReader {
  insertShow(show: NewPodcastShow): Promise<number>;
  updateShow(id: number, changes: PodcastShowChanges): Promise<boolean>;
  insertEpisode(episode: NewPodcastEpisode): Promise<number>;
  updateEpisode(id: number, changes: PodcastEpisodeChanges): Promise<boolean>;
}
