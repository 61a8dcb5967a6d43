/**
 * Store query time for /metrics, measured by Kysely itself (its `log` hook
 * reports every query's duration, including failures), so both dialects are
 * timed the same way without wrapping their drivers.
 */
import type { KyselyConfig, LogEvent } from 'kysely';

/** Called once per query with its duration in seconds and whether it failed. */
export type QueryObserver = (seconds: number, failed: boolean) => void;

export function queryTimingLog(observer: QueryObserver | undefined): Pick<KyselyConfig, 'log'> {
  if (!observer) return {};
  return { log: (event: LogEvent) => observer(event.queryDurationMillis / 1000, event.level === 'error') };
}
