/**
 * Unsaved work kept on this device (localStorage) per article until the
 * server has it, so nothing typed is lost to a closed tab, a lost connection
 * or a conflict. The storage is passed in, so tests use a plain object.
 */
import type { DraftFields } from './article-fields.js';

export interface LocalDraft {
  fields: DraftFields;
  /** The server revision the draft was based on; null for a new article. */
  baseRevision: number | null;
  /** ISO 8601 time the draft was last kept. */
  savedAt: string;
}

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const draftKey = (articleId: number | 'new') => `herald:draft:${articleId}`;

export function createDraftStore(storage: DraftStorage | null) {
  return {
    load(key: string): LocalDraft | null {
      try {
        const raw = storage?.getItem(key);
        if (!raw) return null;
        const value = JSON.parse(raw) as Partial<LocalDraft>;
        if (!value || typeof value !== 'object' || !value.fields || typeof value.savedAt !== 'string') return null;
        return { fields: value.fields, baseRevision: value.baseRevision ?? null, savedAt: value.savedAt };
      } catch {
        return null;
      }
    },
    /** False when the browser refused (private mode, quota). */
    save(key: string, draft: LocalDraft): boolean {
      try {
        storage?.setItem(key, JSON.stringify(draft));
        return storage !== null;
      } catch {
        return false;
      }
    },
    clear(key: string): void {
      try {
        storage?.removeItem(key);
      } catch {
        /* nothing to clear */
      }
    },
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;

function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export const drafts = createDraftStore(browserStorage());
