/**
 * What /metrics reports, on one registry per app (tests run several apps in
 * one process; prom-client's global registry would collide). Labels are
 * bounded sets only — a route kind, a status class, a configured source
 * name — never a raw URL, so the number of series cannot grow with traffic.
 *
 * Counters kept elsewhere (the page cache's totals) and values that belong to
 * the store (the webhook backlog) are read at scrape time, so serving pages
 * costs nothing extra for them.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { PageCache } from '../cache/page-cache.js';
import type { CdnPurger } from '../cache/cdn-purger.js';
import type { StoreHealth } from '../operations/ports.js';
import type { RouteKind } from './route-kind.js';

export interface HeraldMetrics {
  /** This app's own metrics; `scrape()` adds the process-wide ones. */
  registry: Registry;
  contentType: string;
  /** The Prometheus text of this app and of the process. */
  scrape(): Promise<string>;
  observeRequest(kind: RouteKind, status: number, seconds: number): void;
  /** A request whose client closed the connection before its answer was sent (never in observeRequest). */
  countAbandoned(kind: RouteKind): void;
  observeQuery(seconds: number, failed: boolean): void;
  countIngest(source: string, outcome: string): void;
  countSchedulerPass(outcome: 'ok' | 'failed', published: number): void;
  /** Reads live values at scrape time; set once the app has built them. */
  attach(sources: { pageCache: PageCache | null; health: StoreHealth; cdnPurger?: CdnPurger | null }): void;
}

const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

/**
 * Process and runtime metrics (CPU, memory, GC, handles, and event-loop lag:
 * nodejs_eventloop_lag_seconds plus percentiles from monitorEventLoopDelay)
 * belong to the process, not to an app: collected once, shared by every app
 * in it (tests start many; each would otherwise leave a sampling timer behind).
 */
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 20 });
  }
  return processRegistry;
}

export function createHeraldMetrics(): HeraldMetrics {
  const registry = new Registry();
  const shared = processMetrics();

  const requests = new Counter({
    name: 'herald_http_requests_total',
    help: 'HTTP requests answered, by route kind and status class.',
    labelNames: ['route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'herald_http_request_duration_seconds',
    help: 'Time from request to response sent, by route kind.',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const abandoned = new Counter({
    name: 'herald_http_requests_abandoned_total',
    help: 'Requests whose client closed the connection before the answer was sent (a search given up on, a reader who left), by route kind.',
    labelNames: ['route'] as const,
    registers: [registry],
  });
  const queries = new Histogram({
    name: 'herald_store_query_duration_seconds',
    help: 'Time each store query took, by outcome.',
    labelNames: ['outcome'] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const ingest = new Counter({
    name: 'herald_wire_ingest_total',
    help: 'Wire items and files handled by this node, by source and outcome (ingested, unchanged, quarantined, failed).',
    labelNames: ['source', 'outcome'] as const,
    registers: [registry],
  });
  const scheduler = new Counter({
    name: 'herald_scheduler_runs_total',
    help: 'Passes of the publication scheduler, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const scheduled = new Counter({
    name: 'herald_scheduler_published_total',
    help: 'Articles the scheduler published when their time came.',
    registers: [registry],
  });

  let sources: Parameters<HeraldMetrics['attach']>[0] | null = null;
  const cacheTotal = (name: string, help: string, read: (cache: PageCache) => number) =>
    new Counter({
      name, help, registers: [registry],
      collect() {
        // prom-client counters only go up by inc(): mirror the cache's own running total.
        this.reset();
        if (sources?.pageCache) this.inc(read(sources.pageCache));
      },
    });
  cacheTotal('herald_page_cache_hits_total', 'Page cache lookups that found a fresh page.', (c) => c.stats.hits);
  cacheTotal('herald_page_cache_misses_total', 'Page cache lookups that found nothing fresh.', (c) => c.stats.misses);
  cacheTotal('herald_page_cache_purges_total', 'Surrogate-key purges (one per key an event names).', (c) => c.stats.purges);
  cacheTotal('herald_page_cache_purged_pages_total', 'Pages removed by purges.', (c) => c.stats.purgedPages);
  new Counter({
    name: 'herald_cdn_purges_total',
    help: 'CDN purge outcomes (HERALD_CDN_PURGE_URL): sent requests, retried attempts, failed and dropped keys.',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const stats = sources?.cdnPurger?.stats;
      if (stats) for (const outcome of ['sent', 'retried', 'failed', 'dropped'] as const) this.inc({ outcome }, stats[outcome]);
    },
  });
  new Gauge({
    name: 'herald_page_cache_bytes', help: 'Bytes of rendered pages in the page cache.', registers: [registry],
    collect() {
      this.set(sources?.pageCache?.bytes ?? 0);
    },
  });
  new Gauge({
    name: 'herald_page_cache_entries', help: 'Pages in the page cache.', registers: [registry],
    collect() {
      this.set(sources?.pageCache?.size ?? 0);
    },
  });
  new Gauge({
    name: 'herald_webhook_queue_depth', help: 'Webhook deliveries pending (due or waiting for a retry).', registers: [registry],
    async collect() {
      // One count on an index; a failing store leaves the last value rather than failing the scrape.
      if (sources) this.set(await sources.health.webhookBacklog().catch(() => Number.NaN));
    },
  });

  // Label children looked up once per (route, status class): resolving labels on every call cost about as much
  // as the rest of a page-cache hit (src/http/cached-page-hits.ts). At most 11 × 5 of each.
  const requestCounters = new Map<string, { inc(): void }>();
  // Every store query is observed (eight or nine per uncached page): its two children resolved once too.
  const okQueries = queries.labels({ outcome: 'ok' });
  const failedQueries = queries.labels({ outcome: 'error' });
  const latencyHistograms = new Map<string, { observe(value: number): void }>();

  return {
    registry,
    contentType: registry.contentType,
    async scrape() {
      return (await Promise.all([registry.metrics(), shared.metrics()])).join('\n');
    },
    observeRequest(kind, status, seconds) {
      const statusLabel = statusClass(status);
      const counterKey = `${kind} ${statusLabel}`;
      let counter = requestCounters.get(counterKey);
      if (!counter) requestCounters.set(counterKey, (counter = requests.labels({ route: kind, status: statusLabel })));
      counter.inc();
      let histogram = latencyHistograms.get(kind);
      if (!histogram) latencyHistograms.set(kind, (histogram = latency.labels({ route: kind })));
      histogram.observe(seconds);
    },
    countAbandoned(kind) {
      abandoned.inc({ route: kind });
    },
    observeQuery(seconds, failed) {
      (failed ? failedQueries : okQueries).observe(seconds);
    },
    countIngest(source, outcome) {
      ingest.inc({ source, outcome });
    },
    countSchedulerPass(outcome, published) {
      scheduler.inc({ outcome });
      if (published > 0) scheduled.inc(published);
    },
    attach(next) {
      sources = next;
    },
  };
}
