/**
 * Webhook settings, validated at start-up:
 *
 * - `HERALD_WEBHOOK_ALLOW_PRIVATE`: unset or `false` refuses targets on
 *   loopback, private, link-local and unique-local addresses and any URL that
 *   is not https (no server-side request forgery through an admin's form);
 *   `true` allows every address and plain http (local development, tests);
 *   a comma-separated list of addresses or CIDR ranges (`10.1.2.3,fd00::/8`)
 *   allows just those, still over https only.
 * - `HERALD_WEBHOOK_INTERVAL_MS`: how often due deliveries are looked for
 *   (default 2000; `0` turns this node's dispatcher off).
 */
import net from 'node:net';
import { HeraldError } from '../domain/errors.js';

export interface WebhookConfig {
  webhooks: {
    /** Every address and plain http allowed. */
    allowPrivate: boolean;
    /** Internal ranges allowed even when `allowPrivate` is false, as [address, prefix]. */
    allowedRanges: [string, number][];
    intervalMs: number;
  };
}

function parseRange(entry: string): [string, number] {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = net.isIP(address);
  const max = version === 4 ? 32 : 128;
  const bits = prefix === undefined ? max : Number(prefix);
  if (version === 0 || rest.length > 0 || !Number.isInteger(bits) || bits < 0 || bits > max || (prefix !== undefined && !/^\d{1,3}$/.test(prefix)))
    throw new HeraldError('HERALD_CONFIG', `Invalid configuration: HERALD_WEBHOOK_ALLOW_PRIVATE: "${entry}" is not true, false or an IP address or CIDR range (e.g. 10.0.0.0/8)`);
  return [address, bits];
}

export function loadWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const raw = (env.HERALD_WEBHOOK_ALLOW_PRIVATE ?? '').trim();
  const flag = raw.toLowerCase();
  const allowPrivate = ['true', '1', 'yes', 'on'].includes(flag);
  const off = flag === '' || ['false', '0', 'no', 'off'].includes(flag);
  const allowedRanges = allowPrivate || off ? [] : raw.split(',').map((e) => e.trim()).filter(Boolean).map(parseRange);
  const interval = env.HERALD_WEBHOOK_INTERVAL_MS ?? '2000';
  const intervalMs = Number(interval);
  if (!/^\d+$/.test(interval) || intervalMs > 3_600_000)
    throw new HeraldError('HERALD_CONFIG', 'Invalid configuration: HERALD_WEBHOOK_INTERVAL_MS: must be a whole number of milliseconds from 0 to 3600000');
  return { webhooks: { allowPrivate, allowedRanges, intervalMs } };
}
