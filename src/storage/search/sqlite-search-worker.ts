/**
 * The worker thread behind off-thread SQLite search
 * (src/storage/search/off-thread-search.ts): a read-only connection of its
 * own on the store's file (WAL lets it read beside the main connection's
 * writes, and each statement sees every commit made before it began) that
 * runs the statements the main thread compiled and answers with their rows.
 *
 * It is plain JavaScript run with `eval`, needing only better-sqlite3: the
 * same code then runs from dist/ and from the TypeScript sources (tsx,
 * vitest) without a loader in the worker, and it starts in tens of
 * milliseconds. The search logic itself stays in TypeScript
 * (src/storage/search/sqlite-search.ts), on the main thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** A compiled statement for the worker, and its answer. */
export interface StatementRequest {
  id: number;
  sql: string;
  parameters: readonly unknown[];
}
export type StatementReply = { id: number; rows: unknown[]; error?: undefined } | { id: number; error: string; rows?: undefined };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -16384');
db.pragma('mmap_size = 268435456');
// Search statements differ only in their bound values and in how many ids or terms they list: a small cache holds them all.
const statements = new Map();
const gate = workerData.gate;
parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    if (gate) Atomics.wait(gate, 0, 0);
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= 500) statements.delete(statements.keys().next().value);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(parameters) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
});
`;

/**
 * `gate` (tests only): before each statement the worker waits while
 * `gate[0]` is 0, so a test can hold a search mid-way and watch the main
 * thread carry on.
 */
export function startSearchWorker(file: string, gate?: Int32Array): Worker {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver, ...(gate ? { gate } : {}) } });
}
