/**
 * One process of all those sharing a store runs the timers (scheduler,
 * scheduled backups, webhook dispatcher, wire folders and polled feeds): the holder of a lease
 * row in the store, renewed every third of its lifetime. A holder that dies
 * stops renewing, and another process takes the lease once it has expired; a
 * holder that cannot renew in time stops acting as holder before its lease
 * runs out, so two holders never act at once (docs/adr/0008-cross-process-events.md).
 */
import type { LeaseStore } from '../operations/cluster-ports.js';

export interface LeaderLease {
  readonly holder: string;
  /** True while this process holds an unexpired lease. */
  held(): boolean;
  /** One acquire-or-renew now (also what the timer runs). */
  renew(): Promise<boolean>;
  /** Stops renewing and gives the lease up, so another process takes over at once. */
  stop(): Promise<void>;
}

export interface LeaderLeaseOptions {
  name?: string;
  holder: string;
  ttlMs?: number;
  now?: () => Date;
  /** 0 runs no timer: call `renew()` (tests). */
  renewEveryMs?: number;
  onChange?: (held: boolean) => void;
  onError?: (error: unknown) => void;
}

export const DEFAULT_LEASE_TTL_MS = 15_000;

export function createLeaderLease(leases: LeaseStore, options: LeaderLeaseOptions): LeaderLease {
  const name = options.name ?? 'leader';
  const ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const now = options.now ?? (() => new Date());
  // Our own view of the expiry, measured from before the store was asked, so it never outlasts the store's.
  let heldUntil = 0;
  let stopped = false;
  const held = () => !stopped && now().getTime() < heldUntil;

  const renew = async () => {
    if (stopped) return false;
    const wasHeld = held();
    const asked = now();
    let ok = false;
    try {
      ok = await leases.acquire(name, options.holder, asked, new Date(asked.getTime() + ttlMs));
    } catch (error) {
      options.onError?.(error);
    }
    if (stopped) return false;
    heldUntil = ok ? asked.getTime() + ttlMs : 0;
    if (held() !== wasHeld) options.onChange?.(held());
    return held();
  };

  const every = options.renewEveryMs ?? Math.floor(ttlMs / 3);
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = every > 0 ? setInterval(() => void (renewing = renew()), every) : null;
  timer?.unref();
  return {
    holder: options.holder,
    held,
    renew,
    async stop() {
      if (timer) clearInterval(timer);
      await renewing;
      const wasHeld = held();
      stopped = true;
      if (wasHeld) await leases.release(name, options.holder).catch((error: unknown) => options.onError?.(error));
    },
  };
}

/**
 * Runs `work` every `everyMs` while this process holds the lease; never two
 * runs at once. Resolves `stop()` once a run in hand has finished.
 */
export function whileLeader(lease: Pick<LeaderLease, 'held'>, everyMs: number, work: () => Promise<unknown>, onError?: (error: unknown) => void) {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    if (stopped || everyMs <= 0) return;
    timer = setTimeout(() => {
      running = (lease.held() ? work().catch((error: unknown) => onError?.(error)) : Promise.resolve()).finally(schedule);
    }, everyMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
