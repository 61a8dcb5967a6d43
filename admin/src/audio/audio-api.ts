/** The audio screens' calls to the admin API (src/api/admin/podcast-routes.ts), through the editor's one client. */
import type { PodcastEpisode, PodcastShow } from '../../../src/domain/podcast.js';
import { request } from '../api/client.js';

export type AdminShow = PodcastShow & { url: string; feedUrl: string };
export type AdminEpisode = PodcastEpisode & { url: string; audioSrc: string | null };
export type ShowFields = Pick<PodcastShow, 'title' | 'description' | 'category' | 'explicit' | 'author' | 'ownerName' | 'ownerEmail'> & {
  slug?: string;
  artworkImageId: number | null;
};
export type EpisodeFields = Pick<PodcastEpisode, 'title' | 'description' | 'transcript'> & { durationSeconds?: number | null };

export const audioApi = {
  listShows: (signal?: AbortSignal) => request<{ items: AdminShow[] }>('GET', '/api/admin/podcasts/shows', { signal }),
  getShow: (id: number, signal?: AbortSignal) => request<AdminShow & { episodes: AdminEpisode[] }>('GET', `/api/admin/podcasts/shows/${id}`, { signal }),
  createShow: (editionCode: string, fields: ShowFields) => request<AdminShow>('POST', '/api/admin/podcasts/shows', { json: { editionCode, ...fields } }),
  updateShow: (id: number, fields: Partial<ShowFields>) => request<AdminShow>('PATCH', `/api/admin/podcasts/shows/${id}`, { json: fields }),
  createEpisode: (showId: number, fields: EpisodeFields) => request<AdminEpisode>('POST', `/api/admin/podcasts/shows/${showId}/episodes`, { json: fields }),
  updateEpisode: (id: number, fields: Partial<EpisodeFields>) => request<AdminEpisode>('PATCH', `/api/admin/podcasts/episodes/${id}`, { json: fields }),
  publish: (id: number, publish: boolean) => request<AdminEpisode>('POST', `/api/admin/podcasts/episodes/${id}/${publish ? 'publish' : 'unpublish'}`, publish ? { json: {} } : {}),
  /** The file as it is; the server reads its type from the bytes (MP3 or M4A) and refuses anything else. */
  uploadAudio: (id: number, file: File) =>
    request<AdminEpisode>('PUT', `/api/admin/podcasts/episodes/${id}/audio`, { body: file, contentType: 'application/octet-stream', query: { name: file.name } }),
};
