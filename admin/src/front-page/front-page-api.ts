/**
 * The front page screen's calls to the admin API (contract: src/api/admin/front-page-contract.ts),
 * through the editor's one client (../api/client.ts).
 */
import type { FrontPageBody, FrontPageResponse } from '../../../src/api/admin/front-page-contract.js';
import { request } from '../api/client.js';

const path = (code: string) => `/api/admin/editions/${encodeURIComponent(code)}/front-page`;

export const frontPageApi = {
  get: (code: string, signal?: AbortSignal) => request<FrontPageResponse>('GET', path(code), { signal }),
  save: (code: string, body: FrontPageBody) => request<FrontPageResponse>('PUT', path(code), { json: body }),
};
