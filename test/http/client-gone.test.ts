/**
 * The "client gone" signal on a real server: it fires when a client closes its
 * connection before the answer, and never for an answer that was sent, even on
 * a keep-alive connection that carries on.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientGoneSignal } from '../../src/http/client-gone.js';

interface Deferred<T> { promise: Promise<T>; resolve(value: T): void }
const deferred = <T>(): Deferred<T> => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

describe('clientGoneSignal', () => {
  let server: FastifyInstance;
  let port: number;
  /** Per request, in order: what the handler saw once its response had closed. */
  const closed: Deferred<{ aborted: boolean; socket: unknown }>[] = [];
  /** Per slow request: the handler waits on this before it answers. */
  const releases: Deferred<void>[] = [];
  const aborts: Deferred<unknown>[] = [];
  /** Per slow request: resolved when its handler is running, so the test hangs up at a known point. */
  const arrivals: Deferred<void>[] = [];

  beforeAll(async () => {
    server = Fastify();
    server.get('/quick', async (request, reply) => {
      const signal = clientGoneSignal(reply);
      const seen = closed.shift();
      // Registered after the signal's own listener, so this sees the signal as the response closed.
      reply.raw.once('close', () => seen?.resolve({ aborted: signal.aborted, socket: request.raw.socket }));
      return 'ok';
    });
    server.get('/slow', async (_request, reply) => {
      const signal = clientGoneSignal(reply);
      const aborted = aborts.shift();
      signal.addEventListener('abort', () => aborted?.resolve(signal.reason));
      arrivals.shift()?.resolve();
      await releases.shift()?.promise;
      return 'late';
    });
    server.get('/late-start', async (_request, reply) => {
      const seen = closed.shift();
      // The client leaves before the handler asks for the signal: the signal must already be aborted.
      const gone = new Promise((resolve) => reply.raw.once('close', resolve));
      arrivals.shift()?.resolve();
      await gone;
      seen?.resolve({ aborted: clientGoneSignal(reply).aborted, socket: null });
      return 'late';
    });
    await server.listen({ port: 0, host: '127.0.0.1' });
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await server.close();
  });

  const get = (agent: http.Agent, path: string) =>
    new Promise<string>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve(body));
      }).on('error', reject);
    });

  it('does not fire for answers sent, one after another on a keep-alive connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = deferred<{ aborted: boolean; socket: unknown }>();
      const second = deferred<{ aborted: boolean; socket: unknown }>();
      closed.push(first, second);
      expect(await get(agent, '/quick')).toBe('ok');
      expect(await get(agent, '/quick')).toBe('ok');
      const [a, b] = await Promise.all([first.promise, second.promise]);
      expect(a.socket).toBe(b.socket); // one connection for both: the socket outlived the first response
      expect([a.aborted, b.aborted]).toEqual([false, false]);
    } finally {
      agent.destroy();
    }
  });

  it('fires when the client closes its connection before the answer', async () => {
    const aborted = deferred<unknown>();
    const release = deferred<void>();
    const arrived = deferred<void>();
    aborts.push(aborted);
    releases.push(release);
    arrivals.push(arrived);
    const request = http.get({ host: '127.0.0.1', port, path: '/slow', agent: false });
    request.on('error', () => {});
    await arrived.promise;
    request.destroy();
    expect(await aborted.promise).toBeInstanceOf(Error);
    release.resolve();
  });

  it('is aborted from the start when the client left before the handler asked for it', async () => {
    const seen = deferred<{ aborted: boolean; socket: unknown }>();
    const arrived = deferred<void>();
    closed.push(seen);
    arrivals.push(arrived);
    const request = http.get({ host: '127.0.0.1', port, path: '/late-start', agent: false });
    request.on('error', () => {});
    await arrived.promise;
    request.destroy();
    expect((await seen.promise).aborted).toBe(true);
  });
});
