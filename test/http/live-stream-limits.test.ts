/**
 * The readers' event streams are bounded per process (src/http/live-stream-routes.ts):
 * beyond `maxStreams` a reader gets 503 with Retry-After, and a closed stream
 * frees its place. Also: unknown articles and ordinary articles have no stream.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SYSTEM } from '../../src/domain/identity.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { registerLiveStreamRoutes } from '../../src/http/live-stream-routes.js';
import { createArticle } from '../../src/operations/create-article.js';
import { setLiveState } from '../../src/operations/live-coverage.js';
import { getMessages } from '../../src/site/i18n/registry.js';
import { loadSiteDirectory } from '../../src/site/site-directory.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const kind = testStoreKinds[0]!;

describe('live event stream limits', () => {
  let handle: TestStore;
  let app: FastifyInstance;
  let baseUrl = '';
  let liveId = 0;
  let plainId = 0;
  let streams: { openStreams: () => number };

  beforeEach(async () => {
    handle = await kind.open();
    const ids = await insertFixtureNewsroom(handle.store);
    const events = createEventBus();
    const ctx = { store: handle.store, events, now: () => new Date() };
    const article = (headline: string) => createArticle(ctx, {
      editionCode: 'en', sectionId: ids.sectionId, headline, body: [{ type: 'paragraph', spans: [{ text: 'Text.' }] }],
      publishedAt: new Date(Date.now() - 60_000).toISOString(),
    }, SYSTEM);
    liveId = await article('Live one');
    plainId = await article('Plain one');
    await setLiveState(ctx, liveId, 'open', SYSTEM);
    const directory = await loadSiteDirectory(handle.store);
    app = Fastify();
    streams = registerLiveStreamRoutes(app, { reader: handle.store, events, directory: () => directory, messages: getMessages, now: () => new Date(), maxStreams: 1 });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterEach(async () => {
    await app.close();
    await handle.dispose();
  });

  it('refuses a stream beyond the limit with 503 and Retry-After, and takes one again once a place is free', async () => {
    const first = new AbortController();
    const open = await fetch(`${baseUrl}/en/live/${liveId}/events`, { signal: first.signal });
    expect(open.status).toBe(200);
    expect(streams.openStreams()).toBe(1);
    const refused = await fetch(`${baseUrl}/en/live/${liveId}/events`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('30');
    first.abort();
    // The server notices the closed socket on its own time: wait for that, not for a fixed delay.
    while (streams.openStreams() > 0) await new Promise((resolve) => setImmediate(resolve));
    const again = new AbortController();
    const reopened = await fetch(`${baseUrl}/en/live/${liveId}/events`, { signal: again.signal });
    expect(reopened.status).toBe(200);
    again.abort();
  });

  it('has no stream for an ordinary article (204) or an unknown one (404)', async () => {
    expect((await fetch(`${baseUrl}/en/live/${plainId}/events`)).status).toBe(204);
    expect((await fetch(`${baseUrl}/en/live/999999/events`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/de/live/${liveId}/events`)).status).toBe(404);
  });
});
