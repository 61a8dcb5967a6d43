/**
 * A real edge cache in front of two Herald nodes (PostgreSQL + Redis):
 * Varnish with deploy/varnish/default.vcl, started here as a foreground child
 * (`-F`) with its own working directory. A breaking-news spike (10,000
 * requests for one article and its section over many connections) must reach
 * the origin less than 1 % of the time; an edit published through node B is
 * on the edge's next response (purged by surrogate key, while unrelated pages
 * stay cached); with both nodes stopped, the edge keeps serving the page
 * after its TTL ran out (stale-if-error). Figures: docs/BENCHMARKS.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHeraldApp, type HeraldApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createApiKey } from '../../src/operations/api-keys.js';
import { updateArticle } from '../../src/operations/update-article.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const VARNISHD = ['/usr/sbin/varnishd', '/usr/bin/varnishd'].find((candidate) => fs.existsSync(candidate));
const XKEY = ['/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so', '/usr/lib/aarch64-linux-gnu/varnish/vmods/libvmod_xkey.so']
  .some((candidate) => fs.existsSync(candidate));
const redisUrl = process.env.HERALD_TEST_REDIS_URL;
const postgres = testStoreKinds.find((kind) => kind.name === 'postgres');
const VCL = path.resolve('deploy/varnish/default.vcl');
/** Short edge TTLs so the stale-if-error check does not wait long; the spike still has to stay under 1 %. */
const EDGE_TTL_SECONDS = 2;
const SPIKE_REQUESTS = 10_000;

