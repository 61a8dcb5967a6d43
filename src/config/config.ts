/**
 * Configuration: defaults, then environment variables, validated once at
 * start-up so a bad value stops the process with a message that says which
 * variable is wrong and why.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { HeraldError } from '../domain/errors.js';
import { loadWireConfig, type WireConfig } from './wire-sources.js';
import { loadWebhookConfig, type WebhookConfig } from './webhook-config.js';
import { loadContentApiConfig, type ContentApiConfig } from './content-api-config.js';
import { loadOperationsConfig, type OperationsConfig } from './operations-config.js';
import { loadBackupConfig, type BackupConfig } from './backup-config.js';
import { loadHttpCacheConfig, type HttpCacheConfig } from './http-cache-config.js';
import { loadMediaConfig, type MediaConfig } from './media-config.js';

/** An IPv4/IPv6 address, or one with a prefix length (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrCidr(value: string): boolean {
  const [address = '', prefix, ...rest] = value.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const portSchema = z.coerce.number().int().min(0).max(65535);

const configSchema = z.object({
  port: portSchema,
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave unset for the embedded SQLite store)')
    .optional(),
  publicUrl: z.string().url().optional(),
  redisUrl: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  seedDemo: z.boolean(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  pageCache: z.boolean(),
  maxImageBytes: z.coerce.number().int().min(1024).max(200 * 1024 * 1024),
  // Decoded, a picture takes about 4 bytes a pixel: 40 MP is ~160 MB per upload being processed (two at a time).
  maxImagePixels: z.coerce.number().int().min(1_000_000).max(268_402_689),
  schedulerIntervalMs: z.coerce.number().int().min(0).max(3_600_000),
  // Only these peers may set X-Forwarded-For/-Proto; anyone else could pick the IP the login limit counts.
  trustedProxies: z.array(z.string().refine(isAddressOrCidr, {
    error: (issue) => `"${String(issue.input)}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)`,
  })),
  pageCacheMaxBytes: z.coerce.number().int().min(64 * 1024),
  // Quarantined wire files are evidence for a while, then only disk: 0 days keeps them forever, 0 bytes sets no cap.
  quarantineRetentionDays: z.coerce.number().int().min(0).max(36_500),
  quarantineMaxBytes: z.coerce.number().int().min(0),
});

// Wire desk: HERALD_WIRE_SOURCES and HERALD_WIRE_PICTURE_HOSTS, validated in src/config/wire-sources.ts.
export type HeraldConfig = z.infer<typeof configSchema> & { publicUrl: string } & WireConfig & WebhookConfig & ContentApiConfig & OperationsConfig & BackupConfig & HttpCacheConfig & MediaConfig;

// A switch: unset or empty keeps the default; anything but these words stops the start, naming the
// variable (a typo such as HERALD_SEED_DEMO=flase must not silently mean "on").
const truthy = (value: string | undefined, fallback: boolean, variable: string): boolean => {
  if (value === undefined || value.trim() === '') return fallback;
  const word = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(word)) return true;
  if (['0', 'false', 'no', 'off'].includes(word)) return false;
  throw new HeraldError('HERALD_CONFIG', `Invalid configuration: ${variable}: "${value}" is not true or false (also accepted: 1/0, yes/no, on/off)`);
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HeraldConfig {
  const raw = {
    port: env.PORT ?? '3000',
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.HERALD_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.HERALD_PUBLIC_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    seedDemo: truthy(env.HERALD_SEED_DEMO, true, 'HERALD_SEED_DEMO'),
    logLevel: env.LOG_LEVEL ?? 'info',
    pageCache: truthy(env.HERALD_PAGE_CACHE, true, 'HERALD_PAGE_CACHE'),
    maxImageBytes: env.HERALD_MAX_IMAGE_BYTES ?? String(15 * 1024 * 1024),
    maxImagePixels: env.HERALD_MAX_IMAGE_PIXELS || '40000000',
    schedulerIntervalMs: env.HERALD_SCHEDULER_INTERVAL_MS ?? '1000',
    trustedProxies: (env.HERALD_TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''),
    pageCacheMaxBytes: env.HERALD_PAGE_CACHE_MAX_BYTES || String(64 * 1024 * 1024),
    quarantineRetentionDays: env.HERALD_QUARANTINE_RETENTION_DAYS || '30',
    quarantineMaxBytes: env.HERALD_QUARANTINE_MAX_BYTES || String(1024 * 1024 * 1024),
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = {
      port: 'PORT', host: 'HOST', dataDir: 'HERALD_DATA_DIR', databaseUrl: 'DATABASE_URL',
      publicUrl: 'HERALD_PUBLIC_URL', redisUrl: 'REDIS_URL', logLevel: 'LOG_LEVEL', maxImageBytes: 'HERALD_MAX_IMAGE_BYTES',
      maxImagePixels: 'HERALD_MAX_IMAGE_PIXELS',
      schedulerIntervalMs: 'HERALD_SCHEDULER_INTERVAL_MS',
      trustedProxies: 'HERALD_TRUSTED_PROXIES', pageCacheMaxBytes: 'HERALD_PAGE_CACHE_MAX_BYTES',
      quarantineRetentionDays: 'HERALD_QUARANTINE_RETENTION_DAYS', quarantineMaxBytes: 'HERALD_QUARANTINE_MAX_BYTES',
    };
    const problems = parsed.error.issues
      .map((issue) => `${names[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`)
      .join('; ');
    throw new HeraldError('HERALD_CONFIG', `Invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  const displayHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { ...config, ...loadWireConfig(env), ...loadWebhookConfig(env), ...loadContentApiConfig(env), ...loadOperationsConfig(env), ...loadBackupConfig(env), ...loadHttpCacheConfig(env), ...loadMediaConfig(env), publicUrl: (config.publicUrl ?? `http://${displayHost}:${config.port}`).replace(/\/$/, '') };
}
