/**
 * Counting a section's or topic's articles (for "Page 3 of 120") scans every
 * matching row: ~100 ms at 100,000 articles, while the page's own rows take
 * well under a millisecond. Counts are therefore remembered per listing for a
 * minute and dropped whenever an article of that edition changes; concurrent
 * requests for the same count share one query.
 */
import type { ContentReader, ListingQuery } from '../operations/ports.js';

type CountQuery = Omit<ListingQuery, 'limit' | 'offset'>;

export interface ListingCountCache {
  count(query: CountQuery): Promise<number>;
  purgeEdition(editionCode: string): void;
}

export function createListingCountCache(
  reader: Pick<ContentReader, 'countPublished'>,
  options: { maxAgeMs: number; now?: () => number },
): ListingCountCache {
  const now = options.now ?? Date.now;
  const entries = new Map<string, { value: Promise<number>; at: number; edition: string }>();
  return {
    count(query) {
      const { now: _instant, ...shape } = query;
      const key = JSON.stringify(shape);
      const hit = entries.get(key);
      if (hit && now() - hit.at <= options.maxAgeMs) return hit.value;
      const value = reader.countPublished(query);
      entries.set(key, { value, at: now(), edition: query.editionCode });
      value.catch(() => entries.delete(key));
      return value;
    },
    purgeEdition(editionCode) {
      for (const [key, entry] of entries) if (entry.edition === editionCode) entries.delete(key);
    },
  };
}
