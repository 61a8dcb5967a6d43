/**
 * Typed calls for every admin API endpoint the editor uses (see
 * src/api/admin/contract.ts). Lists whose envelope the contract leaves open
 * (revisions, images, audit) are read as either a bare array or `{items,…}`.
 */
import type {
  AdminArticle,
  AdminImage,
  ArticleFields,
  ArticleListResponse,
  AuditEntry,
  ReferenceData,
  ReviewQueueResponse,
  RevisionDiff,
  RevisionSummary,
  SessionResponse,
} from '../../../src/api/admin/contract.js';
import { request } from './client.js';

const A = '/api/admin';

export interface Page<T> {
  items: T[];
  total: number | null;
  page: number;
  pageSize: number | null;
}

export function pageOf<T>(value: unknown, page = 1): Page<T> {
  if (Array.isArray(value)) return { items: value as T[], total: value.length, page, pageSize: null };
  const v = (value ?? {}) as Record<string, unknown>;
  const list = [v.items, v.revisions, v.images, v.entries].find(Array.isArray) as T[] | undefined;
  return {
    items: list ?? [],
    total: typeof v.total === 'number' ? v.total : null,
    page: typeof v.page === 'number' ? v.page : page,
    pageSize: typeof v.pageSize === 'number' ? v.pageSize : null,
  };
}

export type TransitionAction = 'submit' | 'send-back' | 'publish' | 'unpublish';
export interface ImageMetadata {
  alt?: string;
  caption?: string;
  creditName?: string | null;
  creditAgency?: string | null;
  creditDistributor?: string | null;
}

export const api = {
  session: () => request<SessionResponse>('GET', `${A}/session`, { quietUnauthorized: true }),
  signIn: (email: string, password: string) =>
    request<SessionResponse>('POST', `${A}/session`, { json: { email, password }, quietUnauthorized: true }),
  signOut: () => request<void>('DELETE', `${A}/session`, { quietUnauthorized: true }),
  reference: () => request<ReferenceData>('GET', `${A}/reference`),

  articles: (query: URLSearchParams, signal?: AbortSignal) => request<ArticleListResponse>('GET', `${A}/articles`, { query, signal }),
  article: (id: number) => request<AdminArticle>('GET', `${A}/articles/${id}`),
  createArticle: (fields: Partial<ArticleFields>) => request<AdminArticle>('POST', `${A}/articles`, { json: fields }),
  /** `minor`: a fix to a published article that leaves its "Updated" time alone. */
  saveArticle: (id: number, fields: Partial<ArticleFields>, revision: number, minor = false) =>
    request<AdminArticle>('PUT', `${A}/articles/${id}`, { json: { ...fields, revision, ...(minor ? { minor } : {}) } }),
  /** `note`: for the editors (submit, optional) or the reporter (send back, required). */
  transition: (id: number, action: TransitionAction, revision: number, note?: string) =>
    request<AdminArticle>('POST', `${A}/articles/${id}/${action}`, { json: { revision, ...(note ? { note } : {}) } }),
  reviewQueue: (signal?: AbortSignal, limit = 100) => request<ReviewQueueResponse>('GET', `${A}/review`, { signal, query: { limit } }),
  schedule: (id: number, revision: number, publishAt: string) =>
    request<AdminArticle>('POST', `${A}/articles/${id}/schedule`, { json: { revision, publishAt } }),
  correct: (id: number, fields: Partial<ArticleFields>, revision: number, notice: { kind: 'correction' | 'update'; text: string }) =>
    request<AdminArticle>('POST', `${A}/articles/${id}/correct`, { json: { ...fields, revision, notice } }),

  revisions: async (id: number) => pageOf<RevisionSummary>(await request<unknown>('GET', `${A}/articles/${id}/revisions`)).items,
  diff: (id: number, from: number, to: number) => request<RevisionDiff>('GET', `${A}/articles/${id}/diff`, { query: { from, to } }),
  restore: (id: number, revision: number, currentRevision: number) =>
    request<AdminArticle>('POST', `${A}/articles/${id}/revisions/${revision}/restore`, { json: { revision: currentRevision } }),

  images: async (page: number, pageSize = 24) =>
    pageOf<AdminImage>(await request<unknown>('GET', `${A}/images`, { query: { page, pageSize } }), page),
  image: (id: number) => request<AdminImage>('GET', `${A}/images/${id}`),
  uploadImage: (file: Blob, metadata: ImageMetadata) => {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(metadata)) if (typeof value === 'string' && value.trim()) query[key] = value.trim();
    return request<AdminImage>('POST', `${A}/images`, { body: file, contentType: file.type, query });
  },
  updateImage: (id: number, metadata: ImageMetadata) => request<AdminImage>('PATCH', `${A}/images/${id}`, { json: metadata }),

  audit: async (page: number) => pageOf<AuditEntry>(await request<unknown>('GET', `${A}/audit`, { query: { page } }), page),
};
