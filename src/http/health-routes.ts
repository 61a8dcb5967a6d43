/**
 * Health checks for load balancers and orchestrators:
 * - `/healthz` (liveness): the process answers. It touches nothing slow, so
 *   a busy database never gets a healthy process restarted.
 * - `/readyz` (readiness): this node should get traffic — the store answers a
 *   query, its migrations are exactly this code's, it hears other processes'
 *   events (Redis, the PostgreSQL LISTEN connection or the SQLite outbox: a
 *   node deaf to them would keep serving pages they purge), and the node is
 *   not draining for a shutdown. Otherwise a 503 with the reasons, so the
 *   balancer sends readers elsewhere.
 * Neither is cached anywhere.
 */
import type { FastifyInstance } from 'fastify';
import type { EventTransport } from '../events/event-transport.js';
import type { StoreHealth } from '../operations/ports.js';

export interface Readiness {
  health: StoreHealth;
  /** How this process hears the others (src/events/event-transport.ts). */
  events?: Pick<EventTransport, 'kind' | 'connected'>;
  /** True from SIGTERM on (src/main.ts). */
  draining: () => boolean;
}

export interface ReadinessReport {
  ready: boolean;
  checks: { store: string; migrations: string; events?: string; draining: boolean };
  reasons: string[];
  /** Why the store failed, for the log only: a driver's message can name hosts and users. */
  storeError?: unknown;
}

const DEAF: Record<EventTransport['kind'], string> = {
  redis: 'Redis is not connected',
  postgres: 'The PostgreSQL connection listening for events is down',
  outbox: 'The event outbox cannot be read',
};

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
  if (deps.events) {
    checks.events = deps.events.connected() ? 'ok' : 'disconnected';
    if (checks.events !== 'ok') reasons.push(`${DEAF[deps.events.kind]}: this node would miss other nodes' purges and serve stale pages.`);
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
