/**
 * "Most read" counting, private and cheap: every public article view (page
 * cache hits included) adds one to an in-memory tally per article and hour,
 * and the tallies go to the store in one write every few seconds and at
 * shutdown. Nothing about the reader is kept — no address, cookie or user
 * agent — only "article 12 was read 40 times between 8 and 9".
 *
 * What counts: a GET answered 200 on an article's canonical URL — only a
 * public article's own page is a 200 there (a made-up id is a 404, a wrong
 * slug a redirect), so made-up URLs never enter the map. Not: HEAD, 304s, errors, redirects, prefetches, and user agents that
 * say they are robots or tools. Memory is capped: past `maxEntries` tallies,
 * new articles wait for the next flush (counted in `stats.dropped`).
 */
import { surrogateKeys } from '../cache/page-cache.js';
import type { ArticleReadBucket } from '../operations/read-count-ports.js';
import { hourOf } from '../operations/record-article-reads.js';

export interface PageView {
  method: string;
  userAgent: string | undefined;
  /** `Sec-Purpose` / `Purpose` request header: a prefetch is not a read. */
  purpose: string | undefined;
  status: number;
  /** The page's cache key (`PublicSite.cacheKey`). */
  url: string;
  /** The surrogate keys of the page served, when the caller knows them: then they must name the article. */
  keys?: readonly string[];
}

export interface ReadCounterStats {
  counted: number;
  ignored: number;
  /** Views not counted because the in-memory map was full. */
  dropped: number;
  flushes: number;
  flushFailures: number;
}

export interface ReadCounter {
  observe(view: PageView): void;
  /** Writes the tallies gathered so far (one write); on failure they are kept for the next try. */
  flush(): Promise<void>;
  /** Tallies waiting in memory. */
  readonly pending: number;
  readonly stats: Readonly<ReadCounterStats>;
  /** Flushes every `flushIntervalMs` until `stop`. */
  start(): void;
  /** Stops the timer and flushes what is left. */
  stop(): Promise<void>;
}

export interface ReadCounterOptions {
  record(buckets: ArticleReadBucket[]): Promise<void>;
  now: () => Date;
  flushIntervalMs?: number;
  maxEntries?: number;
  onError?: (error: unknown) => void;
}

const ARTICLE_PATH = /\/a-(\d{1,15})$/;
/** Robots, crawlers, link unfurlers, monitors and HTTP libraries; a browser says none of these. */
const NOT_A_READER =
  /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|lighthouse|pingdom|uptime|monitor|curl|wget|python|java\/|go-http|httpclient|okhttp|axios|node-fetch|^node$|undici|scrapy|feedfetcher|^$/i;

export function isLikelyBot(userAgent: string | undefined): boolean {
  return NOT_A_READER.test((userAgent ?? '').trim());
}

/** The article id an article page view counts for, or null when the view does not count. */
export function countedArticleId(view: PageView): number | null {
  if (view.method !== 'GET' || view.status !== 200) return null;
  if (view.purpose !== undefined && /prefetch|prerender/i.test(view.purpose)) return null;
  const match = ARTICLE_PATH.exec(view.url);
  if (!match) return null;
  const id = Number(match[1]);
  if (view.keys && !view.keys.includes(surrogateKeys.article(id))) return null;
  return isLikelyBot(view.userAgent) ? null : id;
}

export function createReadCounter(options: ReadCounterOptions): ReadCounter {
  const maxEntries = options.maxEntries ?? 20_000;
  const flushIntervalMs = options.flushIntervalMs ?? 30_000;
  // Key: `${articleId} ${hour}`.
  let tallies = new Map<string, number>();
  const stats: ReadCounterStats = { counted: 0, ignored: 0, dropped: 0, flushes: 0, flushFailures: 0 };
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | null = null;

  const add = (key: string, count: number): boolean => {
    const current = tallies.get(key);
    if (current === undefined && tallies.size >= maxEntries) return false;
    tallies.set(key, (current ?? 0) + count);
    return true;
  };

  const flushOnce = async () => {
    if (tallies.size === 0) return;
    const batch = tallies;
    tallies = new Map();
    const buckets: ArticleReadBucket[] = [...batch].map(([key, count]) => {
      const [id, hour] = key.split(' ') as [string, string];
      return { articleId: Number(id), hour, count };
    });
    try {
      await options.record(buckets);
      stats.flushes++;
    } catch (error) {
      stats.flushFailures++;
      // Put them back (within the cap), so a database hiccup loses nothing it need not.
      for (const [key, count] of batch) if (!add(key, count)) stats.dropped += count;
      throw error;
    }
  };

  const counter: ReadCounter = {
    observe(view) {
      const id = countedArticleId(view);
      if (id === null) {
        stats.ignored++;
        return;
      }
      if (add(`${id} ${hourOf(options.now())}`, 1)) stats.counted++;
      else stats.dropped++;
    },
    async flush() {
      // One flush at a time: a slow write must not let a second one send the same tallies.
      while (flushing) await flushing;
      flushing = flushOnce().finally(() => {
        flushing = null;
      });
      return flushing;
    },
    get pending() {
      return tallies.size;
    },
    stats,
    start() {
      if (timer || flushIntervalMs <= 0) return;
      timer = setInterval(() => {
        counter.flush().catch((error: unknown) => options.onError?.(error));
      }, flushIntervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await counter.flush();
    },
  };
  return counter;
}
