/**
 * GET /api/admin/wire/events: server-sent events to the open desk, on every
 * store. An ingest, a quarantine and an alert arrive within a second; a
 * reconnecting desk gets what it missed; disconnecting cleans up. The
 * fan-out module is also checked on its own (order, replay, heartbeat-free).
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerWireRoutes } from '../../src/api/admin/wire-routes.js';
import type { MediaStore } from '../../src/media/media-store.js';
import type { OperationContext } from '../../src/operations/context.js';
import type { WireDeskEventData } from '../../src/api/admin/wire-contract.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createWireDeskEvents, type WireDeskEvent } from '../../src/ingest/wire-desk-events.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { g2File } from '../wire/wire-files.js';

interface SseMessage {
  id: number;
  event: string;
  data: WireDeskEventData;
}

/** Opens the stream and collects messages as they arrive. */
async function openStream(running: RunningApp, client: AdminClient | null, query = '') {
  const controller = new AbortController();
  const response = await running.get(`/api/admin/wire/events${query}`, {
    headers: client ? { cookie: client.cookie, accept: 'text/event-stream' } : {}, signal: controller.signal,
  });
  const messages: SseMessage[] = [];
  let text = '';
  if (response.ok && response.body) {
    const reader = response.body.getReader();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          text += new TextDecoder().decode(value);
          let end: number;
          while ((end = text.indexOf('\n\n')) !== -1) {
            const block = text.slice(0, end);
            text = text.slice(end + 2);
            const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
            if (fields.data) messages.push({ id: Number(fields.id), event: String(fields.event), data: JSON.parse(fields.data) as WireDeskEventData });
          }
        }
      } catch {
        // aborted
      }
    })();
  }
  return { response, messages, close: () => controller.abort() };
}

for (const kind of testStoreKinds) {
  describe(`wire desk events on ${kind.name}`, () => {
    let running: RunningApp;
    let reporter: AdminClient;

    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      reporter = await signInAs(running, 'reporter');
    });
    afterAll(async () => running?.stop());

    it('refuses anonymous desks', async () => {
      const { response } = await openStream(running, null);
      expect(response.status).toBe(401);
    });

    it('pushes wire.ingested (with the story) and wire.quarantined within a second of arrival', async () => {
      const stream = await openStream(running, reporter);
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
      await vi.waitFor(() => expect(running.app.wire.events.listenerCount()).toBe(1));
      const started = Date.now();
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:1', headline: 'Flash: ferry sinks', urgency: 1 }), fileName: 'f.xml', source: 'test' });
      await vi.waitFor(() => expect(stream.messages.map((m) => m.event)).toContain('wire.ingested'), { timeout: 1000, interval: 10 });
      expect(Date.now() - started).toBeLessThan(1000);
      const ingested = stream.messages.find((m) => m.event === 'wire.ingested');
      expect(ingested?.data).toMatchObject({ type: 'wire.ingested', guid: 'urn:sse:1', version: 1, story: { headline: 'Flash: ferry sinks', urgency: 1 } });
      await running.app.wire.ingest({ bytes: new TextEncoder().encode('not news'), fileName: 'junk.txt', source: 'test' });
      await vi.waitFor(() => expect(stream.messages.map((m) => m.event)).toContain('wire.quarantined'), { timeout: 1000, interval: 10 });
      expect(stream.messages.at(-1)?.data).toMatchObject({ type: 'wire.quarantined', fileName: 'junk.txt', reason: expect.any(String) });
      stream.close();
      await vi.waitFor(() => expect(running.app.wire.events.listenerCount()).toBe(0), { timeout: 2000 });
    });

    it('replays what a reconnecting desk missed after its last event id', async () => {
      const first = await openStream(running, reporter);
      await vi.waitFor(() => expect(running.app.wire.events.listenerCount()).toBe(1));
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:2' }), fileName: 'a.xml', source: 'test' });
      await vi.waitFor(() => expect(first.messages).toHaveLength(1));
      first.close();
      const lastId = first.messages[0]?.id ?? 0;
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:3' }), fileName: 'b.xml', source: 'test' });
      const again = await openStream(running, reporter, `?lastEventId=${lastId}`);
      await vi.waitFor(() => expect(again.messages.map((m) => (m.data as { guid?: string }).guid)).toEqual(['urn:sse:3']));
      expect(again.messages[0]?.id).toBe(lastId + 1);
      again.close();
      const bad = await reporter.request('GET', '/api/admin/wire/events?lastEventId=x');
      expect(bad.status).toBe(422);
    });

    it('ends open streams when the server closes, so shutting down never waits for desks', async () => {
      const stream = await openStream(running, reporter);
      await vi.waitFor(() => expect(running.app.wire.events.listenerCount()).toBe(1));
      // Without ending the stream, closing would wait for the desk to go away: here, forever.
      const started = Date.now();
      await running.stop();
      expect(Date.now() - started).toBeLessThan(15_000);
      stream.close();
      running = undefined as unknown as RunningApp;
    });
  });
}

