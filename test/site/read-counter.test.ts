/** "Most read" counting: what counts, hourly buckets, one write per flush, bounded memory. */
import { describe, expect, it } from 'vitest';
import type { ArticleReadBucket } from '../../src/operations/read-count-ports.js';
import { countedArticleId, createReadCounter, isLikelyBot, type PageView } from '../../src/site/read-counter.js';
import { createMostReadBoard } from '../../src/site/most-read.js';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const view = (overrides: Partial<PageView> = {}): PageView => ({
  method: 'GET', userAgent: BROWSER, purpose: undefined, status: 200, url: '/en/harbour-barriers/a-12', ...overrides,
});

function recordingCounter(options: { maxEntries?: number; now?: () => Date; fail?: () => boolean } = {}) {
  const writes: ArticleReadBucket[][] = [];
  const counter = createReadCounter({
    now: options.now ?? (() => new Date('2026-11-30T08:15:00.000Z')),
    flushIntervalMs: 0,
    ...(options.maxEntries ? { maxEntries: options.maxEntries } : {}),
    async record(buckets) {
      if (options.fail?.()) throw new Error('database unavailable');
      writes.push(buckets);
    },
  });
  return { counter, writes };
}

describe('read counter', () => {
  it('counts a browser GET of an article page and nothing else', () => {
    expect(countedArticleId(view())).toBe(12);
    expect(countedArticleId(view({ keys: ['article:12', 'edition:en'] }))).toBe(12);
    expect(countedArticleId(view({ method: 'HEAD' }))).toBeNull();
    expect(countedArticleId(view({ status: 304 }))).toBeNull();
    expect(countedArticleId(view({ status: 404 }))).toBeNull();
    expect(countedArticleId(view({ status: 301 }))).toBeNull();
    expect(countedArticleId(view({ purpose: 'prefetch' }))).toBeNull();
    expect(countedArticleId(view({ url: '/en/world/' }))).toBeNull();
    expect(countedArticleId(view({ url: '/en/feed.xml' }))).toBeNull();
    // A page whose keys do not name the article (not its own page) does not count for it.
    expect(countedArticleId(view({ keys: ['article:13'] }))).toBeNull();
  });

  it('does not count robots, tools or requests without a user agent', () => {
    for (const agent of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0',
      'python-requests/2.31', 'Mozilla/5.0 HeadlessChrome/120.0', 'node', '', undefined,
    ])
      expect(isLikelyBot(agent), String(agent)).toBe(true);
    expect(isLikelyBot(BROWSER)).toBe(false);
    expect(countedArticleId(view({ userAgent: 'Bingbot/2.0' }))).toBeNull();
  });

  it('adds views up per article and hour and writes them in one flush', async () => {
    let now = new Date('2026-11-30T08:15:00.000Z');
    const { counter, writes } = recordingCounter({ now: () => now });
    counter.observe(view());
    counter.observe(view());
    counter.observe(view({ url: '/en/other/a-7' }));
    counter.observe(view({ method: 'HEAD' }));
    now = new Date('2026-11-30T09:01:00.000Z');
    counter.observe(view());
    expect(counter.pending).toBe(3);
    await counter.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0]).toEqual(expect.arrayContaining([
      { articleId: 12, hour: '2026-11-30T08:00:00.000Z', count: 2 },
      { articleId: 7, hour: '2026-11-30T08:00:00.000Z', count: 1 },
      { articleId: 12, hour: '2026-11-30T09:00:00.000Z', count: 1 },
    ]));
    expect(writes[0]).toHaveLength(3);
    expect(counter.pending).toBe(0);
    expect(counter.stats).toMatchObject({ counted: 4, ignored: 1, flushes: 1 });
    await counter.flush();
    expect(writes).toHaveLength(1); // nothing new: no write
  });

  it('keeps the tallies for the next flush when a write fails', async () => {
    let failing = true;
    const { counter, writes } = recordingCounter({ fail: () => failing });
    counter.observe(view());
    await expect(counter.flush()).rejects.toThrow('database unavailable');
    counter.observe(view());
    failing = false;
    await counter.flush();
    expect(writes).toEqual([[{ articleId: 12, hour: '2026-11-30T08:00:00.000Z', count: 2 }]]);
  });

  it('holds at most maxEntries tallies, however many articles are read', async () => {
    const { counter, writes } = recordingCounter({ maxEntries: 3 });
    for (let id = 1; id <= 50; id++) counter.observe(view({ url: `/en/story/a-${id}` }));
    counter.observe(view({ url: '/en/story/a-2' })); // an article already held still counts
    expect(counter.pending).toBe(3);
    expect(counter.stats).toMatchObject({ counted: 4, dropped: 47 });
    await counter.stop();
    expect(writes[0]?.map((b) => [b.articleId, b.count])).toEqual([[1, 1], [2, 2], [3, 1]]);
  });
});

describe('most-read board', () => {
  it('sums the last 24 hours per edition and reports only editions whose list changed', async () => {
    const queries: { editionCode: string; sinceHour: string }[] = [];
    let results: Record<string, number[]> = { en: [3, 1], de: [] };
    const changed: string[] = [];
    const board = createMostReadBoard({
      editionCodes: () => ['en', 'de'],
      now: () => new Date('2026-11-30T08:15:00.000Z'),
      limit: 5,
      onChange: (code) => changed.push(code),
      async listMostRead(query) {
        queries.push({ editionCode: query.editionCode, sinceHour: query.sinceHour });
        expect(query.limit).toBe(5);
        return (results[query.editionCode] ?? []).map((articleId) => ({ articleId, reads: 1 }));
      },
    });
    expect(board.get('en')).toEqual([]);
    expect(await board.refresh()).toEqual(['en']);
    expect(board.get('en')).toEqual([3, 1]);
    expect(queries[0]).toEqual({ editionCode: 'en', sinceHour: '2026-11-29T09:00:00.000Z' });
    expect(await board.refresh()).toEqual([]);
    results = { en: [1, 3], de: [4] };
    expect(await board.refresh()).toEqual(['en', 'de']);
    expect(changed).toEqual(['en', 'en', 'de']);
  });
});
