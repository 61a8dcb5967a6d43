/**
 * /healthz, /readyz and /metrics on every store, and the request id on the
 * response header, the error pages and API error bodies.
 */
import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import type { WebhookPayload } from '../../src/domain/webhook.js';
import { checkReadiness } from '../../src/http/health-routes.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { makeTempDir, testStoreKinds } from '../helpers/test-stores.js';
import { ninjsFile } from '../wire/wire-files.js';

const METRICS_TOKEN = 'metrics-token-0123456789';
const PUSH_TOKEN = 'push-token-for-metrics-test';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The value of one series in the Prometheus text, or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

for (const kind of testStoreKinds) {
  describe(`health, metrics and request ids on ${kind.name}`, () => {
    let running: RunningApp;
    const scrape = async () => {
      const response = await running.get('/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      return response.text();
    };

    beforeAll(async () => {
      running = await startTestApp(kind, {
        env: {
          HERALD_METRICS_TOKEN: METRICS_TOKEN,
          HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'dpa', kind: 'push', token: PUSH_TOKEN }]),
          HERALD_SCHEDULER_INTERVAL_MS: '0',
          HERALD_WEBHOOK_INTERVAL_MS: '0',
        },
      });
    });
    afterAll(async () => running?.stop());

    it('answers /healthz and /readyz with the checks, uncached', async () => {
      const live = await running.get('/healthz');
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await running.get('/readyz');
      expect(ready.status).toBe(200);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      expect(await ready.json()).toEqual({ status: 'ready', ready: true, checks: { store: 'ok', migrations: 'ok', events: 'ok', draining: false }, reasons: [] });
    });

    it('counts requests by route kind and status class, and the page cache', async () => {
      const before = await scrape();
      const home = await running.get('/en/');
      expect(home.status).toBe(200);
      const article = (await home.text()).match(/href="(\/en\/[^"]+\/a-\d+)"/)?.[1];
      expect(article).toBeDefined();
      for (let i = 0; i < 3; i++) expect((await running.get(article as string)).status).toBe(200);
      expect((await running.get('/en/no-such-section/')).status).toBe(404);
      expect((await running.get('/api/v1/editions')).status).toBe(200);
      const after = await scrape();
      const delta = (series: string) => (sample(after, series) ?? 0) - (sample(before, series) ?? 0);
      expect(delta('herald_http_requests_total{route="article",status="2xx"}')).toBe(3);
      expect(delta('herald_http_requests_total{route="home",status="2xx"}')).toBe(1);
      expect(delta('herald_http_requests_total{route="listing",status="4xx"}')).toBe(1);
      expect(delta('herald_http_requests_total{route="api_v1",status="2xx"}')).toBe(1);
      expect(delta('herald_http_request_duration_seconds_count{route="article"}')).toBe(3);
      // The first view of the article fills the cache (unless an earlier test did), the next two are hits.
      expect(delta('herald_page_cache_hits_total')).toBeGreaterThanOrEqual(2);
      expect(sample(after, 'herald_page_cache_bytes')).toBeGreaterThan(0);
      expect(after).toContain('nodejs_eventloop_lag_seconds');
      expect(after).toContain('nodejs_eventloop_lag_p99_seconds');
      // Never a raw URL as a label.
      expect(after).not.toContain('a-');
    });

    it('counts ingest outcomes by source, scheduler passes, purges and the webhook backlog', async () => {
      const body = ninjsFile({ guid: 'urn:metrics:1', provider: 'dpa' });
      for (let i = 0; i < 2; i++) {
        const pushed = await running.get('/ingest/dpa', { method: 'POST', headers: { authorization: `Bearer ${PUSH_TOKEN}`, 'content-type': 'application/json' }, body });
        expect(pushed.status).toBe(200);
      }
      await running.app.scheduler.tick();
      const purgesBefore = sample(await scrape(), 'herald_page_cache_purges_total') ?? 0;
      running.app.events.emit({ type: 'article.updated', articleId: 1, editionCode: 'en', at: new Date().toISOString() });
      const endpoint = await running.app.store.webhooks.insertEndpoint({
        url: 'https://hooks.example/metrics', description: '', events: ['article.published'], active: true, secret: 's'.repeat(32),
        createdAt: new Date().toISOString(), createdBy: null,
      });
      expect(endpoint).toBeGreaterThan(0);
      const payload = { id: 'evt-metrics', type: 'article.published', occurredAt: new Date().toISOString(), article: {} } as unknown as WebhookPayload;
      expect(await running.app.store.webhooks.enqueue(payload, new Date().toISOString())).toBe(1);

      const text = await scrape();
      expect(sample(text, 'herald_wire_ingest_total{source="push:dpa",outcome="ingested"}')).toBe(1);
      expect(sample(text, 'herald_wire_ingest_total{source="push:dpa",outcome="unchanged"}')).toBe(1);
      expect(sample(text, 'herald_scheduler_runs_total{outcome="ok"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'herald_page_cache_purges_total')).toBeGreaterThan(purgesBefore);
      expect(sample(text, 'herald_webhook_queue_depth')).toBe(1);
    });

    it('hides /metrics without the token: 401 with a wrong one', async () => {
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${METRICS_TOKEN}`, `Bearer ${METRICS_TOKEN}x`]) {
        const response = await running.get('/metrics', authorization ? { headers: { authorization } } : {});
        expect(response.status, authorization).toBe(401);
        expect(await response.text()).not.toContain('herald_');
      }
    });

    it('gives every request an id: echoed when acceptable, else a fresh UUID', async () => {
      const kept = await running.get('/en/', { headers: { 'x-request-id': 'lb-7f3a.42:x_y' } });
      expect(kept.headers.get('x-request-id')).toBe('lb-7f3a.42:x_y');
      for (const bad of ['a'.repeat(65), '<script>', 'id with space', '-leading-dash', '']) {
        const response = await running.get('/en/', { headers: { 'x-request-id': bad } });
        expect(response.headers.get('x-request-id'), bad).toMatch(UUID);
      }
      const a = (await running.get('/healthz')).headers.get('x-request-id');
      const b = (await running.get('/healthz')).headers.get('x-request-id');
      expect(a).toMatch(UUID);
      expect(a).not.toBe(b);
    });

    it('prints the request id on error pages, translated, and returns it in API error bodies', async () => {
      const page = await running.get('/en/no-such-section/', { headers: { 'x-request-id': 'reader-report-1' } });
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('Reference: <code class="error__reference-id" dir="ltr">reader-report-1</code>');
      const arabic = await running.get('/ar/no-such-section/');
      const id = arabic.headers.get('x-request-id');
      expect(await arabic.text()).toContain(`الرقم المرجعي: <code class="error__reference-id" dir="ltr">${id}</code>`);
      const bad = await running.get('/%E0%A4%A');
      expect(await bad.text()).toContain(`<code class="error__reference-id" dir="ltr">${bad.headers.get('x-request-id')}</code>`);

      const api = await running.get('/api/v1/articles/999999999');
      expect(api.status).toBe(404);
      const body = (await api.json()) as { error: { code: string; requestId: string } };
      expect(body.error.requestId).toBe(api.headers.get('x-request-id'));
      const admin = await running.get('/api/admin/articles');
      expect(admin.status).toBe(401);
      expect(((await admin.json()) as { error: { requestId: string } }).error.requestId).toBe(admin.headers.get('x-request-id'));
      const unknown = await running.get('/api/nothing-here', { headers: { 'x-request-id': 'partner-42' } });
      expect(await unknown.json()).toMatchObject({ error: { code: 'HERALD_NOT_FOUND', requestId: 'partner-42' } });
    });

    it('answers 503 on /readyz once draining, while /healthz stays 200', async () => {
      running.app.drain();
      const ready = await running.get('/readyz');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', checks: { draining: true }, reasons: ['This node is shutting down.'] });
      expect((await running.get('/healthz')).status).toBe(200);
    });
  });
}

const postgres = testStoreKinds.find((kind) => kind.name === 'postgres');

describe.skipIf(!postgres)('readiness when the event connection breaks (PostgreSQL)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp(postgres!, { env: { HERALD_SCHEDULER_INTERVAL_MS: '0', HERALD_WEBHOOK_INTERVAL_MS: '0' } });
  });
  afterAll(async () => running?.stop());

  it('answers 503 once the LISTEN connection is gone (the node would no longer hear purges), and 200 again once it is back', async () => {
    expect((await running.get('/readyz')).status).toBe(200);
    expect((await running.get('/en/')).status).toBe(200);
    expect(running.app.pageCache!.size).toBeGreaterThan(0);
    const client = new pg.Client({ connectionString: running.handle.databaseUrl });
    await client.connect();
    try {
      const schema = (await client.query<{ schema: string }>('select current_schema() as schema')).rows[0]?.schema;
      const killed = await client.query(
        "select pg_terminate_backend(pid) from pg_stat_activity where query = $1", [`listen "herald_events_${schema}"`],
      );
      expect(killed.rowCount).toBe(1);
    } finally {
      await client.end();
    }
    await vi.waitFor(async () => expect((await running.get('/readyz')).status).toBe(503));
    const report = await (await running.get('/readyz')).json();
    expect(report).toMatchObject({ status: 'unavailable', checks: { store: 'ok', events: 'disconnected' } });
    expect(report.reasons).toEqual([expect.stringMatching(/^The PostgreSQL connection listening for events is down/)]);

    // Opened again after a pause; purges sent meanwhile were missed, so the pages rendered before are dropped.
    await vi.waitFor(async () => expect((await running.get('/readyz')).status).toBe(200), { timeout: 15_000, interval: 100 });
    expect(running.app.pageCache!.size).toBe(0);
  });
});

describe('readiness checks', () => {
  const ok = { draining: () => false };
  it('is not ready with pending or unknown migrations, a failing store or Redis down, and leaks no driver message', async () => {
    const pending = await checkReadiness({ ...ok, health: { check: async () => ({ pendingMigrations: ['099-x'], unknownMigrations: [] }), webhookBacklog: async () => 0 } });
    expect(pending).toMatchObject({ ready: false, checks: { migrations: 'pending' }, reasons: ['Migrations not applied: 099-x.'] });
    const newer = await checkReadiness({ ...ok, health: { check: async () => ({ pendingMigrations: [], unknownMigrations: ['099-x'] }), webhookBacklog: async () => 0 } });
    expect(newer).toMatchObject({ ready: false, checks: { migrations: 'newer' } });
    const failing = await checkReadiness({
      ...ok, health: { check: async () => { throw new Error('connect ECONNREFUSED db.internal:5432 user=herald'); }, webhookBacklog: async () => 0 },
    });
    expect(failing.ready).toBe(false);
    expect(failing.checks.store).toBe('failing');
    expect(JSON.stringify(failing.reasons)).not.toContain('db.internal');
    expect(failing.storeError).toBeInstanceOf(Error);
    const redis = await checkReadiness({
      ...ok, events: { kind: 'redis', connected: () => false }, health: { check: async () => ({ pendingMigrations: [], unknownMigrations: [] }), webhookBacklog: async () => 0 },
    });
    expect(redis).toMatchObject({ ready: false, checks: { events: 'disconnected' } });
    expect(redis.reasons[0]).toMatch(/^Redis is not connected/);
  });
});

describe('metrics of an app that opened its own store (SQLite)', () => {
  const dataDir = makeTempDir();
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('times store queries, and answers 404 on /metrics when no token is set', async () => {
    const app = await createHeraldApp(loadConfig({ HERALD_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', HERALD_SCHEDULER_INTERVAL_MS: '0' }));
    try {
      await app.store.listEditions();
      const text = await app.metrics.scrape();
      expect(sample(text, 'herald_store_query_duration_seconds_count{outcome="ok"}')).toBeGreaterThan(0);
      const hidden = await app.server.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer anything-at-all-0123' } });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.body).not.toContain('herald_');
      expect((await app.server.inject('/readyz')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