describe('wire desk fan-out', () => {
  it('delivers wire events in bus order with increasing ids, ignores the rest, and replays after an id', async () => {
    const bus = createEventBus();
    const slow = new Map([['urn:a', 30], ['urn:b', 0]]);
    const fanOut = createWireDeskEvents(bus, {
      loadStory: async (guid) => {
        await new Promise((r) => setTimeout(r, slow.get(guid) ?? 0));
        return null;
      },
    });
    const seen: WireDeskEvent[] = [];
    const unsubscribe = fanOut.subscribe((e) => seen.push(e));
    bus.emit({ type: 'wire.ingested', guid: 'urn:a', version: 1, at: 't' });
    bus.emit({ type: 'article.saved', articleId: 1, editionCode: 'en', at: 't' });
    bus.emit({ type: 'wire.ingested', guid: 'urn:b', version: 1, at: 't' });
    bus.emit({ type: 'wire.alerted', alertId: 7, articleId: 1, guid: 'urn:a', at: 't' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen.map((e) => [e.id, e.data.type, (e.data as { guid: string }).guid])).toEqual([
      [1, 'wire.ingested', 'urn:a'], [2, 'wire.ingested', 'urn:b'], [3, 'wire.alerted', 'urn:a'],
    ]);
    unsubscribe();
    expect(fanOut.listenerCount()).toBe(0);
    const replayed: number[] = [];
    fanOut.subscribe((e) => replayed.push(e.id), 1);
    expect(replayed).toEqual([2, 3]);
    fanOut.close();
    bus.emit({ type: 'wire.ingested', guid: 'urn:c', version: 1, at: 't' });
    await new Promise((r) => setTimeout(r, 20));
    expect(replayed).toEqual([2, 3]);
  });
});

describe('wire desk event stream', () => {
  it('sends a heartbeat comment on an idle stream and lets go of the desk when it disconnects', async () => {
    const app = Fastify({ forceCloseConnections: true });
    app.decorateRequest('user', null);
    app.addHook('onRequest', async (request) => {
      request.user = { id: 1, email: 'r@test.example', name: 'R', role: 'reporter', editionCodes: [], authorId: null };
    });
    const events = createWireDeskEvents(createEventBus());
    registerWireRoutes(app, {
      ops: {} as OperationContext, publicUrl: '', media: {} as MediaStore, events, heartbeatMs: 30,
      fetchPicture: async () => {
        throw new Error('not used');
      },
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const controller = new AbortController();
    try {
      const response = await fetch(`${url}/api/admin/wire/events`, { signal: controller.signal });
      expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
      const reader = (response.body as ReadableStream<Uint8Array>).getReader();
      let text = '';
      while ((text.match(/: heartbeat\n\n/g) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
      expect(text.startsWith('retry: 3000\n\n')).toBe(true);
      expect(events.listenerCount()).toBe(1);
      controller.abort();
      await vi.waitFor(() => expect(events.listenerCount()).toBe(0));
    } finally {
      await app.close();
    }
  });
});
