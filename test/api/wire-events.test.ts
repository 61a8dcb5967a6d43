/**
 * GET /api/admin/wire/events: server-sent events to the open desk, on every
 * store. An ingest, a quarantine and an alert reach the open desk; a
 * reconnecting desk gets what it missed; disconnecting cleans up. The
 * fan-out module is also checked on its own (order, replay, heartbeat-free).
 * Nothing here sleeps or times: each step waits for the message, the
 * subscription or the stream end it is about.
 */
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWireRoutes } from '../../src/api/admin/wire-routes.js';
import type { MediaStore } from '../../src/media/media-store.js';
import type { OperationContext } from '../../src/operations/context.js';
import type { WireDeskEventData } from '../../src/api/admin/wire-contract.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createWireDeskEvents, type WireDeskEvent, type WireDeskEvents } from '../../src/ingest/wire-desk-events.js';
import { signInAs, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { g2File } from '../wire/wire-files.js';

interface SseMessage {
  id: number;
  event: string;
  data: WireDeskEventData;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** One turn of the event loop: lets whatever is already due run, without waiting for any time to pass. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Opens the stream and collects messages as they arrive. `message(event)` resolves with the first
 * message of that type (already received or still to come); `ended` resolves when the stream ends
 * ('ended') or its connection is cut ('cut', also when the test aborts it).
 */
async function openStream(running: RunningApp, client: AdminClient | null, query = '') {
  const controller = new AbortController();
  const response = await running.get(`/api/admin/wire/events${query}`, {
    headers: client ? { cookie: client.cookie, accept: 'text/event-stream' } : {}, signal: controller.signal,
  });
  const messages: SseMessage[] = [];
  const waiters: { test: (m: SseMessage) => boolean; resolve: (m: SseMessage) => void }[] = [];
  const ended = deferred<'ended' | 'cut'>();
  const arrived = (message: SseMessage) => {
    messages.push(message);
    for (const waiter of [...waiters]) {
      if (!waiter.test(message)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(message);
    }
  };
  let text = '';
  if (response.ok && response.body) {
    const reader = response.body.getReader();
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return ended.resolve('ended');
          text += new TextDecoder().decode(value);
          let end: number;
          while ((end = text.indexOf('\n\n')) !== -1) {
            const block = text.slice(0, end);
            text = text.slice(end + 2);
            const fields = Object.fromEntries(block.split('\n').filter((l) => !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
            if (fields.data) arrived({ id: Number(fields.id), event: String(fields.event), data: JSON.parse(fields.data) as WireDeskEventData });
          }
        }
      } catch {
        ended.resolve('cut');
      }
    })();
  }
  const message = (test: string | ((m: SseMessage) => boolean)) => {
    const matches = typeof test === 'string' ? (m: SseMessage) => m.event === test : test;
    const found = messages.find(matches);
    return found ? Promise.resolve(found) : new Promise<SseMessage>((resolve) => waiters.push({ test: matches, resolve }));
  };
  return { response, messages, message, ended: ended.promise, close: () => controller.abort() };
}

/**
 * Lets a test await the moment the server lets go of a desk: the fan-out's
 * subscribe is wrapped so each unsubscribe (the connection closed) is seen.
 */
function watchReleases(events: WireDeskEvents): { next(): Promise<void> } {
  const waiting: (() => void)[] = [];
  const subscribe = events.subscribe.bind(events);
  events.subscribe = (listener, afterId) => {
    const unsubscribe = subscribe(listener, afterId);
    return () => {
      unsubscribe();
      for (const resolve of waiting.splice(0)) resolve();
    };
  };
  return { next: () => new Promise<void>((resolve) => waiting.push(resolve)) };
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

    it('pushes wire.ingested (with the story) and wire.quarantined as they arrive', async () => {
      const releases = watchReleases(running.app.wire.events);
      const stream = await openStream(running, reporter);
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
      // The route subscribes in the same step that sends the headers, so the desk is listening once they arrive.
      expect(running.app.wire.events.listenerCount()).toBe(1);
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:1', headline: 'Flash: ferry sinks', urgency: 1 }), fileName: 'f.xml', source: 'test' });
      const ingested = await stream.message('wire.ingested');
      expect(ingested.data).toMatchObject({ type: 'wire.ingested', guid: 'urn:sse:1', version: 1, story: { headline: 'Flash: ferry sinks', urgency: 1 } });
      await running.app.wire.ingest({ bytes: new TextEncoder().encode('not news'), fileName: 'junk.txt', source: 'test' });
      const quarantined = await stream.message('wire.quarantined');
      expect(stream.messages.at(-1)).toBe(quarantined);
      expect(quarantined.data).toMatchObject({ type: 'wire.quarantined', fileName: 'junk.txt', reason: expect.any(String) });
      const released = releases.next();
      stream.close();
      await released;
      expect(running.app.wire.events.listenerCount()).toBe(0);
    });

    it('replays what a reconnecting desk missed after its last event id', async () => {
      const first = await openStream(running, reporter);
      expect(running.app.wire.events.listenerCount()).toBe(1);
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:2' }), fileName: 'a.xml', source: 'test' });
      const { id: lastId } = await first.message('wire.ingested');
      expect(first.messages).toHaveLength(1);
      first.close();
      await running.app.wire.ingest({ bytes: g2File({ guid: 'urn:sse:3' }), fileName: 'b.xml', source: 'test' });
      const again = await openStream(running, reporter, `?lastEventId=${lastId}`);
      const replayed = await again.message((m) => (m.data as { guid?: string }).guid === 'urn:sse:3');
      expect(again.messages).toEqual([replayed]);
      expect(replayed.id).toBe(lastId + 1);
      again.close();
      const bad = await reporter.request('GET', '/api/admin/wire/events?lastEventId=x');
      expect(bad.status).toBe(422);
    });

    it('ends open streams when the server closes, so shutting down never waits for desks', async () => {
      const stream = await openStream(running, reporter);
      expect(running.app.wire.events.listenerCount()).toBe(1);
      // Without ending the stream, closing would wait for the desk to go away: here, forever (the test's hang guard).
      await running.stop();
      // The server may end the response or cut the connection; either way the desk is not left open.
      expect(['ended', 'cut']).toContain(await stream.ended);
      running = undefined as unknown as RunningApp;
    });
  });
}

