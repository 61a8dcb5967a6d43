/**
 * Builds and wires everything at start-up: configuration → storage (migrated
 * forward) → demo seed on an empty store → site directory → page cache and
 * event subscriptions → HTTP server. Nothing is built on the first request.
 */
import type { FastifyInstance } from 'fastify';
import { installAccounts } from './api/admin/install-accounts.js';
import { registerAdminApi } from './api/admin/register-admin-api.js';
import { registerPodcastRoutes } from './api/admin/podcast-routes.js';
import { registerVideoRoutes } from './api/admin/video-routes.js';
import { registerSearchRoute } from './api/v1/search-route.js';
import { registerContentApi } from './api/v1/register-content-api.js';
import { hashPassword } from './auth/passwords.js';
import { registerAdminUi } from './http/admin-ui-routes.js';
import { installWireDesk, type WireDesk } from './api/ingest/install-wire-desk.js';
import { installWebhooks, type WebhookDeps } from './api/webhooks/install-webhooks.js';
import type { WebhookDispatcher } from './operations/deliver-webhooks.js';
import { createPageCache, surrogateKeys, type PageCache } from './cache/page-cache.js';
import { createCdnPurger, type CdnPurger } from './cache/cdn-purger.js';
import { createRenderCoalescer } from './cache/render-coalescer.js';
import type { HeraldConfig } from './config/config.js';
import { createCore } from './core.js';
import { logListenerErrorToStderr, type EventBus } from './events/event-bus.js';
import { connectEventTransport, type EventTransport } from './events/event-transport.js';
import { createLeaderLease, whileLeader, type LeaderLease } from './cluster/leader-lease.js';
import { createServer } from './http/create-server.js';
import { createHeraldMetrics, type HeraldMetrics } from './http/metrics.js';
import { startMetricsListener } from './http/metrics-routes.js';
import type { MediaStore } from './media/media-store.js';
import type { OperationContext } from './operations/context.js';
import type { Store } from './operations/ports.js';
import { loadStylesheet } from './site/assets/stylesheet.js';
import { getMessages } from './site/i18n/registry.js';
import { createPublicSite, type PublicSite } from './site/public-site.js';
import { registerPublisherLogoRoute } from './http/publisher-logo-route.js';
import { purgeKeysForArticleEvent, purgeKeysForPodcastEvent, purgeKeysForVideoEvent } from './site/page-purge-keys.js';
import { registerLiveStreamRoutes } from './http/live-stream-routes.js';
import { loadSiteDirectory, type SiteDirectory } from './site/site-directory.js';
import { createPublicationScheduler, type PublicationScheduler } from './scheduler/publication-scheduler.js';
import { createBackupScheduler } from './scheduler/backup-scheduler.js';
import { systemActor } from './domain/identity.js';
import { pruneArticleReads, recordArticleReads } from './operations/record-article-reads.js';
import { createReadCounter, type ReadCounter } from './site/read-counter.js';
import { createMostReadBoard, type MostReadBoard } from './site/most-read.js';
import { createLiveTvBoundaryTimer } from './site/live-tv-boundary-timer.js';
import { registerModernImageFallback } from './http/modern-image-fallback.js';
import { modernDerivativesSettled } from './media/image-derivatives.js';

