/**
 * Builds and wires everything at start-up: configuration → storage (migrated
 * forward) → demo seed on an empty store → site directory → page cache and
 * event subscriptions → HTTP server. Nothing is built on the first request.
 */
import type { FastifyInstance } from 'fastify';
import { seedDemoAccounts } from './auth/demo-accounts.js';
import { installAccounts } from './api/admin/install-accounts.js';
import { registerAdminApi } from './api/admin/register-admin-api.js';
import { registerSearchRoute } from './api/v1/search-route.js';
import { registerContentApi } from './api/v1/register-content-api.js';
import { searchApiPath } from './api/v1/openapi.js';
import { hashPassword } from './auth/passwords.js';
import { registerAdminUi } from './http/admin-ui-routes.js';
import { installWireDesk, type WireDesk } from './api/ingest/install-wire-desk.js';
import { installWebhooks, type WebhookDeps } from './api/webhooks/install-webhooks.js';
import type { WebhookDispatcher } from './operations/deliver-webhooks.js';
import { createListingCountCache } from './cache/listing-count-cache.js';
import { createPageCache, surrogateKeys, type PageCache } from './cache/page-cache.js';
import type { HeraldConfig } from './config/config.js';
import { createCore } from './core.js';
import { logListenerErrorToStderr, type EventBus } from './events/event-bus.js';
import { bridgeEventsThroughRedis } from './events/redis-event-bridge.js';
import { createServer } from './http/create-server.js';
import { createHeraldMetrics, type HeraldMetrics } from './http/metrics.js';
import { startMetricsListener } from './http/metrics-routes.js';
import type { MediaStore } from './media/media-store.js';
import type { OperationContext } from './operations/context.js';
import type { Store } from './operations/ports.js';
import { demoNewsroom } from './seed/demo-content/index.js';
import { seedDemoNewsroom } from './seed/seed-demo.js';
import { loadStylesheet } from './site/assets/stylesheet.js';
import { getMessages } from './site/i18n/registry.js';
import { createPublicSite } from './site/public-site.js';
import { registerPublisherLogoRoute } from './http/publisher-logo-route.js';
import { purgeKeysForArticleEvent } from './site/page-purge-keys.js';
import { loadSiteDirectory, type SiteDirectory } from './site/site-directory.js';
import { createPublicationScheduler, type PublicationScheduler } from './scheduler/publication-scheduler.js';
import { createBackupScheduler } from './scheduler/backup-scheduler.js';

export interface HeraldApp {
  config: HeraldConfig;
  store: Store;
  events: EventBus;
  media: MediaStore;
  operations: OperationContext;
  pageCache: PageCache | null;
  server: FastifyInstance;
  /** True when this start seeded the demo newsroom into an empty store. */
  seeded: boolean;
  scheduler: PublicationScheduler;
  /** Wire desk: ingest, sources (folder, push, poll), SSE fan-out (src/api/ingest/install-wire-desk.ts). */
  wire: WireDesk;
  /** This node's webhook dispatcher (src/operations/deliver-webhooks.ts); `tick()` runs a pass now. */
  webhooks: WebhookDispatcher;
  /** Re-reads editions, sections, topics, authors and agencies. */
  reloadDirectory(): Promise<void>;
  /** /metrics (src/http/metrics.ts). */
  metrics: HeraldMetrics;
  /** From now on /readyz answers 503, so load balancers stop sending readers here (SIGTERM, src/main.ts). */
  drain(): void;
  /** Drains, finishes requests in flight, stops the scheduler and wire sources after the item in hand, closes the store. */
  close(): Promise<void>;
}

export interface AppOptions {
  now?: () => Date;
  /** Redis channel for cross-node events (tests isolate themselves with their own). */
  redisChannel?: string;
  /** Use this already-opened store instead of the configured one (tests). */
  store?: Store;
  /** Replace the webhook sender or DNS resolver (tests). */
  webhooks?: Pick<WebhookDeps, 'send' | 'resolve'>;
}

