/** The video screen's calls to the admin API (src/api/admin/video-routes.ts), through the editor's one client. */
import type { AdminVideo } from '../../../src/api/admin/video-routes.js';
import { request } from '../api/client.js';

export type { AdminVideo };
export interface VideoFields {
  title: string;
  teaser: string;
  sectionId: number;
  posterImageId: number | null;
  posterCaption: string;
  hlsUrl: string | null;
}

export const videoApi = {
  list: (signal?: AbortSignal) => request<{ items: AdminVideo[] }>('GET', '/api/admin/videos', { signal }),
  create: (editionCode: string, fields: VideoFields) => request<AdminVideo>('POST', '/api/admin/videos', { json: { editionCode, ...fields } }),
  update: (id: number, fields: Partial<VideoFields>) => request<AdminVideo>('PATCH', `/api/admin/videos/${id}`, { json: fields }),
  publish: (id: number, publish: boolean, publishAt?: string) =>
    request<AdminVideo>('POST', `/api/admin/videos/${id}/${publish ? 'publish' : 'unpublish'}`, { json: publish && publishAt ? { publishAt } : {} }),
  /** The file as it is; the server reads its type from the bytes (MP4 or WebM) and refuses anything else. */
  uploadFile: (id: number, file: File) =>
    request<AdminVideo>('PUT', `/api/admin/videos/${id}/file`, { body: file, contentType: 'application/octet-stream', query: { name: file.name } }),
  uploadCaptions: (id: number, lang: string, label: string, file: File) =>
    request<AdminVideo>('PUT', `/api/admin/videos/${id}/captions/${encodeURIComponent(lang)}`, { body: file, contentType: 'text/vtt', query: { label, name: file.name } }),
};
