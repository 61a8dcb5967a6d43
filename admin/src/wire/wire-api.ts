/**
 * The wire desk's calls to the admin API (contract: src/api/admin/wire-contract.ts),
 * with plain fetch: the session cookie (`credentials: 'same-origin'`) and, on
 * state-changing requests, the CSRF token the caller passes in. Errors carry
 * the server's message verbatim.
 */
import type { AdminArticle, ApiErrorBody, ReferenceData } from '../../../src/api/admin/contract.js';
import type {
  AdoptWireBody, AdoptWireResponse, QuarantineList, WireAlertDto, WireAlertList, WireStoryDetail, WireStoryList,
} from '../../../src/api/admin/wire-contract.js';

export class WireApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'WireApiError';
  }
}

export interface WireFilters {
  provider?: string;
  language?: string;
  maxUrgency?: number;
  subject?: string;
  since?: string;
  until?: string;
  q?: string;
  page?: number;
}

const BASE = '/api/admin/wire';

async function call<T>(method: string, path: string, csrfToken: string | null, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', signal, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new WireApiError(0, 'NETWORK', 'Cannot reach the server. Check your connection and try again.');
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    const error = (parsed as Partial<ApiErrorBody> | undefined)?.error;
    throw new WireApiError(response.status, error?.code ?? 'HERALD_HTTP', error?.message ?? `The server answered ${response.status}.`);
  }
  return parsed as T;
}

export function filtersToQuery(filters: WireFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const wireApi = {
  stories: (filters: WireFilters, signal?: AbortSignal) => call<WireStoryList>('GET', `${BASE}${filtersToQuery(filters)}`, null, undefined, signal),
  story: (guid: string, signal?: AbortSignal) => call<WireStoryDetail>('GET', `${BASE}/${encodeURIComponent(guid)}`, null, undefined, signal),
  quarantine: (signal?: AbortSignal) => call<QuarantineList>('GET', `${BASE}/quarantine`, null, undefined, signal),
  alerts: (signal?: AbortSignal) => call<WireAlertList>('GET', `${BASE}/alerts?open=1`, null, undefined, signal),
  acknowledge: (csrfToken: string, id: number) => call<WireAlertDto>('POST', `${BASE}/alerts/${id}/acknowledge`, csrfToken),
  adopt: (csrfToken: string, guid: string, body: AdoptWireBody) =>
    call<AdoptWireResponse>('POST', `${BASE}/${encodeURIComponent(guid)}/adopt`, csrfToken, body),
  reference: () => call<ReferenceData>('GET', '/api/admin/reference', null),
};

export type { AdminArticle };

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