export interface HeraldApp {
  config: HeraldConfig;
  store: Store;
  events: EventBus;
  media: MediaStore;
  operations: OperationContext;
  pageCache: PageCache | null;
  server: FastifyInstance;
  /** The public site's page builder, without HTTP (bench/profile-pages.ts times it). */
  site: PublicSite;
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
  /** "Most read" tallies in memory, flushed to the store on a timer and at close (src/site/read-counter.ts). */
  readCounter: ReadCounter;
  /** Each edition's most-read list, recomputed on a timer; a change purges the edition's home (src/site/most-read.ts). */
  mostRead: MostReadBoard;
  /** HERALD_CDN_PURGE_URL: purges the CDN or Varnish in front by surrogate key (src/cache/cdn-purger.ts). */
  cdnPurger: CdnPurger | null;
  /** How this process hears the others' events: Redis, PostgreSQL NOTIFY or the SQLite outbox (docs/adr/0008-cross-process-events.md). */
  transport: EventTransport;
  /** Whether this process runs the timers (scheduler, backups, webhooks, wire folders and feeds) of all those on the store. */
  lease: LeaderLease;
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
    // Loaded only into an empty store: the demo content and sharp cost a start that has nothing to seed.
    const [{ seedFullDemo }, { seedDemoAccounts }] = await Promise.all([import('./seed/seed-full-demo.js'), import('./auth/demo-accounts.js')]);
    await seedFullDemo(operations, media);
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
  // Every purge reaches the page cache, renders in flight (never stored or joined after it) and the CDN in front.
  const renders = createRenderCoalescer();
  const cdnPurge = config.httpCache.cdnPurge;
  const cdnPurger = cdnPurge
    ? createCdnPurger({
        config: cdnPurge,
        onError: (error, keys, attempt) => server?.log.warn({ err: error, keys: keys.slice(0, 20), attempt }, 'CDN purge failed'),
      })
    : null;
  const purgePage = (key: string) => {
    pageCache?.purge(key);
    renders.invalidate();
    cdnPurger?.enqueue(key);
  };
  // "Most read": recomputed every 5 minutes; only a changed list purges its edition's home.
  const mostRead = createMostReadBoard({
    listMostRead: (query) => store.readCounts.listMostRead(query),
    editionCodes: () => [...directory.byCode.keys()],
    now,
    limit: 5,
    onChange: (editionCode) => purgePage(surrogateKeys.home(editionCode)),
    onError: (error) => server?.log.error({ err: error }, 'most-read refresh failed'),
  });
  await mostRead.refresh();
  mostRead.start();
  const readCountActor = systemActor('read-counter');
  let lastReadPrune = 0;
  const readCounter = createReadCounter({
    now,
    flushIntervalMs: 30_000,
    async record(buckets) {
      await recordArticleReads(operations, readCountActor, buckets);
      if (now().getTime() - lastReadPrune < 3_600_000) return;
      lastReadPrune = now().getTime();
      await pruneArticleReads(operations, readCountActor);
    },
    onError: (error) => server?.log.error({ err: error }, 'read counts flush failed; kept for the next one'),
  });
  readCounter.start();
  const site = createPublicSite({
    // Listing counts are kept exact by the writes (migration 019), so the reader asks the store every time.
    reader: store,
    site: () => directory,
    messages: getMessages,
    stylesheetHref: stylesheet.href,
    publicUrl: config.publicUrl,
    now,
    search: store.search,
    mostRead: mostRead.get,
  });

  for (const type of ['article.published', 'article.updated', 'article.unpublished'] as const)
    events.on(type, (event) => {
      for (const key of purgeKeysForArticleEvent(directory, event)) purgePage(key);
    });
  // A picture's caption or credit shows on every page that shows it: the articles and the listings teasing them.
  events.on('image.updated', (event) => {
    for (const shown of event.articles)
      for (const key of purgeKeysForArticleEvent(directory, { type: 'article.updated', at: event.at, ...shown })) purgePage(key);
  });
  const reloadDirectory = async () => {
    directory = await loadSiteDirectory(store);
  };
  events.on('podcast.changed', (event) => {
    for (const key of purgeKeysForPodcastEvent(event)) purgePage(key);
  });
  // Pins show only on the edition home (src/operations/front-page.ts).
  events.on('front_page.changed', (event) => {
    purgePage(surrogateKeys.home(event.editionCode));
  });
  // Live TV: purged on every schedule change and, in each process, at every programme start and end ("On now").
  const liveTvTimer = createLiveTvBoundaryTimer({
    reader: store, editionCodes: () => [...directory.byCode.keys()], now,
    purge: (editionCode) => purgePage(surrogateKeys.liveTv(editionCode)),
    onError: (error) => server?.log.error({ err: error }, 'live TV boundary timer failed'),
  });
  await liveTvTimer.reschedule();
  events.on('live_tv.changed', (event) => {
    purgePage(surrogateKeys.liveTv(event.editionCode));
    liveTvTimer.reschedule().catch((error: unknown) => server?.log.error({ err: error }, 'live TV boundary timer failed'));
  });
  events.on('video.changed', (event) => {
    for (const key of purgeKeysForVideoEvent(event)) purgePage(key);
  });
  // Live coverage shows on its article page only (src/operations/live-coverage.ts).
  events.on('live.entry_changed', (event) => {
    purgePage(surrogateKeys.article(event.articleId));
  });
  events.on('curation.changed', async (event) => {
    await reloadDirectory();
    purgePage(surrogateKeys.edition(event.editionCode));
  });

