/**
 * The article list's filters, kept in the address bar (`/admin/?status=draft&q=…`)
 * so Back and shared links work, and turned into the API's query. Pure.
 */
import type { WorkflowStatus } from '../../../src/api/admin/contract.js';
import { WORKFLOW_STATUS_LIST } from '../editor/workflow-actions.js';

export interface ListFilters {
  edition?: string;
  section?: number;
  status?: WorkflowStatus;
  author?: number;
  /** yyyy-mm-dd, local calendar days. */
  from?: string;
  to?: string;
  q?: string;
  page: number;
}

export const PAGE_SIZE = 25;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const positive = (value: string | null) => (value && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : undefined);

export function filtersFromSearch(search: string): ListFilters {
  const params = new URLSearchParams(search);
  const filters: ListFilters = { page: positive(params.get('page')) ?? 1 };
  const edition = params.get('edition');
  if (edition) filters.edition = edition;
  const section = positive(params.get('section'));
  if (section) filters.section = section;
  const status = params.get('status');
  if (status && (WORKFLOW_STATUS_LIST as readonly string[]).includes(status)) filters.status = status as WorkflowStatus;
  const author = positive(params.get('author'));
  if (author) filters.author = author;
  for (const key of ['from', 'to'] as const) {
    const day = params.get(key);
    if (day && DAY.test(day)) filters[key] = day;
  }
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 200);
  return filters;
}

export function filtersToSearch(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const key of ['edition', 'section', 'status', 'author', 'from', 'to', 'q'] as const) {
    const value = filters[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (filters.page > 1) params.set('page', String(filters.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Local calendar days → the API's UTC datetimes (the whole of the `to` day included). */
export function filtersToApiQuery(filters: ListFilters, pageSize = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.edition) params.set('edition', filters.edition);
  if (filters.section) params.set('section', String(filters.section));
  if (filters.status) params.set('status', filters.status);
  if (filters.author) params.set('author', String(filters.author));
  if (filters.from) params.set('from', new Date(`${filters.from}T00:00:00`).toISOString());
  if (filters.to) params.set('to', new Date(`${filters.to}T23:59:59.999`).toISOString());
  if (filters.q) params.set('q', filters.q);
  params.set('page', String(filters.page));
  params.set('pageSize', String(pageSize));
  return params;
}
