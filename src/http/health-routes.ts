/**
 * Health checks for load balancers and orchestrators:
 * - `/healthz` (liveness): the process answers. It touches nothing slow, so
 *   a busy database never gets a healthy process restarted.
 * - `/readyz` (readiness): this node should get traffic — the store answers a
 *   query, its migrations are exactly this code's, Redis is connected when
 *   configured, and the node is not draining for a shutdown. Otherwise a 503
 *   with the reasons, so the balancer sends readers elsewhere.
 * Neither is cached anywhere.
 */
import type { FastifyInstance } from 'fastify';
import type { StoreHealth } from '../operations/ports.js';

export interface Readiness {
  health: StoreHealth;
  /** Present when REDIS_URL is set. */
  redisConnected?: () => boolean;
  /** True from SIGTERM on (src/main.ts). */
  draining: () => boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: { store: string; migrations: string; redis?: string; draining: boolean };
  reasons: string[];
  /** Why the store failed, for the log only: a driver's message can name hosts and users. */
  storeError?: unknown;
}

/** A hung store must not hang the probe: past this, it counts as not answering. */
const STORE_PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(deps: Readiness): Promise<ReadinessReport> {
  const reasons: string[] = [];
  let storeError: unknown;
  const checks: ReadinessReport['checks'] = { store: 'ok', migrations: 'ok', draining: deps.draining() };
  if (checks.draining) reasons.push('This node is shutting down.');
  try {
    const { pendingMigrations, unknownMigrations } = await withTimeout(deps.health.check(), STORE_PROBE_TIMEOUT_MS);
    if (pendingMigrations.length > 0) {
      checks.migrations = 'pending';
      reasons.push(`Migrations not applied: ${pendingMigrations.join(', ')}.`);
    } else if (unknownMigrations.length > 0) {
      checks.migrations = 'newer';
      reasons.push(`The store has migrations this code does not know (${unknownMigrations.join(', ')}): newer code migrated it.`);
    }
  } catch (error) {
    checks.store = 'failing';
    checks.migrations = 'unknown';
    storeError = error;
    reasons.push('The store does not answer a query (the log has the error).');
  }
  if (deps.redisConnected) {
    checks.redis = deps.redisConnected() ? 'ok' : 'disconnected';
    if (checks.redis !== 'ok') reasons.push('Redis is not connected: this node would miss other nodes\' purges.');
  }
  return { ready: reasons.length === 0, checks, reasons, ...(storeError === undefined ? {} : { storeError }) };
}

export function registerHealthRoutes(app: FastifyInstance, readiness: () => Readiness | null): void {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });
  app.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const deps = readiness();
    // The app registers the routes before the store-side checks exist; until then it is not ready.
    if (!deps) return reply.code(503).send({ status: 'starting', reasons: ['This node is still starting.'] });
    const { storeError, ...report } = await checkReadiness(deps);
    if (storeError !== undefined) request.log.error({ err: storeError }, 'readiness: the store does not answer');
    return reply.code(report.ready ? 200 : 503).send({ status: report.ready ? 'ready' : 'unavailable', ...report });
  });
}