  // Other processes' events (cluster workers, other nodes, the command-line tools) arrive on this bus too.
  const transport = await connectEventTransport(events, store.cluster, {
    redisUrl: config.redisUrl,
    ...(options.redisChannel ? { redisChannel: options.redisChannel } : {}),
    onError: (error) => server?.log.error({ err: error, transport: config.redisUrl ? 'redis' : store.kind }, 'event transport error'),
    // Back after a broken connection: purges sent meanwhile were missed, so nothing rendered before can be trusted.
    onResync: () => {
      pageCache?.clear();
      renders.invalidate();
      reloadDirectory().catch((error: unknown) => server?.log.error({ err: error }, 'site directory reload after the event transport came back failed'));
      server?.log.warn('event transport reconnected: page cache cleared, since events may have been missed');
    },
  });
  // The timers run in one process of all those on this store: the lease holder (src/cluster/leader-lease.ts).
  const lease = createLeaderLease(store.cluster.leases, {
    holder: transport.nodeId,
    onChange: (held) => server?.log.info({ holder: transport.nodeId }, held ? 'took the leader lease: running the timers' : 'lost the leader lease'),
    onError: (error) => server?.log.error({ err: error }, 'leader lease renewal failed'),
  });
  await lease.renew();

  const readiness = {
    health: store.health, draining: () => draining, events: transport,
  };
  metrics.attach({ pageCache, health: store.health, cdnPurger });
  // HERALD_METRICS_ADDRESS: /metrics (and the health checks) on a private listener of their own.
  const metricsAddress = config.operations.metricsAddress;
  const metricsListener = metricsAddress ? await startMetricsListener(metricsAddress, { metrics, readiness: () => readiness }) : null;
  server = createServer({
    site, stylesheet, mediaDirectory: media.directory, pageCache, delivery: { cacheControl: config.httpCache.cacheControl, renders }, logLevel: config.logLevel, trustedProxies: config.trustedProxies,
    readiness: () => readiness, metrics, metricsToken: config.operations.metricsToken, readCounter,
  });
  registerModernImageFallback(server, media, (error) => server?.log.warn({ err: error }, 'could not make a modern image derivative'));
  await registerPublisherLogoRoute(server); // the raster logo structured data names (immutable, content-hashed)
  // Accounts: session layer + session/users routes; must come before any other /api/admin route is registered.
  installAccounts(server, { store, now, hashPassword });
  // Live coverage: the readers' event streams, entry permalinks and the page script (src/http/live-stream-routes.ts).
  registerLiveStreamRoutes(server, { reader: store, events, directory: () => directory, messages: getMessages, now });
  registerAdminApi(server, {
    ops: operations, publicUrl: config.publicUrl, site, media, maxImageBytes: config.maxImageBytes,
    userNames: (ids) => store.accounts.userNames(ids),
  });
  registerPodcastRoutes(server, { ops: operations, publicUrl: config.publicUrl, mediaDirectory: media.directory, maxMediaBytes: config.maxMediaBytes });
  registerVideoRoutes(server, { ops: operations, publicUrl: config.publicUrl, mediaDirectory: media.directory, maxMediaBytes: config.maxMediaBytes });
  // Wire desk: /api/admin/wire routes, POST /ingest/:source, SSE fan-out, and the HERALD_WIRE_SOURCES folders and feeds.
  const wire = installWireDesk(server, { config, ops: operations, media, onOutcome: metrics.countIngest, isLeader: lease.held });
  // Webhooks: /api/admin/webhooks routes and this node's dispatcher (stops when the server closes).
  const webhooks = installWebhooks(server, {
    config: { ...config, webhooks: { ...config.webhooks, intervalMs: 0 } }, ops: operations, ...options.webhooks,
  });
  const webhookLoop = whileLeader(lease, config.webhooks.intervalMs, () => webhooks.tick(), (error) =>
    server?.log.error({ err: error }, 'webhook delivery failed'));
  registerAdminUi(server);
  // Content API (/api/v1/): keys, rate limits, CORS and the page cache around every route, the reader search included.
  registerContentApi(server, {
    store, pageCache, directory: () => directory, publicUrl: config.publicUrl, config: config.contentApi, now,
    cacheControl: config.httpCache.cacheControl.api,
    extraRoutes: (scope) => {
      registerSearchRoute(scope, { store, publicUrl: config.publicUrl, now });
      return async () => [(await import('./api/v1/openapi.js')).searchApiPath()];
    },
  });
  const scheduler = createPublicationScheduler(operations, {
    intervalMs: 0,
    onError: (error) => server?.log.error({ err: error }, 'publication scheduler pass failed'),
    onPass: metrics.countSchedulerPass,
  });
  const schedulerLoop = whileLeader(lease, config.schedulerIntervalMs, () => scheduler.tick(), (error) =>
    server?.log.error({ err: error }, 'publication scheduler pass failed'));
  // Scheduled backups (HERALD_BACKUP_INTERVAL_HOURS; 0 = off), taken by the lease holder only; see docs/backup.md.
  const backupClock = {
    now: () => new Date(),
    every(ms: number, fn: () => void) {
      const loop = whileLeader(lease, ms, async () => fn());
      return () => void loop.stop();
    },
  };
  // Closing the server (app.close(), or a test closing only the server) ends the timers, hands the lease over and
  // closes the transport, which holds a PostgreSQL connection for LISTEN: the store can close after it.
  let stoppingTimers: Promise<void> | null = null;
  const stopTimers = () =>
    (stoppingTimers ??= (async () => {
      backups.stop();
      liveTvTimer.stop();
      await Promise.all([schedulerLoop.stop(), webhookLoop.stop(), scheduler.stop()]);
      await lease.stop();
      await transport.close();
    })());
  server.addHook('onClose', async () => stopTimers());
  const backups = createBackupScheduler({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, ...config.backup, clock: backupClock,
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
    site,
    seeded,
    reloadDirectory,
    scheduler,
    wire,
    webhooks,
    metrics,
    readCounter,
    mostRead,
    cdnPurger,
    transport,
    lease,
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      // The pass in hand finishes; the store closes only after it (and after the requests in flight).
      const timersStopped = Promise.all([schedulerLoop.stop(), scheduler.stop(), webhookLoop.stop()]);
      backups.stop();
      await wire.stop();
      // Fastify stops accepting, answers 503 to new requests on open connections, waits for those in flight,
      // then runs its onClose hooks (wire sources, webhook dispatcher).
      await server?.close();
      // After the last request: its reads are in the final flush.
      mostRead.stop();
      await readCounter.stop().catch((error: unknown) => server?.log.error({ err: error }, 'final read counts flush failed'));
      await modernDerivativesSettled(); // modern image formats of the last uploads
      await metricsListener?.server.close();
      cdnPurger?.close();
      await timersStopped;
      // Hands the timers over at once; then the transport sends what is left before the store closes.
      await stopTimers();
      await store.close();
    },
  };
}
