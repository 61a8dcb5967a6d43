/**
 * Limits failed sign-ins per account (email as typed, known or not, so the
 * limit reveals nothing about which accounts exist) and per IP address, over
 * sliding windows. Attempts live in the database, so every node sees the same
 * counts.
 *
 * An attempt is recorded as a failure *before* the password is checked and
 * forgotten on success: otherwise a burst of simultaneous guesses would all
 * pass the count while the slow hash runs. Each attempt counts only rows up to
 * its own id, so of N simultaneous attempts at most the limit go ahead. A
 * refused attempt removes its row, so the block lifts on time even under a
 * steady attack.
 */
import { HeraldError } from '../domain/errors.js';
import type { LoginAttemptStore } from '../operations/account-ports.js';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perIp: 20, windowMs: 15 * 60_000 };

export interface LoginAttempt {
  /** The password was right: this attempt is not a failure after all. */
  succeeded(): Promise<void>;
}

export interface LoginRateLimiter {
  /** Registers an attempt (as failed until `succeeded`), or throws HERALD_RATE_LIMITED (429, details.retryAfterSeconds). */
  begin(email: string, ip: string): Promise<LoginAttempt>;
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
  const { attempts } = deps;
  const limits = deps.limits ?? DEFAULT_LOGIN_LIMITS;
  return {
    async begin(email, ip) {
      const now = deps.now();
      const since = new Date(now.getTime() - limits.windowMs).toISOString();
      await attempts.pruneLoginFailures(since);
      const id = await attempts.recordLoginFailure({ at: now.toISOString(), email, ip });
      const upToOurs = (rows: { id: number; at: string }[]) => rows.filter((r) => r.id <= id).map((r) => r.at);
      const [byEmail, byIp] = await Promise.all([
        attempts.loginFailuresSince({ email }, since),
        attempts.loginFailuresSince({ ip }, since),
      ]);
      // Our own row is included, so "limit + 1 rows" means the limit was already reached before us.
      const wait = Math.max(
        secondsUntilUnblocked(upToOurs(byEmail), limits.perAccount + 1, limits.windowMs, now),
        secondsUntilUnblocked(upToOurs(byIp), limits.perIp + 1, limits.windowMs, now),
      );
      if (wait === 0) return { succeeded: () => attempts.deleteLoginAttempt(id) };
      await attempts.deleteLoginAttempt(id);
      const minutes = Math.ceil(wait / 60);
      throw new HeraldError(
        'HERALD_RATE_LIMITED',
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { details: { retryAfterSeconds: wait } },
      );
    },
  };
}