export async function createHeraldApp(config: HeraldConfig, options: AppOptions = {}): Promise<HeraldApp> {
  let server: FastifyInstance | undefined;
  const metrics = createHeraldMetrics();
  let draining = false;
  // Store, event bus, media and operations as the CLI builds them (src/core.ts). A subscriber failing before the
  // server exists (during the demo seed) is reported on stderr, afterwards in the server's log.
  const { store, events, media, operations } = await createCore(config, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.store ? { store: options.store } : {}),
    onQuery: metrics.observeQuery,
    onListenerError: (error, event) =>
      server ? server.log.error({ err: error, event }, 'event subscriber failed') : logListenerErrorToStderr(error, event),
  });
  const { now } = operations;

  let seeded = false;
  if (config.seedDemo && (await store.listEditions()).length === 0) {
    await seedDemoNewsroom(operations, media, demoNewsroom);
    seeded = true;
    // Accounts: demo logins only alongside a freshly seeded demo newsroom, printed once (never stored in plain text).
    await seedDemoAccounts(store, config.logLevel === 'silent' ? () => {} : console.log, {
      authors: await store.listAuthors(),
      now,
    });
  }

  let directory: SiteDirectory = await loadSiteDirectory(store);
  const stylesheet = loadStylesheet();
  const pageCache = config.pageCache ? createPageCache({ maxEntries: 5000, maxBytes: config.pageCacheMaxBytes, maxAgeMs: 60_000 }) : null;
  const counts = createListingCountCache(store, { maxAgeMs: 60_000 });
  const site = createPublicSite({
    reader: { ...store, countPublished: counts.count },
    site: () => directory,
    messages: getMessages,
    stylesheetHref: stylesheet.href,
    publicUrl: config.publicUrl,
    now,
    search: store.search,
  });

  for (const type of ['article.published', 'article.updated', 'article.unpublished'] as const)
    events.on(type, (event) => {
      if (pageCache) for (const key of purgeKeysForArticleEvent(directory, event)) pageCache.purge(key);
      counts.purgeEdition(event.editionCode);
    });
  // A picture's caption or credit shows on every page that shows it: the articles and the listings teasing them.
  events.on('image.updated', (event) => {
    if (!pageCache) return;
    for (const shown of event.articles)
      for (const key of purgeKeysForArticleEvent(directory, { type: 'article.updated', at: event.at, ...shown })) pageCache.purge(key);
  });
  const reloadDirectory = async () => {
    directory = await loadSiteDirectory(store);
  };
  // Pins show only on the edition home (src/operations/front-page.ts).
  events.on('front_page.changed', (event) => {
    pageCache?.purge(surrogateKeys.home(event.editionCode));
  });
  events.on('curation.changed', async (event) => {
    await reloadDirectory();
    pageCache?.purge(surrogateKeys.edition(event.editionCode));
  });

  const bridge = config.redisUrl
    ? await bridgeEventsThroughRedis(events, {
        url: config.redisUrl,
        ...(options.redisChannel ? { channel: options.redisChannel } : {}),
        onError: (error) => server?.log.error({ err: error }, 'Redis event bridge error'),
      })
    : null;

  const readiness = {
    health: store.health, draining: () => draining, ...(bridge ? { redisConnected: bridge.connected } : {}),
  };
  metrics.attach({ pageCache, health: store.health });
  // HERALD_METRICS_ADDRESS: /metrics (and the health checks) on a private listener of their own.
  const metricsAddress = config.operations.metricsAddress;
  const metricsListener = metricsAddress ? await startMetricsListener(metricsAddress, { metrics, readiness: () => readiness }) : null;
  server = createServer({
    site, stylesheet, mediaDirectory: media.directory, pageCache, logLevel: config.logLevel, trustedProxies: config.trustedProxies,
    readiness: () => readiness, metrics, metricsToken: config.operations.metricsToken,
  });
  await registerPublisherLogoRoute(server); // the raster logo structured data names (immutable, content-hashed)
  // Accounts: session layer + session/users routes; must come before any other /api/admin route is registered.
  installAccounts(server, { store, now, hashPassword });
  registerAdminApi(server, {
    ops: operations, publicUrl: config.publicUrl, site, media, maxImageBytes: config.maxImageBytes,
    userNames: (ids) => store.accounts.userNames(ids),
  });
  // Wire desk: /api/admin/wire routes, POST /ingest/:source, SSE fan-out, and the HERALD_WIRE_SOURCES folders and feeds.
  const wire = installWireDesk(server, { config, ops: operations, media, onOutcome: metrics.countIngest });
  // Webhooks: /api/admin/webhooks routes and this node's dispatcher (stops when the server closes).
  const webhooks = installWebhooks(server, { config, ops: operations, ...options.webhooks });
  registerAdminUi(server);
  // Content API (/api/v1/): keys, rate limits, CORS and the page cache around every route, the reader search included.
  registerContentApi(server, {
    store, pageCache, directory: () => directory, publicUrl: config.publicUrl, config: config.contentApi, now,
    extraRoutes: (scope) => {
      registerSearchRoute(scope, { store, publicUrl: config.publicUrl, now });
      return [searchApiPath()];
    },
  });
  const scheduler = createPublicationScheduler(operations, {
    intervalMs: config.schedulerIntervalMs,
    onError: (error) => server?.log.error({ err: error }, 'publication scheduler pass failed'),
    onPass: metrics.countSchedulerPass,
  });
  // Scheduled backups (HERALD_BACKUP_INTERVAL_HOURS; 0 = off): run them on one node only, see docs/backup.md.
  const backups = createBackupScheduler({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, ...config.backup,
    onBackup: (result, removed) => server?.log.info({ folder: result.folder, removed }, 'scheduled backup written'),
    onError: (error) => server?.log.error({ err: error }, 'scheduled backup failed'),
  });
  return {
    config,
    store,
    events,
    media,
    operations,
    pageCache,
    server,
    seeded,
    reloadDirectory,
    scheduler,
    wire,
    webhooks,
    metrics,
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      // The pass in hand finishes; the store closes only after it (and after the requests in flight).
      const schedulerStopped = scheduler.stop();
      backups.stop();
      await bridge?.close();
      await wire.stop();
      // Fastify stops accepting, answers 503 to new requests on open connections, waits for those in flight,
      // then runs its onClose hooks (wire sources, webhook dispatcher).
      await server?.close();
      await metricsListener?.server.close();
      await schedulerStopped;
      await store.close();
    },
  };
}
