/**
 * Settings for running Herald in production, validated at start-up:
 *
 * - `HERALD_METRICS_TOKEN`: `/metrics` answers only with
 *   `Authorization: Bearer <token>`; unset, `/metrics` is a 404 on the public
 *   port (metrics name internals an outsider has no business seeing).
 * - `HERALD_METRICS_ADDRESS`: `host:port` of a second listener that serves
 *   only `/metrics` (and the health checks), without a token, for a scraper on
 *   a private network.
 * - `HERALD_SHUTDOWN_TIMEOUT_MS`: how long SIGTERM waits for requests in
 *   flight before closing the remaining connections (default 10000).
 */
import { HeraldError } from '../domain/errors.js';

export interface OperationsConfig {
  operations: {
    metricsToken: string | null;
    metricsAddress: { host: string; port: number } | null;
    shutdownTimeoutMs: number;
  };
}

const invalid = (variable: string, problem: string) =>
  new HeraldError('HERALD_CONFIG', `Invalid configuration: ${variable}: ${problem}`);

function parseAddress(raw: string): { host: string; port: number } {
  // `[::1]:9100` for IPv6, `127.0.0.1:9100` or `metrics.internal:9100` otherwise.
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s]+)):(\d{1,5})$/.exec(raw);
  const port = Number(match?.[3]);
  if (!match || port > 65535)
    throw invalid('HERALD_METRICS_ADDRESS', `"${raw}" is not host:port (e.g. 127.0.0.1:9100 or [::1]:9100)`);
  return { host: match[1] ?? match[2] ?? '', port };
}

export function loadOperationsConfig(env: NodeJS.ProcessEnv): OperationsConfig {
  const token = (env.HERALD_METRICS_TOKEN ?? '').trim();
  // A short token is guessable by anyone who can reach the port.
  if (token !== '' && token.length < 16) throw invalid('HERALD_METRICS_TOKEN', 'must be at least 16 characters');
  const address = (env.HERALD_METRICS_ADDRESS ?? '').trim();
  const timeout = (env.HERALD_SHUTDOWN_TIMEOUT_MS ?? '').trim() || '10000';
  if (!/^\d+$/.test(timeout) || Number(timeout) > 600_000)
    throw invalid('HERALD_SHUTDOWN_TIMEOUT_MS', 'must be a whole number of milliseconds from 0 to 600000');
  return {
    operations: {
      metricsToken: token === '' ? null : token,
      metricsAddress: address === '' ? null : parseAddress(address),
      shutdownTimeoutMs: Number(timeout),
    },
  };
}
