/** Small checks on server answers and article states used by the editor. */
import type { AdminArticle } from '../../../src/api/admin/contract.js';
import { ApiError } from '../api/client.js';

export function isAdminArticle(value: unknown): value is AdminArticle {
  const v = value as Partial<AdminArticle> | null;
  return !!v && typeof v === 'object' && typeof v.id === 'number' && typeof v.revision === 'number' && typeof v.status === 'string';
}

/** The server's current version carried by a 409, if the error is a revision conflict. */
export function conflictVersion(error: unknown): AdminArticle | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  return isAdminArticle(current) ? current : null;
}

/** A live article is not changed behind readers' backs by autosave. */
export const autosaves = (article: AdminArticle | null) => article?.status !== 'published';