describe('wire desk fan-out', () => {
  it('delivers wire events in bus order with increasing ids, ignores the rest, and replays after an id', async () => {
    const bus = createEventBus();
    // Each story load is answered when the test says, so a slow first story can be held back on purpose.
    const asked = new Map<string, ReturnType<typeof deferred<(story: null) => void>>>();
    const askedFor = (guid: string) => asked.get(guid) ?? asked.set(guid, deferred()).get(guid)!;
    const fanOut = createWireDeskEvents(bus, { loadStory: (guid) => new Promise((resolve) => askedFor(guid).resolve(resolve)) });
    const seen: WireDeskEvent[] = [];
    const threeSeen = deferred<void>();
    const unsubscribe = fanOut.subscribe((e) => {
      if (seen.push(e) === 3) threeSeen.resolve();
    });
    bus.emit({ type: 'wire.ingested', guid: 'urn:a', version: 1, at: 't' });
    bus.emit({ type: 'article.saved', articleId: 1, editionCode: 'en', at: 't' });
    bus.emit({ type: 'wire.ingested', guid: 'urn:b', version: 1, at: 't' });
    bus.emit({ type: 'wire.alerted', alertId: 7, articleId: 1, guid: 'urn:a', at: 't' });
    void askedFor('urn:b').promise.then((answer) => answer(null));
    const answerA = await askedFor('urn:a').promise;
    // Whatever could overtake the slow first story gets its chance before it is answered.
    await nextTurn();
    answerA(null);
    await threeSeen.promise;
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
    bus.emit({ type: 'wire.quarantined', quarantineId: 1, fileName: 'x', reason: 'y', at: 't' });
    await nextTurn();
    expect(asked.has('urn:c')).toBe(false);
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
    const releases = watchReleases(events);
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
      const released = releases.next();
      controller.abort();
      await released;
      expect(events.listenerCount()).toBe(0);
    } finally {
      await app.close();
    }
  });
});
