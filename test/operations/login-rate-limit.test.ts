/** Rate limiter windows against the real account store on every store kind, with a hand-driven clock. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beginLoginAttempt, secondsUntilUnblocked } from '../../src/operations/login-rate-limit.js';
import { HeraldError } from '../../src/domain/errors.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const MINUTE = 60_000;

async function rejection(promise: Promise<unknown>): Promise<HeraldError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof HeraldError)) throw new Error(`expected a HeraldError, got ${String(error)}`);
  return error;
}

describe('secondsUntilUnblocked', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * MINUTE).toISOString();
  it('is 0 below the limit and otherwise waits for the deciding failure to leave the window', () => {
    expect(secondsUntilUnblocked([at(1), at(2)].reverse(), 5, 15 * MINUTE, now)).toBe(0);
    expect(secondsUntilUnblocked([at(10), at(4), at(3), at(2), at(1)], 5, 15 * MINUTE, now)).toBe(5 * 60);
    expect(secondsUntilUnblocked([at(14), at(10), at(4), at(3), at(2), at(1)], 5, 15 * MINUTE, now)).toBe(5 * 60);
  });
});

for (const kind of testStoreKinds) {
  describe(`login rate limiter on ${kind.name}`, () => {
    let handle: TestStore;
    let clock = Date.parse('2026-03-01T12:00:00.000Z');
    const now = () => new Date(clock);
    const begin = (email: string, ip: string) => beginLoginAttempt({ store: handle.store, now }, email, ip);
    beforeAll(async () => {
      handle = await kind.open();
    });
    afterAll(async () => handle.dispose());

    it('blocks an account after 5 failures in 15 minutes, from any IP, and lets it in once the window has passed', async () => {
      for (let i = 0; i < 5; i++) {
        await begin('ann@x.example', `198.51.100.${i}`);
        clock += MINUTE;
      }
      const error = await rejection(begin('ann@x.example', '198.51.100.99'));
      expect(error.code).toBe('HERALD_RATE_LIMITED');
      expect(error.status).toBe(429);
      expect(error.details?.retryAfterSeconds).toBe(10 * 60);
      await (await begin('bob@x.example', '198.51.100.99')).succeeded();
      clock += 10 * MINUTE - 1000;
      await expect(begin('ann@x.example', '198.51.100.99')).rejects.toThrow(/Try again in 1 minute\./);
      clock += 1000;
      await expect(begin('ann@x.example', '198.51.100.99')).resolves.toBeDefined();
    });

    it('does not count successful attempts, nor refused ones (so a block lifts on time under attack)', async () => {
      clock += 60 * MINUTE;
      for (let i = 0; i < 10; i++) await (await begin('carol@x.example', '192.0.2.10')).succeeded();
      for (let i = 0; i < 5; i++) await begin('carol@x.example', '192.0.2.10');
      for (let i = 0; i < 10; i++) await expect(begin('carol@x.example', '192.0.2.10')).rejects.toMatchObject({ code: 'HERALD_RATE_LIMITED' });
      expect(await handle.store.accounts.loginFailuresSince({ email: 'carol@x.example' }, '1970-01-01T00:00:00.000Z')).toHaveLength(5);
    });

    it('lets at most the limit through when many attempts arrive at once', async () => {
      clock += 60 * MINUTE;
      await begin('dave@x.example', '192.0.2.20');
      const results = await Promise.allSettled(Array.from({ length: 12 }, () => begin('dave@x.example', '192.0.2.20')));
      expect(results.filter((r) => r.status === 'fulfilled').length).toBeLessThanOrEqual(4);
      expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThanOrEqual(8);
    });

    it('blocks an IP address after 20 failures in 15 minutes, whatever the emails', async () => {
      clock += 60 * MINUTE;
      for (let i = 0; i < 20; i++) await begin(`user${i}@x.example`, '203.0.113.7');
      await expect(begin('someone@x.example', '203.0.113.7')).rejects.toMatchObject({ code: 'HERALD_RATE_LIMITED' });
      await expect(begin('someone@x.example', '203.0.113.8')).resolves.toBeDefined();
      clock += 15 * MINUTE;
      await expect(begin('someone@x.example', '203.0.113.7')).resolves.toBeDefined();
    });

    it('prunes failures that have left the window', async () => {
      clock += 60 * MINUTE;
      await begin('late@x.example', '192.0.2.1');
      const everything = await handle.store.accounts.loginFailuresSince({ ip: '203.0.113.7' }, '1970-01-01T00:00:00.000Z');
      expect(everything).toEqual([]);
    });
  });
}
