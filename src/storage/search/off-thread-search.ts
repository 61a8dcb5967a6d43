/**
 * SQLite search off the event loop. better-sqlite3 answers synchronously, so
 * a broad query (ranking thousands of matches, 10–40 ms) run inline holds
 * every other request for that long, and a burst of them starves the loop
 * entirely. Here the search code (src/storage/search/sqlite-search.ts) builds
 * its statements on the main thread as before, but each runs on one worker
 * thread with its own read-only connection (sqlite-search-worker.ts); the
 * event loop only compiles, posts and receives a few rows. The queue is
 * bounded: past `maxPending` searches a new one is refused at once with
 * HERALD_BUSY (503) rather than waiting behind a backlog nobody will wait
 * for. Searches take the worker in turn, the first come first: with each
 * search's 3–4 statements queued behind everyone else's, a burst of searches
 * all finished together at the end of the burst (at a million articles, 50 at
 * once took every reader seconds); in turn, the first reader waits only for
 * their own. A search whose reader has gone (its `signal` fired) leaves the
 * line at once, or stops before its next statement if it already has the
 * worker, so abandoned requests do not delay the readers still waiting.
 * See docs/adr/0013-search-off-the-event-loop.md.
 */
import type { Kysely } from 'kysely';
import type { Worker } from 'node:worker_threads';
import { HeraldError } from '../../domain/errors.js';
import type { SearchIndex } from '../../operations/search-ports.js';
import { startSearchWorker, type StatementReply, type StatementRequest } from './sqlite-search-worker.js';
import { sqliteSearchIndex, type SearchStatementRunner } from './sqlite-search.js';
import { throwIfSearchAborted } from './search-abort.js';
import { searchTurns } from './search-turns.js';

export interface OffThreadSearch extends SearchIndex {
  /** Searches started and not yet answered. */
  pending(): number;
  /** Statements posted to the worker and not yet answered: one search's at a time. */
  statementsInWorker(): number;
  /** Statements posted to the worker since this index was made: what searches have cost it (tests, diagnostics). */
  statementsPosted(): number;
  close(): Promise<void>;
}

/**
 * Searches in flight beyond this are refused. Most searches take 1–10 ms on
 * the worker, broad ones 10–40 ms: 128 absorbs a burst from many readers at
 * once (the bench's 50 connections got 503s at 32) while the last in line
 * still waits only a few seconds at worst, and memory stays bounded.
 */
export const MAX_PENDING_SEARCHES = 128;

const busy = () =>
  new HeraldError('HERALD_BUSY', 'Search is busy right now; please try again in a moment.', { details: { retryAfterSeconds: 1 } });
const failed = (cause: unknown) => new HeraldError('HERALD_STORAGE', 'Search failed; please try again.', { cause });

export function offThreadSqliteSearch(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- compiles the search statements only; never executes on this thread
  db: Kysely<any>,
  file: string,
  options: { maxPending?: number; gate?: Int32Array } = {},
): OffThreadSearch {
  const maxPending = options.maxPending ?? MAX_PENDING_SEARCHES;
  const waiting = new Map<number, { resolve(rows: unknown[]): void; reject(error: unknown): void }>();
  let worker: Worker | null = null;
  let nextId = 1;
  let searches = 0;
  let posted = 0;
  const turns = searchTurns();
  /** Moves on every close: a search that began before it fails like those in the worker, even if it has not posted yet. */
  let closes = 0;
  const closedError = () => new HeraldError('HERALD_STORAGE', 'The store was closed before the search finished.');

  const failAll = (error: unknown) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };

  // Started on the first search, so a process that never searches (the CLI, most tests) never pays for it.
  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startSearchWorker(file, options.gate);
    started.unref();
    started.on('message', (reply: StatementReply) => {
      const w = waiting.get(reply.id);
      if (!w) return;
      waiting.delete(reply.id);
      // Held only while a statement is out, so an idle worker never keeps a process alive.
      if (waiting.size === 0) started.unref();
      if (reply.rows) w.resolve(reply.rows);
      else w.reject(failed(new Error(reply.error)));
    });
    const lost = (cause: unknown) => {
      if (worker === started) worker = null; // the next search starts a new one
      failAll(failed(cause));
    };
    started.on('error', lost);
    started.on('exit', (code) => lost(new Error(`The search worker exited with code ${code}.`)));
    worker = started;
    return started;
  };

  const run: SearchStatementRunner = (statement) => {
    const { sql, parameters } = statement.compile(db);
    const target = ensureWorker();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (rows: unknown[]) => void, reject });
      target.ref();
      posted += 1;
      target.postMessage({ id, sql, parameters } satisfies StatementRequest);
    });
  };
  const index = sqliteSearchIndex(db, run);

  return {
    async search(query, options = {}) {
      // A reader already gone takes no place in the queue (and is not told "busy").
      throwIfSearchAborted(options.signal);
      if (searches >= maxPending) throw busy();
      searches += 1;
      const epoch = closes;
      try {
        await turns.take(options.signal);
        try {
          if (epoch !== closes) throw closedError();
          return await index.search(query, options);
        } finally {
          turns.pass();
        }
      } finally {
        searches -= 1;
      }
    },
    pending: () => searches,
    statementsInWorker: () => waiting.size,
    statementsPosted: () => posted,
    async close() {
      const closing = worker;
      worker = null;
      closes += 1;
      // Searches still waiting for their turn fail like those in the worker.
      turns.failWaiting(closedError());
      failAll(closedError());
      if (closing) await closing.terminate();
    },
  };
}
