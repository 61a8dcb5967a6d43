/**
 * Token buckets for the Content API, in memory and bounded: each client (an
 * API key's id, or an anonymous caller's IP address) has a bucket of
 * `capacity` tokens refilled at `perMinute`/60 a second; a request takes one.
 * The map holds at most `maxClients` buckets; beyond that the least recently
 * used goes first. Client-chosen values (IP addresses, invalid keys) can thus
 * never grow memory; the cost of eviction is that a forgotten client starts
 * again with a full bucket, which only ever errs towards serving.
 *
 * Per node: with several nodes behind a balancer, each enforces its own
 * limit (a client gets at most nodes × limit), which is acceptable for a
 * read-only API whose purpose is fairness, not billing.
 */

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until a token is available again (when refused). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(client: string): RateDecision;
  readonly size: number;
}

export function createRateLimiter(options: { perMinute: number; maxClients: number; now: () => number }): RateLimiter {
  const capacity = Math.max(1, options.perMinute);
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  return {
    take(client) {
      const now = options.now();
      const bucket = buckets.get(client) ?? { tokens: capacity, at: now };
      // A clock going backwards (tests, NTP steps) must not mint tokens.
      bucket.tokens = Math.min(capacity, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
      bucket.at = Math.max(bucket.at, now);
      buckets.delete(client);
      buckets.set(client, bucket);
      while (buckets.size > options.maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest === undefined) break;
        buckets.delete(oldest);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true, limit: capacity, remaining: Math.floor(bucket.tokens), retryAfterSeconds: 0 };
      }
      const retryAfterSeconds = perMs > 0 ? Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) : 60;
      return { allowed: false, limit: capacity, remaining: 0, retryAfterSeconds };
    },
    get size() {
      return buckets.size;
    },
  };
}
