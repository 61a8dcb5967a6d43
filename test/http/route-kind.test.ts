/** Route kinds for metrics: a small fixed set, chosen from the path's shape, never the URL. */
import { describe, expect, it } from 'vitest';
import { createHeraldMetrics } from '../../src/http/metrics.js';
import { startMetricsListener } from '../../src/http/metrics-routes.js';
import { ROUTE_KINDS, routeKind } from '../../src/http/route-kind.js';

describe('routeKind', () => {
  it.each([
    ['/en/world/quake-hits-coast/a-123', 'article'],
    ['/en/quake-hits-coast/a-123?utm=x', 'article'],
    ['/p/Ab3dE', 'article'],
    ['/', 'home'],
    ['/en/', 'home'],
    ['/ar', 'home'],
    ['/en/world/', 'listing'],
    ['/en/world/europe/?page=2', 'listing'],
    ['/en/topic/climate-crisis/', 'listing'],
    ['/en/author/jane-doe/', 'listing'],
    ['/en/rss.xml', 'feed'],
    ['/en/world/rss.xml', 'feed'],
    ['/sitemap.xml', 'sitemap'],
    ['/en/sitemap-news.xml', 'sitemap'],
    ['/en/sitemap-articles-3.xml', 'sitemap'],
    ['/robots.txt', 'sitemap'],
    ['/en/search?q=flood', 'search'],
    ['/api/v1/search?q=flood', 'search'],
    ['/api/v1/articles?edition=en', 'api_v1'],
    ['/api/admin/articles/5', 'admin_api'],
    ['/media/abc123-640.webp', 'media'],
    ['/assets/site.0123456789ab.css', 'asset'],
    ['/admin/assets/index-abc.js', 'asset'],
    ['/admin', 'other'],
    ['/admin/articles/5', 'other'],
    ['/ingest/dpa', 'other'],
    ['/healthz', 'other'],
    ['/readyz', 'other'],
    ['/metrics', 'other'],
    ['/favicon.ico', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(routeKind(url)).toBe(kind);
    expect(ROUTE_KINDS).toContain(kind);
  });
});

describe('HERALD_METRICS_ADDRESS listener', () => {
  it('serves /metrics without a token, and the health checks', async () => {
    const metrics = createHeraldMetrics();
    metrics.observeRequest('article', 200, 0.003);
    let draining = false;
    const health = { check: async () => ({ pendingMigrations: [], unknownMigrations: [] }), webhookBacklog: async () => 0 };
    const { url, server } = await startMetricsListener({ host: '127.0.0.1', port: 0 }, { metrics, readiness: () => ({ health, draining: () => draining }) });
    try {
      const text = await (await fetch(`${url}/metrics`)).text();
      expect(text).toContain('herald_http_requests_total{route="article",status="2xx"} 1');
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      draining = true;
      expect((await fetch(`${url}/readyz`)).status).toBe(503);
      expect((await fetch(`${url}/en/`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
