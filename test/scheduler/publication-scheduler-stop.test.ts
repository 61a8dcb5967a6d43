/** Graceful shutdown waits for the scheduler's pass in hand, and counts passes for /metrics. */
import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../../src/operations/context.js';
import { createPublicationScheduler } from '../../src/scheduler/publication-scheduler.js';
import { createEventBus } from '../../src/events/event-bus.js';

describe('stopping the publication scheduler', () => {
  it('resolves only once the pass in hand has finished, and reports each pass', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const store = {
      listDueScheduled: async () => {
        await gate;
        return [];
      },
      listEmbargoReleases: async () => [],
    } as unknown as OperationContext['store'];
    const passes: string[] = [];
    const scheduler = createPublicationScheduler({ store, events: createEventBus(), now: () => new Date() }, {
      intervalMs: 0, onPass: (outcome, published) => passes.push(`${outcome}:${published}`),
    });
    const pass = scheduler.tick();
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await pass).toEqual([]);
    expect(stopped).toBe(true);
    expect(passes).toEqual(['ok:0']);
  });
});
