/**
 * Configuration: defaults, then environment variables, validated once at
 * start-up so a bad value stops the process with a message that says which
 * variable is wrong and why.
 */
import path from 'node:path';
import { z } from 'zod';
import { HeraldError } from '../domain/errors.js';
import { loadWireConfig, type WireConfig } from './wire-sources.js';

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
  schedulerIntervalMs: z.coerce.number().int().min(0).max(3_600_000),
});

// Wire desk: HERALD_WIRE_SOURCES and HERALD_WIRE_PICTURE_HOSTS, validated in src/config/wire-sources.ts.
export type HeraldConfig = z.infer<typeof configSchema> & { publicUrl: string } & WireConfig;

const truthy = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : !['0', 'false', 'no', 'off'].includes(value.toLowerCase());

export function loadConfig(env: NodeJS.ProcessEnv = process.env): HeraldConfig {
  const raw = {
    port: env.PORT ?? '3000',
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.HERALD_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    publicUrl: env.HERALD_PUBLIC_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    seedDemo: truthy(env.HERALD_SEED_DEMO, true),
    logLevel: env.LOG_LEVEL ?? 'info',
    pageCache: truthy(env.HERALD_PAGE_CACHE, true),
    maxImageBytes: env.HERALD_MAX_IMAGE_BYTES ?? String(15 * 1024 * 1024),
    schedulerIntervalMs: env.HERALD_SCHEDULER_INTERVAL_MS ?? '1000',
  };
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const names: Record<string, string> = {
      port: 'PORT', host: 'HOST', dataDir: 'HERALD_DATA_DIR', databaseUrl: 'DATABASE_URL',
      publicUrl: 'HERALD_PUBLIC_URL', redisUrl: 'REDIS_URL', logLevel: 'LOG_LEVEL', maxImageBytes: 'HERALD_MAX_IMAGE_BYTES',
      schedulerIntervalMs: 'HERALD_SCHEDULER_INTERVAL_MS',
    };
    const problems = parsed.error.issues
      .map((issue) => `${names[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`)
      .join('; ');
    throw new HeraldError('HERALD_CONFIG', `Invalid configuration: ${problems}`);
  }
  const config = parsed.data;
  const displayHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  return { ...config, ...loadWireConfig(env), publicUrl: (config.publicUrl ?? `http://${displayHost}:${config.port}`).replace(/\/$/, '') };
}
