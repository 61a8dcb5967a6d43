/**
 * Purges a CDN (or the shipped Varnish) by surrogate key whenever the page
 * cache is purged (HERALD_CDN_PURGE_URL, src/config/http-cache-config.ts).
 * Keys are queued (a set: a key already waiting is not queued twice), sent in
 * the background — one request per key for a `{key}` URL template (Fastly),
 * else batches named in a `Surrogate-Key` header — and retried with
 * exponential backoff on network errors, 429 and 5xx. The queue is bounded:
 * past `maxQueuedKeys` new keys are dropped and counted (the CDN's own TTL
 * still bounds how stale it gets). Every node purges after its own page cache
 * did, so the edge's last purge follows the last node's (ADR 0009).
 */
import type { CdnPurgeConfig } from '../config/http-cache-config.js';

export interface CdnPurgeStats {
  /** Purge requests the CDN accepted. */
  sent: number;
  /** Attempts that failed and were tried again. */
  retried: number;
  /** Keys given up on after the last attempt (or refused with a 4xx). */
  failed: number;
  /** Keys dropped because the queue was full. */
  dropped: number;
}

export interface CdnPurger {
  enqueue(key: string): void;
  /** Resolves when nothing is queued, in flight or waiting for a retry. */
  idle(): Promise<void>;
  readonly stats: Readonly<CdnPurgeStats>;
  /** Stops retrying; keys still queued are abandoned. */
  close(): void;
}

export interface CdnPurgerOptions {
  config: CdnPurgeConfig;
  onError?: (error: unknown, keys: string[], attempt: number) => void;
  maxQueuedKeys?: number;
  /** Keys per request in batch mode (a header line stays well under 8 KB). */
  batchSize?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

class RetryablePurgeError extends Error {}

export function createCdnPurger(options: CdnPurgerOptions): CdnPurger {
  const { config } = options;
  const perKey = config.url.includes('{key}');
  const batchSize = perKey ? 8 : (options.batchSize ?? 100);
  const maxQueued = options.maxQueuedKeys ?? 10_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 5_000;
  const doFetch = options.fetch ?? fetch;
  const stats: CdnPurgeStats = { sent: 0, retried: 0, failed: 0, dropped: 0 };
  const queue = new Set<string>();
  let busy = 0;
  let scheduled = false;
  let closed = false;
  const timers = new Set<NodeJS.Timeout>();
  let waiters: Array<() => void> = [];

  const headers = (keys: string[]): Record<string, string> => {
    const result: Record<string, string> = perKey ? {} : { 'surrogate-key': keys.join(' ') };
    if (config.token) result[config.tokenHeader ?? 'authorization'] = config.tokenHeader ? config.token : `Bearer ${config.token}`;
    return result;
  };

  async function send(url: string, keys: string[]): Promise<void> {
    let response: Response;
    try {
      response = await doFetch(url, { method: config.method, headers: headers(keys), signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new RetryablePurgeError(`CDN purge request failed: ${(error as Error).message}`);
    }
    await response.body?.cancel();
    if (response.status === 429 || response.status >= 500) throw new RetryablePurgeError(`CDN purge answered ${response.status}`);
    if (response.status >= 400) throw new Error(`CDN purge refused with ${response.status}; check HERALD_CDN_PURGE_URL and the token`);
    stats.sent++;
  }

  function settle(): void {
    if (queue.size > 0 || busy > 0 || timers.size > 0) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  }

  function attempt(keys: string[], attemptNumber: number): void {
    busy++;
    const requests = perKey
      ? keys.map((key) => send(config.url.replaceAll('{key}', encodeURIComponent(key)), [key]).then(() => null, (error: unknown) => ({ key, error })))
      : [send(config.url, keys).then(() => null, (error: unknown) => ({ key: null, error }))];
    void Promise.all(requests).then((results) => {
      busy--;
      const failures = results.filter((result) => result !== null);
      if (failures.length > 0) {
        const failedKeys = perKey ? failures.map((f) => f.key as string) : keys;
        const error = failures[0]?.error;
        options.onError?.(error, failedKeys, attemptNumber);
        if (!closed && error instanceof RetryablePurgeError && attemptNumber < maxAttempts) {
          stats.retried++;
          const timer = setTimeout(() => {
            timers.delete(timer);
            attempt(failedKeys, attemptNumber + 1);
          }, baseDelayMs * 2 ** (attemptNumber - 1));
          timer.unref();
          timers.add(timer);
        } else {
          stats.failed += failedKeys.length;
        }
      }
      flush();
    });
  }

  function flush(): void {
    scheduled = false;
    // One batch in flight at a time keeps a purge storm from flooding the CDN's API.
    if (!closed && busy === 0 && queue.size > 0) {
      const keys = [...queue].slice(0, batchSize);
      for (const key of keys) queue.delete(key);
      attempt(keys, 1);
    }
    settle();
  }

  return {
    enqueue(key) {
      if (closed || queue.has(key)) return;
      if (queue.size >= maxQueued) {
        stats.dropped++;
        return;
      }
      queue.add(key);
      // The keys of one event arrive together: send them in one batch.
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        if (!scheduled) settle();
      });
    },
    stats,
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      queue.clear();
      settle();
    },
  };
}
