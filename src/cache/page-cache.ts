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
  /** The body compressed once at insert (src/http/encoded-page.ts), so a hit does no compression work. */
  encodings?: { gzip?: Buffer; br?: Buffer };
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

/** A page's memory: its body and each stored encoding of it. */
const storedBytes = (page: Pick<CachedPage, 'body' | 'encodings'>) =>
  page.body.length + (page.encodings?.gzip?.length ?? 0) + (page.encodings?.br?.length ?? 0);

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
    bytes -= storedBytes(entry);
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
      const size = storedBytes(page);
      if (size > options.maxBytes) return;
      entries.set(cacheKey, { ...page, storedAt: now() });
      bytes += size;
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
  /** A video's page and every article page embedding it. */
  video: (id: number) => `video:${id}`,
  /** An edition's "Latest videos" pages. */
  videoList: (editionCode: string) => `videos:${editionCode}`,
  /** Every listing (home, section, topic pages) of an edition. */
  listings: (editionCode: string) => `listing:${editionCode}`,
  /** The edition's live-TV page: its stream and schedule (src/operations/live-tv.ts), and each programme start or end. */
  liveTv: (editionCode: string) => `live-tv:${editionCode}`,
  /** Everything that shows the edition's chrome (menus, "In focus"). */
  edition: (editionCode: string) => `edition:${editionCode}`,
  /** A podcast show's own fields: its page, its feed and its episodes' pages. */
  podcastShow: (id: number) => `podcast-show:${id}`,
  /** The list of a show's episodes: its page and its feed. */
  podcastEpisodes: (showId: number) => `podcast-episodes:${showId}`,
  podcastEpisode: (id: number) => `podcast-episode:${id}`,
  /** "Latest audio" of an edition. */
  audio: (editionCode: string) => `audio:${editionCode}`,
};
