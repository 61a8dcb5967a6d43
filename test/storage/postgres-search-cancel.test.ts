/**
 * A PostgreSQL search whose reader goes away stops the statement it has
 * running on the server (pg_cancel_backend), and a late abort never reaches
 * a statement that is not its own.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { parseSearchQuery, SEARCH_PAGE_SIZE } from '../../src/domain/search-query.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createArticle } from '../../src/operations/create-article.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { postgresUrl, testStoreKinds, type TestStore } from '../helpers/test-stores.js';

if (!postgresUrl) console.log('skipped: PostgreSQL search cancellation (set HERALD_TEST_DATABASE_URL to run it)');

const postgres = testStoreKinds.find((kind) => kind.name === 'postgres');

describe.skipIf(!postgres)('cancelling a running PostgreSQL search', () => {
  let handle: TestStore;
  /** Holds the lock that makes a search statement wait on the server. */
  let locker: pg.Client;
  /** Watches pg_locks and pg_stat_activity from outside any transaction (whose snapshot would stand still). */
  let observer: pg.Client;
  let lockerPid: number;
  let articleId: number;
  const now = '2026-06-01T12:00:00.000Z';

  beforeEach(async () => {
    handle = await (postgres as NonNullable<typeof postgres>).open();
    const ids = await insertFixtureNewsroom(handle.store);
    const ctx = { store: handle.store, events: createEventBus(), now: () => new Date(now) };
    articleId = await createArticle(ctx, {
      editionCode: 'en', sectionId: ids.sectionId, headline: 'Harbour crane collapses', body: [], publishedAt: now,
    }, SYSTEM);
    // The test schema comes first on these clients' search_path, as on the store's pool.
    locker = new pg.Client({ connectionString: handle.databaseUrl });
    observer = new pg.Client({ connectionString: handle.databaseUrl });
    await locker.connect();
    await observer.connect();
    lockerPid = (await locker.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]?.pid ?? 0;
  });
  afterEach(async () => {
    await locker.query('rollback').catch(() => {});
    await locker.end();
    await observer.end();
    await handle.dispose();
  });

  const search = (signal?: AbortSignal) =>
    handle.store.search.search(
      { editionCode: 'en', query: parseSearchQuery('harbour'), now, limit: SEARCH_PAGE_SIZE, offset: 0 },
      signal ? { signal } : {},
    );
  const lockSearchDocuments = async () => {
    await locker.query('begin');
    await locker.query('lock table search_documents in access exclusive mode');
  };
  /** Backends of this schema's search_documents waiting for the lock, with what pg_stat_activity says of them. */
  const waiting = async () =>
    (await observer.query<{ pid: number; state: string; wait_event_type: string | null }>(
      `select l.pid, a.state, a.wait_event_type from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where l.relation = 'search_documents'::regclass and not l.granted`,
    )).rows;
  /**
   * Polls until a statement waits for the lock (each poll is a round trip: no sleeping). pg_locks and
   * pg_stat_activity are read at slightly different instants, so a backend's ungranted lock can come back beside
   * its activity from just before its statement arrived ('idle', waiting on the client): wait until both agree.
   */
  const waitingStatement = async () => {
    for (;;) {
      const [row] = await waiting();
      if (row?.state === 'active' && row.wait_event_type === 'Lock') return row;
    }
  };
  const backendOf = async (pid: number) =>
    (await observer.query<{ state: string; wait_event_type: string | null }>(
      'select state, wait_event_type from pg_stat_activity where pid = $1', [pid],
    )).rows[0];
  /** Polls until the backend waits for its next command and no longer queues for the lock. */
  const idle = async (pid: number) => {
    for (;;) {
      const [backend, waiters] = [await backendOf(pid), await waiting()];
      if (backend?.state === 'idle' && !waiters.some((w) => w.pid === pid)) return;
    }
  };
  const lockerHoldsLock = async () =>
    (await observer.query<{ n: number }>(
      `select count(*)::int as n from pg_locks where pid = $1 and relation = 'search_documents'::regclass
       and mode = 'AccessExclusiveLock' and granted`, [lockerPid],
    )).rows[0]?.n;

  it('cancels the statement running when the reader goes away, while the lock it waits for is still held', async () => {
    await lockSearchDocuments();
    const reader = new AbortController();
    const running = search(reader.signal);
    const statement = await waitingStatement();

    reader.abort();
    await expect(running).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
    // The backend stopped waiting before it reported the error; it tidies up (its place in the lock's queue,
    // its state) just after, so that part is waited for.
    expect(await backendOf(statement.pid)).not.toMatchObject({ wait_event_type: 'Lock' });
    await idle(statement.pid);
    expect(await waiting()).toEqual([]);
    // Still locked: the search came back because its statement was stopped, not because it finished.
    expect(await lockerHoldsLock()).toBe(1);

    await locker.query('rollback');
    // Cancelling left the backend idle, not broken: the store answers the next search.
    expect((await search(new AbortController().signal)).hits.map((h) => h.articleId)).toEqual([articleId]);
  });

  it('leaves alone the statements after a search that was aborted once it had finished', async () => {
    const reader = new AbortController();
    expect((await search(reader.signal)).hits.map((h) => h.articleId)).toEqual([articleId]);

    // The next search (likely on the connection just handed back) is held on the server while the late abort fires.
    await lockSearchDocuments();
    const later = search();
    await waitingStatement();
    reader.abort();
    // A round trip through the store's own pool, after any cancel the abort could have sent through it.
    expect((await handle.store.listEditions()).length).toBeGreaterThan(0);
    expect(await waiting()).toMatchObject([{ state: 'active', wait_event_type: 'Lock' }]);
    await locker.query('rollback');
    expect((await later).hits.map((h) => h.articleId)).toEqual([articleId]);
  });
});
