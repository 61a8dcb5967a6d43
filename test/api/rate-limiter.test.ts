/** The Content API's token buckets: refill by the injected clock, and a bounded map whatever clients send. */
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/api/v1/rate-limiter.js';

describe('Content API rate limiter', () => {
  it('gives each client its own bucket, refilled at the configured rate, never above capacity', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ perMinute: 6, maxClients: 10, now: () => now });
    const taken = Array.from({ length: 7 }, () => limiter.take('a').allowed);
    expect(taken).toEqual([true, true, true, true, true, true, false]);
    expect(limiter.take('b').allowed).toBe(true);
    const refused = limiter.take('a');
    expect(refused).toMatchObject({ allowed: false, remaining: 0, limit: 6 });
    expect(refused.retryAfterSeconds).toBe(10);
    now += 10_000;
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    now -= 60_000; // a clock stepping back mints nothing
    expect(limiter.take('a').allowed).toBe(false);
    now += 3_600_000;
    expect(limiter.take('a').remaining).toBe(5);
  });

  it('holds at most maxClients buckets, however many addresses or keys arrive', () => {
    const limiter = createRateLimiter({ perMinute: 60, maxClients: 100, now: () => 0 });
    for (let i = 0; i < 10_000; i++) limiter.take(`ip:10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size).toBe(100);
  });
});
