/** The leader lease on both stores: never two holders at once; a dead holder's lease is taken after it expires. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeaderLease } from '../../src/cluster/leader-lease.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

describe.each(testStoreKinds)('leader lease ($name)', (kind) => {
  let handle: TestStore;
  beforeAll(async () => {
    handle = await kind.open();
  });
  afterAll(() => handle.dispose());

  it('has at most one holder at every instant, and hands over only after expiry', async () => {
    let clock = Date.parse('2026-03-01T10:00:00Z');
    const now = () => new Date(clock);
    const options = { name: 'test-overlap', ttlMs: 10_000, renewEveryMs: 0, now };
    const a = createLeaderLease(handle.store.cluster.leases, { ...options, holder: 'a' });
    const b = createLeaderLease(handle.store.cluster.leases, { ...options, holder: 'b' });
    expect(await a.renew()).toBe(true);
    expect(await b.renew()).toBe(false);
    // A renews within its lifetime: B keeps failing however often it asks.
    for (let step = 0; step < 10; step++) {
      clock += 3_000;
      if (step % 2 === 0) expect(await a.renew()).toBe(true);
      expect(await b.renew()).toBe(false);
      expect(a.held() && b.held()).toBe(false);
    }
    // A dies (stops renewing; its last renewal was 3 s ago): until its lease runs out B is refused, then B takes over.
    clock += 6_000;
    expect(await b.renew()).toBe(false);
    expect(a.held()).toBe(true);
    clock += 1_001;
    expect(a.held()).toBe(false);
    expect(await b.renew()).toBe(true);
    expect(b.held()).toBe(true);
    // A coming back finds the lease taken.
    expect(await a.renew()).toBe(false);
  });

  it('a holder that stops gives the lease up at once', async () => {
    const now = () => new Date('2026-03-01T10:00:00Z');
    const options = { name: 'test-release', ttlMs: 60_000, renewEveryMs: 0, now };
    const a = createLeaderLease(handle.store.cluster.leases, { ...options, holder: 'a' });
    const b = createLeaderLease(handle.store.cluster.leases, { ...options, holder: 'b' });
    expect(await a.renew()).toBe(true);
    await a.stop();
    expect(a.held()).toBe(false);
    expect(await b.renew()).toBe(true);
  });

  it('two contenders asking at the same moment: exactly one wins', async () => {
    const now = () => new Date('2026-03-01T11:00:00Z');
    const contenders = Array.from({ length: 8 }, (_, i) =>
      createLeaderLease(handle.store.cluster.leases, { name: 'test-race', ttlMs: 10_000, renewEveryMs: 0, now, holder: `h${i}` }));
    const results = await Promise.all(contenders.map((lease) => lease.renew()));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
