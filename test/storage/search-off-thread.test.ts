/** SQLite search from a worker thread: same answers as inline, the event loop free meanwhile, a bounded queue, abandoned searches dropped. */
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery, SEARCH_PAGE_SIZE } from '../../src/domain/search-query.js';
import type { Store } from '../../src/operations/ports.js';
import type { SearchIndex, SearchQuery } from '../../src/operations/search-ports.js';
import type { OpenedStore } from '../../src/storage/dialect.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { offThreadSqliteSearch } from '../../src/storage/search/off-thread-search.js';
import { SEARCH_ENGINES } from '../../src/storage/search/search-engines.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { listingArticle, SEED_NOW, seedListingArticles } from '../helpers/listing-seed.js';
import { makeTempDir } from '../helpers/test-stores.js';

const ARTICLES = 3000;

describe('SQLite search off the event loop', () => {
  let dir: string;
  let file: string;
  let store: Store;
  let inline: SearchIndex;
  let ids: FixtureIds;
  let opened: OpenedStore;

  beforeAll(async () => {
    dir = makeTempDir();
    file = path.join(dir, 'herald.db');
    opened = openSqlite(file);
    store = await openMigratedStore(opened);
    ids = await insertFixtureNewsroom(store);
    await seedListingArticles(store, ids, ARTICLES);
    inline = SEARCH_ENGINES.sqlite.index(opened.db);
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const query = (text: string, extra: Partial<SearchQuery> = {}): SearchQuery => ({
    editionCode: 'en', query: parseSearchQuery(text), now: SEED_NOW, limit: SEARCH_PAGE_SIZE, offset: 0, ...extra,
  });

  it('answers exactly as the inline index does, for broad, narrow, paged and filtered queries', async () => {
    for (const q of [query('story'), query('story', { offset: 490 }), query('story 1234'), query('"story 17"'), query('body', { to: '2026-05-01T00:00:00.000Z' }), query('nothingmatches')]) {
      expect(await store.search.search(q), JSON.stringify(q.query)).toEqual(await inline.search(q));
    }
    expect((await store.search.search(query('story'))).hits).toHaveLength(SEARCH_PAGE_SIZE);
  });

  it('leaves the event loop free while a search runs: other reads are served before it ends', async () => {
    // The worker waits before each statement until the gate opens, holding this search mid-way.
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const search = offThreadSqliteSearch(opened.db, file, { gate });
    try {
      const events: string[] = [];
      const searched = search.search(query('story')).then((page) => {
        events.push('search answered');
        return page;
      });
      // Another request's work on the main thread and the main connection, while the search is held in the worker.
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      const latest = await store.listPublished({ editionCode: 'en', now: SEED_NOW, limit: 5, offset: 0 });
      events.push(`listing served (${latest.length})`);
      expect(search.pending()).toBe(1);
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      expect((await searched).hits).toHaveLength(SEARCH_PAGE_SIZE);
      expect(events).toEqual(['listing served (5)', 'search answered']);
      expect(await searched).toEqual(await inline.search(query('story')));
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await search.close();
    }
  });

  it('gives the worker to one search at a time, first come first, so the first reader does not wait for the rest', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const search = offThreadSqliteSearch(opened.db, file, { gate });
    try {
      const answered: string[] = [];
      const searches = ['story', 'body', 'story 17'].map((text) => search.search(query(text)).then((page) => (answered.push(text), page)));
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      // Held at the gate: only the first search has a statement out; the others wait their turn.
      expect(search.pending()).toBe(3);
      expect(search.statementsInWorker()).toBe(1);
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      const pages = await Promise.all(searches);
      expect(answered).toEqual(['story', 'body', 'story 17']);
      expect(pages[2]).toEqual(await inline.search(query('story 17')));
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await search.close();
    }
  });

  it('lets a search whose reader has gone leave the line at once; the others still answer in order', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const search = offThreadSqliteSearch(opened.db, file, { gate });
    const reference = offThreadSqliteSearch(opened.db, file);
    try {
      const answered: string[] = [];
      const readers = ['story', 'body', 'story 17'].map(() => new AbortController());
      const searches = ['story', 'body', 'story 17'].map((text, i) =>
        search.search(query(text), { signal: readers[i]!.signal }).then((page) => (answered.push(text), page)));
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(search.pending()).toBe(3);
      expect(search.statementsPosted()).toBe(1); // the first search's first statement, held at the gate

      readers[1]!.abort();
      await expect(searches[1]).rejects.toMatchObject({ code: 'HERALD_ABORTED', status: 499 });
      // Its place is freed while the first search still holds the worker.
      expect(search.pending()).toBe(2);
      expect(search.statementsPosted()).toBe(1);

      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      const [first, , third] = await Promise.all([searches[0], searches[1]!.catch(() => null), searches[2]]);
      expect(answered).toEqual(['story', 'story 17']);
      expect(first).toEqual(await inline.search(query('story')));
      expect(third).toEqual(await inline.search(query('story 17')));
      expect(search.pending()).toBe(0);
      // The worker ran exactly the statements of the two searches that were still wanted.
      await reference.search(query('story'));
      await reference.search(query('story 17'));
      expect(search.statementsPosted()).toBe(reference.statementsPosted());
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await search.close();
      await reference.close();
    }
  });

  it('never posts a statement for a search whose reader left before it started, even when the queue is full', async () => {
    const search = offThreadSqliteSearch(opened.db, file, { maxPending: 1 });
    try {
      const reader = new AbortController();
      reader.abort();
      await expect(search.search(query('story'), { signal: reader.signal })).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      expect(search.statementsPosted()).toBe(0);
      expect(search.pending()).toBe(0);
      const held = search.search(query('story'));
      // With the queue full, a reader already gone is told nothing more than that it is gone.
      await expect(search.search(query('body'), { signal: reader.signal })).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      expect((await held).hits).toHaveLength(SEARCH_PAGE_SIZE);
    } finally {
      await search.close();
    }
  });

  it('stops a search abandoned between its statements: no further statement is posted and the next search starts', async () => {
    const gate = new Int32Array(new SharedArrayBuffer(4));
    const search = offThreadSqliteSearch(opened.db, file, { gate });
    try {
      const reader = new AbortController();
      const abandoned = search.search(query('story'), { signal: reader.signal });
      const next = search.search(query('story 17'));
      for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(search.statementsInWorker()).toBe(1);
      // The reader leaves while the first statement runs: it finishes, and that is the last one this search sends.
      reader.abort();
      const rejected = expect(abandoned).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
      expect(search.statementsPosted()).toBe(1);
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await rejected;
      const postedByAbandoned = 1;
      expect(await next).toEqual(await inline.search(query('story 17')));
      const reference = offThreadSqliteSearch(opened.db, file);
      await reference.search(query('story 17'));
      expect(search.statementsPosted()).toBe(postedByAbandoned + reference.statementsPosted());
      await reference.close();
    } finally {
      Atomics.store(gate, 0, 1);
      Atomics.notify(gate, 0);
      await search.close();
    }
  });

  it('refuses searches beyond its queue with HERALD_BUSY (503), and serves again once the queue drains', async () => {
    const search = offThreadSqliteSearch(opened.db, file, { maxPending: 2 });
    try {
      const first = search.search(query('story'));
      const second = search.search(query('body'));
      await expect(search.search(query('story'))).rejects.toMatchObject({ code: 'HERALD_BUSY', status: 503 });
      expect(search.pending()).toBe(2);
      expect((await first).hits).toHaveLength(SEARCH_PAGE_SIZE);
      expect((await second).hits).toHaveLength(SEARCH_PAGE_SIZE);
      expect(search.pending()).toBe(0);
      expect((await search.search(query('story'))).total).toBeGreaterThan(0);
    } finally {
      await search.close();
    }
  });

  it('sees an article the moment its publish commits on the main connection', async () => {
    expect((await store.search.search(query('lighthouse'))).total).toBe(0);
    const [id] = await store.transaction((tx) =>
      tx.insertArticles([listingArticle(ids, ARTICLES + 1, { headline: 'Lighthouse keeper retires', shortId: 'lh001', slug: 'lighthouse' })]),
    );
    expect((await store.search.search(query('lighthouse'))).hits.map((h) => h.articleId)).toEqual([id]);
  });

  it('fails a search cleanly when the store closes under it, and starts afresh afterwards', async () => {
    const search = offThreadSqliteSearch(opened.db, file);
    const running = expect(search.search(query('story'))).rejects.toMatchObject({ code: 'HERALD_STORAGE' });
    await search.close();
    await running;
    expect(search.pending()).toBe(0);
    expect((await search.search(query('story'))).hits).toHaveLength(SEARCH_PAGE_SIZE);
    await search.close();
  });
});
