/**
 * Limits failed sign-ins per account (email as typed, known or not, so the
 * limit reveals nothing about which accounts exist) and per IP address, over
 * sliding windows. Failures live in the database, so every node sees the same
 * counts; only failures count, and a blocked attempt is neither checked nor
 * recorded, so the block lifts on time even under a steady attack.
 */
import { HeraldError } from '../domain/errors.js';
import type { LoginAttemptStore } from './account-ports.js';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perIp: 20, windowMs: 15 * 60_000 };

export interface LoginRateLimiter {
  /** Throws HERALD_RATE_LIMITED (429, details.retryAfterSeconds) when either limit is reached. */
  check(email: string, ip: string): Promise<void>;
  recordFailure(email: string, ip: string): Promise<void>;
}

/** Seconds until the oldest failure that keeps the count at `max` leaves the window; 0 when not blocked. */
export function secondsUntilUnblocked(failureTimes: string[], max: number, windowMs: number, now: Date): number {
  if (failureTimes.length < max) return 0;
  const deciding = failureTimes[failureTimes.length - max] as string;
  return Math.max(1, Math.ceil((Date.parse(deciding) + windowMs - now.getTime()) / 1000));
}

export function createLoginRateLimiter(deps: {
  attempts: LoginAttemptStore;
  now: () => Date;
  limits?: LoginLimits;
}): LoginRateLimiter {
  const limits = deps.limits ?? DEFAULT_LOGIN_LIMITS;
  return {
    async check(email, ip) {
      const now = deps.now();
      const since = new Date(now.getTime() - limits.windowMs).toISOString();
      const [byEmail, byIp] = await Promise.all([
        deps.attempts.loginFailuresSince({ email }, since),
        deps.attempts.loginFailuresSince({ ip }, since),
      ]);
      const wait = Math.max(
        secondsUntilUnblocked(byEmail, limits.perAccount, limits.windowMs, now),
        secondsUntilUnblocked(byIp, limits.perIp, limits.windowMs, now),
      );
      if (wait === 0) return;
      const minutes = Math.ceil(wait / 60);
      throw new HeraldError(
        'HERALD_RATE_LIMITED',
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { details: { retryAfterSeconds: wait } },
      );
    },

    async recordFailure(email, ip) {
      const now = deps.now();
      await deps.attempts.pruneLoginFailures(new Date(now.getTime() - limits.windowMs).toISOString());
      await deps.attempts.recordLoginFailure({ at: now.toISOString(), email, ip });
    },
  };
}
