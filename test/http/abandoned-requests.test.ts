/**
 * herald_http_requests_abandoned_total counts a request whose client leaves
 * before its answer, and not an event stream, which always ends that way.
 */
import http from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStream } from '../../src/api/event-stream.js';
import { createHeraldMetrics, type HeraldMetrics } from '../../src/http/metrics.js';
import { registerMetricsRoutes } from '../../src/http/metrics-routes.js';

describe('abandoned requests in the metrics', () => {
  let app: FastifyInstance;
  let metrics: HeraldMetrics;
  let baseUrl = '';
  /** Resolves with each request the server takes, so the test waits for it rather than for time. */
  const arrivals: ((request: http.IncomingMessage) => void)[] = [];

  beforeAll(async () => {
    app = Fastify();
    metrics = createHeraldMetrics();
    registerMetricsRoutes(app, { metrics, token: null });
    app.addHook('onRequest', (request, _reply, done) => {
      arrivals.shift()?.(request.raw);
      done();
    });
    app.get('/en/live/1/events', async (_request, reply) => void openEventStream(reply));
    app.get('/en/slow-page', () => new Promise(() => {})); // never answers: its reader gives up first
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  const abandoned = async () => Number(/^herald_http_requests_abandoned_total\{route="listing"\} (\d+)$/m.exec(await metrics.scrape())?.[1] ?? 0);

  async function leave(path: string, waitForHeaders: boolean): Promise<void> {
    const arrived = new Promise<http.IncomingMessage>((resolve) => arrivals.push(resolve));
    const request = http.get(baseUrl + path);
    request.on('error', () => {});
    const serverSide = await arrived;
    if (waitForHeaders) await new Promise((resolve) => request.on('response', resolve));
    const closed = new Promise((resolve) => serverSide.on('close', resolve));
    request.destroy();
    await closed;
    await new Promise((resolve) => setImmediate(resolve)); // the hooks run on the same 'close'
  }

  it('counts the reader who leaves before the answer, not the one leaving an event stream', async () => {
    expect(await abandoned()).toBe(0);
    await leave('/en/live/1/events', true);
    expect(await abandoned(), 'an event stream ends when its reader leaves').toBe(0);
    await leave('/en/slow-page', false);
    expect(await abandoned()).toBe(1);
  });
});
