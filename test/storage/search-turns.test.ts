/** Turns on the search worker: first come first, an abandoned waiter leaves the line, a closing store fails the rest. */
import { describe, expect, it } from 'vitest';
import { searchTurns } from '../../src/storage/search/search-turns.js';

describe('search turns', () => {
  it('hands the worker on in arrival order, skipping a waiter whose caller gave up', async () => {
    const turns = searchTurns();
    const started: string[] = [];
    await turns.take();
    const second = new AbortController();
    const waits = [
      turns.take().then(() => started.push('first waiter')),
      turns.take(second.signal).then(() => started.push('second waiter')),
      turns.take().then(() => started.push('third waiter')),
    ];
    expect(turns.waiting()).toBe(3);
    second.abort();
    await expect(waits[1]).rejects.toMatchObject({ code: 'HERALD_ABORTED', status: 499 });
    expect(turns.waiting()).toBe(2);
    expect(started).toEqual([]); // the holder has not passed: nobody skipped ahead

    turns.pass();
    await waits[0];
    expect(started).toEqual(['first waiter']);
    turns.pass();
    await waits[2];
    expect(started).toEqual(['first waiter', 'third waiter']);
    turns.pass();
    // Free again: the next caller has the worker at once.
    await turns.take();
    expect(turns.waiting()).toBe(0);
  });

  it('refuses a caller that has already given up, and fails everyone waiting when told to', async () => {
    const turns = searchTurns();
    const gone = new AbortController();
    gone.abort();
    await expect(turns.take(gone.signal)).rejects.toMatchObject({ code: 'HERALD_ABORTED' });
    await turns.take(); // the refused caller did not take the free worker
    const waiting = [turns.take(), turns.take()];
    turns.failWaiting(new Error('closing'));
    await expect(Promise.all(waiting)).rejects.toThrow('closing');
    expect(turns.waiting()).toBe(0);
  });
});
