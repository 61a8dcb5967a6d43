/**
 * Limits failed sign-ins per account (email as typed, known or not, so the
 * limit reveals nothing about which accounts exist) and per IP address, over
 * sliding windows. Attempts live in the database, so every node sees the same
 * counts.
 *
 * An attempt is recorded as a failure *before* the password is checked and
 * forgotten on success: otherwise a burst of simultaneous guesses would all
 * pass the count while the slow hash runs. The row is committed before the
 * counts are read (so simultaneous attempts see each other), and each attempt
 * counts only rows up to its own id, so of N simultaneous attempts at most the
 * limit go ahead. A refused attempt removes its row, so the block lifts on
 * time even under a steady attack.
 */
import { HeraldError } from '../domain/errors.js';
import type { LoginAttemptStore } from './account-ports.js';
import type { OperationContext } from './context.js';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perIp: 20, windowMs: 15 * 60_000 };

export type LoginLimitContext = Pick<OperationContext, 'store' | 'now'> & { limits?: LoginLimits | undefined };

export interface LoginAttempt {
  /** The attempt's row, so a successful sign-in can forget it in its own transaction. */
  id: number;
  /** The password was right: this attempt is not a failure after all. */
  succeeded(): Promise<void>;
}

/** Seconds until the oldest failure that keeps the count at `max` leaves the window; 0 when not blocked. */
export function secondsUntilUnblocked(failureTimes: string[], max: number, windowMs: number, now: Date): number {
  if (failureTimes.length < max) return 0;
  const deciding = failureTimes[failureTimes.length - max] as string;
  return Math.max(1, Math.ceil((Date.parse(deciding) + windowMs - now.getTime()) / 1000));
}

/** Registers an attempt (as failed until `succeeded`), or throws HERALD_RATE_LIMITED (429, details.retryAfterSeconds). */
export async function beginLoginAttempt(ctx: LoginLimitContext, email: string, ip: string): Promise<LoginAttempt> {
  const attempts: LoginAttemptStore = ctx.store.accounts;
  const limits = ctx.limits ?? DEFAULT_LOGIN_LIMITS;
  const now = ctx.now();
  const since = new Date(now.getTime() - limits.windowMs).toISOString();
  const id = await ctx.store.transaction(async (tx) => {
    await tx.accounts.pruneLoginFailures(since);
    return tx.accounts.recordLoginFailure({ at: now.toISOString(), email, ip });
  });
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
  if (wait === 0) return { id, succeeded: () => attempts.deleteLoginAttempt(id) };
  await attempts.deleteLoginAttempt(id);
  const minutes = Math.ceil(wait / 60);
  throw new HeraldError(
    'HERALD_RATE_LIMITED',
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { details: { retryAfterSeconds: wait } },
  );
}
