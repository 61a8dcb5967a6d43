/**
 * A reader who hangs up mid-search over real HTTP: their search leaves the
 * queue without posting a statement, the readers behind are served, and the
 * server logs no error for it.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/domain/search-query.js';
import type { SearchResultPage } from '../../src/operations/search-ports.js';
import type { OffThreadSearch } from '../../src/storage/search/off-thread-search.js';
import { startGatedSearchApp, type GatedSearchApp } from '../helpers/gated-search-app.js';

describe('a search whose reader hangs up', () => {
  let gated: GatedSearchApp;
  let baseUrl: string;
  let search: OffThreadSearch;
  /** Each search the server starts, as it starts: the test waits on these instead of on time. */
  // (Wrapped in an object: resolving with the search's promise itself would wait for it to settle.)
  const started: ((search: { running: Promise<SearchResultPage> }) => void)[] = [];
  const nextSearch = () => new Promise<{ running: Promise<SearchResultPage> }>((resolve) => started.push(resolve));
  const errors: unknown[] = [];

  beforeAll(async () => {
    gated = await startGatedSearchApp({
      wrap: (inner) => ({
        search(query, options) {
          const running = inner.search(query, options);
          started.shift()?.({ running });
          return running;
        },
      }),
      // Every error that reaches Fastify's error handling (which logs anything unexpected) is noted here.
      beforeListen: (app) => app.server.addHook('onError', (_request, _reply, error, done) => (errors.push(error), done())),
    });
    ({ baseUrl, search } = gated);
  });
  afterAll(() => gated.close());
  const abandonedCount = async () =>
    Number(/^herald_http_requests_abandoned_total\{route="search"\} (\d+)$/m.exec(await gated.app.metrics.scrape())?.[1] ?? 0);

  for (const route of ['/en/search?q=news', '/api/v1/search?q=news&edition=en']) {
    it(`drops the search from the queue when the client of ${route.split('?')[0]} closes its connection`, async () => {
      gated.shutGate();
      errors.length = 0;
      const postedBefore = search.statementsPosted();
      // Another reader's search holds the worker.
      const held = search.search({ editionCode: 'en', query: parseSearchQuery('news'), now: new Date().toISOString(), limit: 10, offset: 0 });
      const arrived = nextSearch();
      const request = http.get(baseUrl + route);
      const gone = new Promise<void>((resolve) => request.on('close', resolve));
      request.on('error', () => {}); // the client's own side of hanging up
      const { running: abandoned } = await arrived;
      expect(search.pending()).toBe(2);

      const abandonedBefore = await abandonedCount();
      request.destroy();
      await gone;
      await expect(abandoned).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      // The reader who left is counted, though no answer was ever sent (so onResponse never saw it).
      expect(await abandonedCount()).toBe(abandonedBefore + 1);
      expect(search.pending()).toBe(1);
      expect(search.statementsPosted() - postedBefore).toBe(1); // only the held search's first statement

      gated.openGate();
      await held;
      const postedByHeld = search.statementsPosted() - postedBefore;
      // The server carries on: the same search for a reader who stays is answered.
      const stays = await fetch(baseUrl + route);
      expect(stays.status).toBe(200);
      await stays.text();
      expect(await abandonedCount(), 'an answered request is not abandoned').toBe(abandonedBefore + 1);
      expect(search.statementsPosted() - postedBefore).toBeGreaterThan(postedByHeld);
      expect(search.pending()).toBe(0);
      expect(errors).toEqual([]);
    });
  }
});