const missing = [
  !VARNISHD || !XKEY ? 'varnishd with the xkey vmod (apt-get install varnish varnish-modules)' : null,
  !postgres ? 'HERALD_TEST_DATABASE_URL' : null,
  !redisUrl ? 'HERALD_TEST_REDIS_URL' : null,
].filter((reason) => reason !== null);
if (missing.length > 0) console.log(`skipped: Varnish edge test (needs ${missing.join(', ')})`);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Waits for a condition that changes by itself (vitest's own poll), checking every `intervalMs`. */
const until = (condition: () => Promise<boolean> | boolean, intervalMs = 50, attempts = 600): Promise<void> =>
  vi.waitFor(async () => {
    if (!(await condition())) throw new Error('condition not met');
  }, { interval: intervalMs, timeout: intervalMs * attempts });

/** Requests that reached this node's public pages (health probes and the like are `other`). */
async function originPageRequests(app: HeraldApp): Promise<number> {
  const metric = app.metrics.registry.getSingleMetric('herald_http_requests_total');
  const values = (await metric?.get())?.values ?? [];
  return values.filter((v) => v.labels.route !== 'other').reduce((sum, v) => sum + v.value, 0);
}

describe.skipIf(missing.length > 0)('Varnish edge in front of two Herald nodes (PostgreSQL + Redis)', () => {
  let handle: TestStore;
  const nodes: HeraldApp[] = [];
  const nodeUrls: string[] = [];
  let varnish: ChildProcess | undefined;
  let varnishLog = '';
  let workDir: string;
  let edge: string;
  let stopped = false;

  const edgeGet = (target: string, headers: Record<string, string> = {}) =>
    fetch(edge + target, { headers: { 'accept-encoding': 'br, gzip', ...headers }, redirect: 'manual' });

  beforeAll(async () => {
    handle = await postgres!.open();
    const varnishPort = await freePort();
    const channel = `herald:test:edge:${process.pid}:${Date.now()}`;
    const policy = `public, max-age=0, s-maxage=${EDGE_TTL_SECONDS}, stale-while-revalidate=1, stale-if-error=3600`;
    for (const name of ['a', 'b']) {
      const config = loadConfig({
        HERALD_DATA_DIR: makeTempDir(`herald-edge-${name}-`), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent',
        DATABASE_URL: handle.databaseUrl!, REDIS_URL: redisUrl!, HERALD_SEED_DEMO: name === 'a' ? 'true' : 'false',
        HERALD_PUBLIC_URL: 'http://news.example', HERALD_SCHEDULER_INTERVAL_MS: '0', HERALD_WEBHOOK_INTERVAL_MS: '0',
        HERALD_CACHE_CONTROL_ARTICLE: policy, HERALD_CACHE_CONTROL_LISTING: policy,
        HERALD_CDN_PURGE_URL: `http://127.0.0.1:${varnishPort}/`, HERALD_CDN_PURGE_METHOD: 'PURGE',
      });
      const app = await createHeraldApp(config, { redisChannel: channel });
      nodes.push(app);
      nodeUrls.push((await app.server.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1'));
    }
    workDir = makeTempDir('herald-varnish-');
    const ports = nodeUrls.map((url) => new URL(url).port);
    const vcl = fs.readFileSync(VCL, 'utf8').replace('.port = "3000"', `.port = "${ports[0]}"`).replace('.port = "3001"', `.port = "${ports[1]}"`);
    fs.writeFileSync(path.join(workDir, 'herald.vcl'), vcl);
    varnish = spawn(VARNISHD!, [
      '-F', '-n', path.join(workDir, 'state'), '-j', 'none', '-a', `127.0.0.1:${varnishPort}`, '-T', '127.0.0.1:0',
      '-f', path.join(workDir, 'herald.vcl'), '-s', 'malloc,128m', '-p', 'http_gzip_support=off',
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    varnish.stdout?.on('data', (chunk: Buffer) => (varnishLog += chunk.toString()));
    varnish.stderr?.on('data', (chunk: Buffer) => (varnishLog += chunk.toString()));
    edge = `http://127.0.0.1:${varnishPort}`;
    await until(async () => {
      if (varnish?.exitCode !== null) throw new Error(`varnishd exited: ${varnishLog}`);
      return (await fetch(`${edge}/healthz`).then((r) => r.status, () => 0)) === 200;
    });
  });

  afterAll(async () => {
    if (!stopped) for (const node of nodes) await node.close();
    if (varnish && varnish.exitCode === null) {
      const exited = new Promise((resolve) => varnish!.once('exit', resolve));
      varnish.kill('SIGTERM');
      await exited;
    }
    if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
    await handle?.dispose();
  });

  it('caches anonymous Content API answers at the edge, purged by the page keys; keyed and admin requests pass', async () => {
    const { rows } = await nodes[0]!.store.searchArticles({ limit: 1, offset: 0, status: 'published' });
    const article = await nodes[0]!.store.getArticle(rows[0]!.id);
    const apiPath = `/api/v1/articles/${article!.id}`;
    await (await edgeGet(apiPath)).text();
    const cached = await edgeGet(apiPath);
    expect([cached.status, cached.headers.get('x-edge-cache')]).toEqual([200, 'HIT']);
    expect(cached.headers.get('cache-control')).toMatch(/^public, .*s-maxage=/);
    // One caller's remaining allowance is not handed to the next, nor are the keys the edge purges by.
    expect(cached.headers.get('ratelimit-remaining')).toBeNull();
    expect(cached.headers.get('surrogate-key')).toBeNull();

    const { key } = await createApiKey(nodes[0]!.operations, { name: 'Edge partner' }, SYSTEM);
    for (let i = 0; i < 2; i++) {
      const keyed = await edgeGet(apiPath, { 'x-api-key': key });
      expect([keyed.status, keyed.headers.get('x-edge-cache'), keyed.headers.get('cache-control')]).toEqual([200, 'MISS', 'private, max-age=30']);
      expect(keyed.headers.get('ratelimit-remaining')).not.toBeNull();
    }
    const admin = await edgeGet('/api/admin/articles');
    expect([admin.status, admin.headers.get('x-edge-cache')]).toEqual([401, 'MISS']);

    // An edit through node B purges the API answer at the edge too (well before its s-maxage).
    const sentBefore = nodes.map((node) => node.cdnPurger!.stats.sent);
    const headline = `API edit at the edge ${Date.now()}`;
    await updateArticle(nodes[1]!.operations, article!.id, article!.revision, { headline }, SYSTEM);
    await until(() => nodes.every((node, i) => node.cdnPurger!.stats.sent > sentBefore[i]!));
    await Promise.all(nodes.map((node) => node.cdnPurger!.idle()));
    const edited = await edgeGet(apiPath);
    expect(edited.headers.get('x-edge-cache')).toBe('MISS');
    expect(((await edited.json()) as { headline: string }).headline).toBe(headline);
  });

  it('absorbs a breaking-news spike, shows an edit at once through purge by key, and serves stale when every node is down', async () => {
    const home = await (await edgeGet('/en/', { 'accept-encoding': 'identity' })).text();
    const articlePath = /href="(\/en\/[^"]+\/a-(\d+))"/.exec(home)?.[1];
    expect(articlePath).toBeDefined();
    const articleId = Number(/a-(\d+)$/.exec(articlePath!)?.[1]);
    const article = await nodes[1]!.store.getArticle(articleId);
    const sections = await nodes[1]!.store.listSections('en');
    const section = sections.find((s) => s.id === article!.sectionId)!;
    const sectionPath = `/en/${section.path}/`;
    const unrelated = sections.find((s) => s.id !== section.id && !section.path.startsWith(s.path) && !s.path.startsWith(section.path))!;
    const unrelatedPath = `/en/${unrelated.path}/`;

    // The spike: many connections, one hot article and its section.
    const before = (await originPageRequests(nodes[0]!)) + (await originPageRequests(nodes[1]!));
    const result = await autocannon({
      url: edge, connections: 100, amount: SPIKE_REQUESTS, headers: { 'accept-encoding': 'br, gzip' },
      requests: [{ path: articlePath! }, { path: sectionPath }],
    });
    const origin = (await originPageRequests(nodes[0]!)) + (await originPageRequests(nodes[1]!)) - before;
    console.log(
      `edge spike: ${result.requests.sent} requests, ${result['2xx']} 2xx, ${result.non2xx} other, ${result.errors} errors; `
      + `origin saw ${origin} (${((origin / SPIKE_REQUESTS) * 100).toFixed(2)} %); `
      + `${Math.round(result.requests.average)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
    );
    expect([result['2xx'], result.non2xx, result.errors]).toEqual([SPIKE_REQUESTS, 0, 0]);
    expect(origin).toBeGreaterThan(0);
    expect(origin / SPIKE_REQUESTS).toBeLessThan(0.01);
    const spikeEncoding = (await edgeGet(articlePath!)).headers.get('content-encoding');
    expect(spikeEncoding).toBe('br');

    // An unrelated page, cached at the edge before the edit, must survive the purge.
    await edgeGet(unrelatedPath);
    expect((await edgeGet(unrelatedPath)).headers.get('x-edge-cache')).toBe('HIT');

    // An edit published through node B; both nodes purge their caches and the edge (node A on hearing it through Redis).
    const sentBefore = nodes.map((node) => node.cdnPurger!.stats.sent);
    const headline = `Edited at the edge ${Date.now()}`;
    await updateArticle(nodes[1]!.operations, articleId, article!.revision, { headline }, SYSTEM);
    await until(() => nodes.every((node, i) => node.cdnPurger!.stats.sent > sentBefore[i]!));
    await Promise.all(nodes.map((node) => node.cdnPurger!.idle()));
    const edited = await edgeGet(articlePath!);
    expect([edited.status, edited.headers.get('x-edge-cache')]).toEqual([200, 'MISS']);
    expect(await edited.text()).toContain(headline);
    expect(await (await edgeGet(sectionPath)).text()).toContain(headline);
    // Purged by key, not everything: the unrelated section is still an edge hit.
    expect((await edgeGet(unrelatedPath)).headers.get('x-edge-cache')).toBe('HIT');

    // Every node down: the page outlives its TTL at the edge and is still served, stale.
    for (const node of nodes) await node.close();
    stopped = true;
    await expect(fetch(`${nodeUrls[0]}/healthz`)).rejects.toThrow();
    let stale: Response | undefined;
    await until(async () => {
      stale = await edgeGet(articlePath!);
      return Number(stale.headers.get('age')) > EDGE_TTL_SECONDS;
    }, 250, 120);
    expect(stale!.status).toBe(200);
    expect(await stale!.text()).toContain(headline);
  });
});
