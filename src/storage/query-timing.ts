/**
 * Store query time for /metrics: every query's duration, failures included,
 * taken around the driver connection's own `executeQuery` (and `streamQuery`),
 * so both dialects are timed the same way. Kysely's `log` hook measured the
 * same span but wrapped each query in three more async calls and an event
 * object (1.7 % of an uncached page's CPU, issue 12); here it is two clock
 * reads and one call.
 */
import type { CompiledQuery, DatabaseConnection, Dialect, QueryResult } from 'kysely';
import { withPatchedConnections } from './connection-patching.js';

/** Called once per query with its duration in seconds and whether it failed. */
export type QueryObserver = (seconds: number, failed: boolean) => void;

function timed(connection: DatabaseConnection, observer: QueryObserver, patched: WeakSet<DatabaseConnection>): DatabaseConnection {
  if (patched.has(connection)) return connection;
  patched.add(connection);
  const execute = connection.executeQuery.bind(connection);
  const stream = connection.streamQuery.bind(connection);
  const done = (start: number, failed: boolean) => observer((performance.now() - start) / 1000, failed);
  connection.executeQuery = <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
    const start = performance.now();
    let running: Promise<QueryResult<R>>;
    try {
      running = execute<R>(query);
    } catch (error) {
      done(start, true);
      throw error;
    }
    return running.then(
      (result) => (done(start, false), result),
      (error: unknown) => {
        done(start, true);
        throw error;
      },
    );
  };
  connection.streamQuery = async function* <R>(query: CompiledQuery, chunkSize?: number) {
    const start = performance.now();
    let failed = false;
    try {
      yield* stream<R>(query, chunkSize);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      done(start, failed);
    }
  };
  return connection;
}

/** `dialect` whose connections report each query's duration to `observer`; the dialect itself without one. */
export function withQueryTiming(dialect: Dialect, observer: QueryObserver | undefined): Dialect {
  if (!observer) return dialect;
  const patched = new WeakSet<DatabaseConnection>();
  return withPatchedConnections(dialect, (connection) => timed(connection, observer, patched));
}
