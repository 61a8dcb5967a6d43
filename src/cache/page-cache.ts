/**
 * Rendered public pages, keyed by path, each tagged with surrogate keys
 * (`article:12`, `listing:en`, …). Operations' events purge by key, so a
 * publish, update or unpublish shows on the next request without flushing
 * unrelated pages. Entries also expire after `maxAgeMs`, which bounds how long
 * a time-based change (an embargo lifting) can take to appear.
 */
export interface CachedPage {
  status: number;
  /** Encoded once when stored, so a hit sends bytes without re-encoding the page. */
  body: Buffer;
  headers: Record<string, string>;
  keys: string[];
  storedAt: number;
}

export interface PageCache {
  get(key: string): CachedPage | undefined;
  set(key: string, page: Omit<CachedPage, 'storedAt'>): void;
  purge(surrogateKey: string): number;
  clear(): void;
  readonly size: number;
}

export function createPageCache(options: { maxEntries: number; maxAgeMs: number; now?: () => number }): PageCache {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order; re-inserting on hit makes it an LRU.
  const entries = new Map<string, CachedPage>();
  const keyIndex = new Map<string, Set<string>>();

  const remove = (cacheKey: string) => {
    const entry = entries.get(cacheKey);
    if (!entry) return;
    entries.delete(cacheKey);
    for (const key of entry.keys) keyIndex.get(key)?.delete(cacheKey);
  };

  return {
    get(cacheKey) {
      const entry = entries.get(cacheKey);
      if (!entry) return undefined;
      if (now() - entry.storedAt > options.maxAgeMs) {
        remove(cacheKey);
        return undefined;
      }
      entries.delete(cacheKey);
      entries.set(cacheKey, entry);
      return entry;
    },
    set(cacheKey, page) {
      remove(cacheKey);
      entries.set(cacheKey, { ...page, storedAt: now() });
      for (const key of page.keys) {
        const set = keyIndex.get(key) ?? new Set<string>();
        set.add(cacheKey);
        keyIndex.set(key, set);
      }
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    purge(surrogateKey) {
      const cacheKeys = [...(keyIndex.get(surrogateKey) ?? [])];
      for (const cacheKey of cacheKeys) remove(cacheKey);
      keyIndex.delete(surrogateKey);
      return cacheKeys.length;
    },
    clear() {
      entries.clear();
      keyIndex.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

/** Surrogate keys, built in one place so producers and purgers agree. */
export const surrogateKeys = {
  article: (id: number) => `article:${id}`,
  home: (editionCode: string) => `home:${editionCode}`,
  section: (id: number) => `section:${id}`,
  topic: (id: number) => `topic:${id}`,
  translationGroup: (group: string) => `translations:${group}`,
  /** Every listing (home, section, topic pages) of an edition. */
  listings: (editionCode: string) => `listing:${editionCode}`,
  /** Everything that shows the edition's chrome (menus, "In focus"). */
  edition: (editionCode: string) => `edition:${editionCode}`,
};
