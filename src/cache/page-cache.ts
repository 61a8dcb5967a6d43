/**
 * Rendered public pages, keyed by the normalised URL the site rendered them
 * from (path and `page`, see `PublicSite.cacheKey`), each tagged with surrogate keys
 * (`article:12`, `listing:en`, …). Operations' events purge by key, so a
 * publish, update or unpublish shows on the next request without flushing
 * unrelated pages. Entries also expire after `maxAgeMs`, which bounds how long
 * a time-based change (an embargo lifting) can take to appear.
 *
 * Memory is bounded twice: by entry count and by the bytes of the stored
 * bodies, evicting the least recently used first, so a few huge pages cannot
 * hold more than `maxBytes` however few entries they are.
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
  /** Bytes of the bodies currently stored. */
  readonly bytes: number;
  /** Running totals since start, read by /metrics (src/http/metrics.ts). */
  readonly stats: Readonly<PageCacheStats>;
}

export interface PageCacheStats {
  hits: number;
  /** Lookups that found nothing, or only an expired page. */
  misses: number;
  /** purge() calls (one per surrogate key an event names). */
  purges: number;
  /** Pages those purges removed. */
  purgedPages: number;
}

export interface PageCacheOptions {
  maxEntries: number;
  maxBytes: number;
  maxAgeMs: number;
  now?: () => number;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order; re-inserting on hit makes it an LRU.
  const entries = new Map<string, CachedPage>();
  const keyIndex = new Map<string, Set<string>>();
  let bytes = 0;
  const stats: PageCacheStats = { hits: 0, misses: 0, purges: 0, purgedPages: 0 };

  const remove = (cacheKey: string) => {
    const entry = entries.get(cacheKey);
    if (!entry) return;
    entries.delete(cacheKey);
    bytes -= entry.body.length;
    for (const key of entry.keys) {
      const set = keyIndex.get(key);
      set?.delete(cacheKey);
      if (set?.size === 0) keyIndex.delete(key);
    }
  };

  return {
    get(cacheKey) {
      const entry = entries.get(cacheKey);
      if (!entry) {
        stats.misses++;
        return undefined;
      }
      if (now() - entry.storedAt > options.maxAgeMs) {
        remove(cacheKey);
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      entries.delete(cacheKey);
      entries.set(cacheKey, entry);
      return entry;
    },
    set(cacheKey, page) {
      remove(cacheKey);
      // A page larger than the whole budget would only evict everything else and then itself.
      if (page.body.length > options.maxBytes) return;
      entries.set(cacheKey, { ...page, storedAt: now() });
      bytes += page.body.length;
      for (const key of page.keys) {
        const set = keyIndex.get(key) ?? new Set<string>();
        set.add(cacheKey);
        keyIndex.set(key, set);
      }
      while (entries.size > options.maxEntries || bytes > options.maxBytes) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        remove(oldest);
      }
    },
    purge(surrogateKey) {
      const cacheKeys = [...(keyIndex.get(surrogateKey) ?? [])];
      for (const cacheKey of cacheKeys) remove(cacheKey);
      keyIndex.delete(surrogateKey);
      stats.purges++;
      stats.purgedPages += cacheKeys.length;
      return cacheKeys.length;
    },
    clear() {
      entries.clear();
      keyIndex.clear();
      bytes = 0;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    stats,
  };
}

/** Surrogate keys, built in one place so producers and purgers agree. */
export const surrogateKeys = {
  article: (id: number) => `article:${id}`,
  home: (editionCode: string) => `home:${editionCode}`,
  section: (id: number) => `section:${id}`,
  topic: (id: number) => `topic:${id}`,
  /** An author page (in every edition). */
  author: (id: number) => `author:${id}`,
  translationGroup: (group: string) => `translations:${group}`,
  /** Every listing (home, section, topic pages) of an edition. */
  listings: (editionCode: string) => `listing:${editionCode}`,
  /** Everything that shows the edition's chrome (menus, "In focus"). */
  edition: (editionCode: string) => `edition:${editionCode}`,
};
