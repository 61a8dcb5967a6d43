/**
 * Page-cache hits answered before Fastify (src/http/cached-page-hits.ts) must
 * say exactly what the catch-all route says for the same page: the MISS (and a
 * 304 right after a render) go through Fastify, the HIT through the fast path,
 * and their headers are compared name by name.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

function rawRequest(baseUrl: string, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(baseUrl + path, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** Headers that differ by design between two answers of one page. */
const comparable = (headers: http.IncomingHttpHeaders) => {
  const { 'x-request-id': id, 'x-cache': cache, date, connection, 'keep-alive': keepAlive, ...rest } = headers;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect(cache === 'HIT' || cache === 'MISS').toBe(true);
  return rest;
};

const kind = testStoreKinds[0]!;

describe(`page-cache hits before Fastify (${kind.name})`, () => {
  let running: RunningApp;
  let articlePath: string;
  const cache = () => running.app.pageCache!;

  beforeAll(async () => {
    running = await startTestApp(kind);
    const home = await (await running.get('/en/')).text();
    articlePath = /href="(\/en\/[^"]+\/a-\d+)"/.exec(home)![1]!;
  });
  afterAll(async () => running?.stop());

  it('answers a hit with the same status, headers and bytes as the render, in every encoding', async () => {
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      cache().clear();
      const miss = await rawRequest(running.baseUrl, articlePath, { headers: { 'accept-encoding': acceptEncoding } });
      const hit = await rawRequest(running.baseUrl, articlePath, { headers: { 'accept-encoding': acceptEncoding } });
      expect([miss.headers['x-cache'], hit.headers['x-cache']]).toEqual(['MISS', 'HIT']);
      expect(hit.status).toBe(200);
      expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
      expect(hit.body.equals(miss.body)).toBe(true);
      if (acceptEncoding === 'br') expect(zlib.brotliDecompressSync(hit.body).toString()).toContain('</html>');
    }
  });

  it('keeps a page\'s own Content-Security-Policy (live TV\'s player) in place of the default, sent once', async () => {
    cache().clear();
    const miss = await rawRequest(running.baseUrl, '/en/live-tv/');
    const hit = await rawRequest(running.baseUrl, '/en/live-tv/');
    expect([miss.status, hit.headers['x-cache']]).toEqual([200, 'HIT']);
    expect(hit.headers['content-security-policy']).toContain("script-src 'self'");
    expect(comparable(hit.headers)).toEqual(comparable(miss.headers));
    const cspLines = hit.rawHeaders.filter((name, i) => i % 2 === 0 && name.toLowerCase() === 'content-security-policy');
    expect(cspLines).toHaveLength(1);
  });

  it('answers If-None-Match with the same 304 as right after a render, and HEAD without a body', async () => {
    cache().clear();
    const etag = (await rawRequest(running.baseUrl, articlePath)).headers.etag as string;
    cache().clear();
    const renderedNotModified = await rawRequest(running.baseUrl, articlePath, { headers: { 'if-none-match': etag } });
    const cachedNotModified = await rawRequest(running.baseUrl, articlePath, { headers: { 'if-none-match': etag } });
    expect([renderedNotModified.status, cachedNotModified.status]).toEqual([304, 304]);
    expect(cachedNotModified.headers['x-cache']).toBe('HIT');
    expect(comparable(cachedNotModified.headers)).toEqual(comparable(renderedNotModified.headers));
    expect(cachedNotModified.body.length).toBe(0);

    const head = await rawRequest(running.baseUrl, articlePath, { method: 'HEAD' });
    const get = await rawRequest(running.baseUrl, articlePath);
    expect(head.headers['x-cache']).toBe('HIT');
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
  });

  it('counts a hit in the metrics and as a read, like a render', async () => {
    cache().clear();
    await rawRequest(running.baseUrl, articlePath, { headers: { 'user-agent': 'Mozilla/5.0 reader' } });
    const readsBefore = running.app.readCounter.stats.counted;
    const before = (await running.app.metrics.scrape()).match(/herald_http_requests_total\{route="article",status="2xx"\} (\d+)/)?.[1];
    const hit = await rawRequest(running.baseUrl, articlePath, { headers: { 'user-agent': 'Mozilla/5.0 reader' } });
    expect(hit.headers['x-cache']).toBe('HIT');
    const after = (await running.app.metrics.scrape()).match(/herald_http_requests_total\{route="article",status="2xx"\} (\d+)/)?.[1];
    expect(Number(after)).toBe(Number(before) + 1);
    expect(running.app.readCounter.stats.counted).toBe(readsBefore + 1);
  });

  it('leaves other methods and the newsroom to Fastify', async () => {
    await rawRequest(running.baseUrl, articlePath);
    const post = await rawRequest(running.baseUrl, articlePath, { method: 'POST' });
    expect(post.status).toBe(404);
    expect(post.headers['x-cache']).toBeUndefined();
    const admin = await rawRequest(running.baseUrl, '/admin');
    expect(admin.headers['x-cache']).toBeUndefined();
  });
});
