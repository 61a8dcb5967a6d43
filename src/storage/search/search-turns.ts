/**
 * Turns on the search worker, first come first (src/storage/search/off-thread-search.ts):
 * one search holds the worker while the others wait in line. A search whose
 * caller gives up while it waits leaves the line at once, so nobody behind it
 * waits for a search nobody will read.
 */
import { searchAborted } from './search-abort.js';

export interface SearchTurns {
  /** Resolves when it is this search's turn; rejects with HERALD_ABORTED if `signal` fires first. */
  take(signal?: AbortSignal): Promise<void>;
  /** The search holding the worker is done: the next in line, if any, takes it. */
  pass(): void;
  /** Rejects every search still waiting for its turn (the store is closing). */
  failWaiting(error: unknown): void;
  /** Searches waiting for their turn (not counting the one holding the worker). */
  waiting(): number;
}

interface Waiter {
  start(): void;
  fail(error: unknown): void;
}

export function searchTurns(): SearchTurns {
  // A Set keeps arrival order and lets an abandoned waiter leave from the middle of the line.
  const line = new Set<Waiter>();
  let held = false;

  return {
    take(signal) {
      if (signal?.aborted) return Promise.reject(searchAborted(signal.reason));
      if (!held) {
        held = true;
        return Promise.resolve();
      }
      return new Promise<void>((resolve, reject) => {
        const leave = () => {
          line.delete(waiter);
          signal?.removeEventListener('abort', abandoned);
        };
        const abandoned = () => {
          leave();
          reject(searchAborted(signal?.reason));
        };
        const waiter: Waiter = {
          start: () => (leave(), resolve()),
          fail: (error) => (leave(), reject(error)),
        };
        line.add(waiter);
        signal?.addEventListener('abort', abandoned, { once: true });
      });
    },
    pass() {
      const next = line.values().next();
      if (next.done) held = false;
      else next.value.start(); // the worker goes straight to the next search: `held` stays true
    },
    failWaiting(error) {
      for (const waiter of [...line]) waiter.fail(error);
    },
    waiting: () => line.size,
  };
}
