/**
 * A small counting semaphore. Decoding a picture holds all its pixels in
 * memory (up to the pixel limit × 4 bytes), so uploads wait here for a slot
 * instead of decoding all at once: N parallel uploads cost at most `limit`
 * decodes of memory, the rest queue in arrival order.
 */
export interface Semaphore {
  run<T>(task: () => Promise<T>): Promise<T>;
  /** Tasks running now (for tests and diagnostics). */
  readonly active: number;
  readonly waiting: number;
}

export function createSemaphore(limit: number): Semaphore {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`A semaphore needs at least one slot (got ${limit}).`);
  let active = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    const next = queue.shift();
    // Hand the slot straight to the next task, so a newcomer can never overtake the queue.
    if (next) next();
    else active--;
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run(task) {
      if (active < limit) active++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
