/**
 * The wire desk's calls to the admin API (contract: src/api/admin/wire-contract.ts),
 * through the editor's one client (../api/client.ts): the same session cookie,
 * CSRF header, `ApiError`s and sign-in prompt on 401 as every other page.
 */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import type {
  AdoptWireBody, AdoptWireResponse, QuarantineList, WireAlertDto, WireAlertList, WireProviderList, WireStoryDetail, WireStoryList,
} from '../../../src/api/admin/wire-contract.js';
import { errorMessage, request } from '../api/client.js';
import { api } from '../api/endpoints.js';

export interface WireFilters {
  provider?: string;
  language?: string;
  maxUrgency?: number;
  subject?: string;
  since?: string;
  until?: string;
  q?: string;
  /** Item class: text, picture, package, … */
  kind?: string;
  page?: number;
}

const BASE = '/api/admin/wire';
const story = (guid: string) => `${BASE}/${encodeURIComponent(guid)}`;

export const wireApi = {
  stories: (filters: WireFilters, signal?: AbortSignal) =>
    request<WireStoryList>('GET', BASE, { query: { ...filters }, ...(signal ? { signal } : {}) }),
  story: (guid: string, signal?: AbortSignal) => request<WireStoryDetail>('GET', story(guid), signal ? { signal } : {}),
  providers: () => request<WireProviderList>('GET', `${BASE}/providers`),
  quarantine: (signal?: AbortSignal) => request<QuarantineList>('GET', `${BASE}/quarantine`, signal ? { signal } : {}),
  alerts: (signal?: AbortSignal) => request<WireAlertList>('GET', `${BASE}/alerts`, { query: { open: 1 }, ...(signal ? { signal } : {}) }),
  acknowledge: (id: number) => request<WireAlertDto>('POST', `${BASE}/alerts/${id}/acknowledge`),
  adopt: (guid: string, body: AdoptWireBody) => request<AdoptWireResponse>('POST', `${story(guid)}/adopt`, { json: body }),
  reference: api.reference,
};

export type { AdminArticle };

/** The message to show for anything thrown (the server's words when it answered). */
export const messageOf = errorMessage;
