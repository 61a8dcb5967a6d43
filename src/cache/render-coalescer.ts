/**
 * Request coalescing: concurrent misses for one page share one render. The
 * first miss starts it; every request for the same key that arrives before
 * it settles waits on the same promise. A failure is not kept: all waiters
 * get the error and the next request renders again.
 *
 * A purge while a render is in flight must not let that render's (possibly
 * stale) page be stored or joined by later requests, so `invalidate()` moves
 * an epoch: renders started before it still answer their own waiters but are
 * told they are stale (`isCurrent()` is false) and are no longer joined.
 */
export interface RenderCoalescer {
  /** Runs `render` unless one for `key` started since the last invalidation is in flight. */
  run<T>(key: string, render: (isCurrent: () => boolean) => Promise<T>): Promise<T>;
  /** Called on every purge. */
  invalidate(): void;
  /** Renders in flight (tests, metrics). */
  readonly inFlight: number;
  /** Requests that joined another's render instead of rendering. */
  readonly joined: number;
}

export function createRenderCoalescer(): RenderCoalescer {
  const pending = new Map<string, { epoch: number; promise: Promise<unknown> }>();
  let epoch = 0;
  let joined = 0;
  return {
    run<T>(key: string, render: (isCurrent: () => boolean) => Promise<T>): Promise<T> {
      const existing = pending.get(key);
      if (existing && existing.epoch === epoch) {
        joined++;
        return existing.promise as Promise<T>;
      }
      const started = epoch;
      const entry = { epoch: started, promise: Promise.resolve() as Promise<unknown> };
      entry.promise = (async () => {
        try {
          return await render(() => epoch === started);
        } finally {
          if (pending.get(key) === entry) pending.delete(key);
        }
      })();
      pending.set(key, entry);
      return entry.promise as Promise<T>;
    },
    invalidate() {
      epoch++;
    },
    get inFlight() {
      return pending.size;
    },
    get joined() {
      return joined;
    },
  };
}
