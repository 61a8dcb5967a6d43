/** The decode semaphore: never more than N tasks at once, the rest in arrival order, slots freed on failure too. */
import { describe, expect, it } from 'vitest';
import { createSemaphore } from '../../src/media/decode-slots.js';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('decode semaphore', () => {
  it('runs at most N tasks at once and queues the rest in order', async () => {
    const slots = createSemaphore(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const gates = Array.from({ length: 6 }, deferred);
    const runs = gates.map((gate, i) =>
      slots.run(async () => {
        running++;
        peak = Math.max(peak, running);
        started.push(i);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(slots.waiting).toBe(4);
    // Finish them out of order; each release lets exactly one waiter in.
    for (const i of [1, 0, 3, 2, 5, 4]) {
      gates[i]!.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      expect(running).toBeLessThanOrEqual(2);
    }
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(slots.active).toBe(0);
  });

  it('frees the slot when a task fails', async () => {
    const slots = createSemaphore(1);
    await expect(slots.run(async () => Promise.reject(new Error('decode failed')))).rejects.toThrow('decode failed');
    expect(await slots.run(async () => 'next')).toBe('next');
    expect(slots.active).toBe(0);
  });

  it('refuses a semaphore without slots', () => {
    expect(() => createSemaphore(0)).toThrow(RangeError);
  });
});
