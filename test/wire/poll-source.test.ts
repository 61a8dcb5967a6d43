/**
 * The feed poller against a local node:http server on 127.0.0.1, on every
 * store: each fetched document is ingested as one file, ETag and
 * Last-Modified are sent back (304 → nothing to do), failures are reported
 * and the next poll works again.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../src/events/event-bus.js';
import { createQuarantineFiles } from '../../src/ingest/quarantine-files.js';
import { wireFileParser } from '../../src/ingest/wire-ingest-ports.js';
import { createPollSource, type PollSource } from '../../src/ingest/sources/poll-source.js';
import type { IngestFile } from '../../src/ingest/sources/source-types.js';
import { ingestWireFile } from '../../src/operations/ingest-wire-file.js';
import { startTestApp } from '../helpers/test-app.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { startLocalServer, type LocalServer } from './local-server.js';

const feed = (items: { guid: string; title: string }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Reuters</title><link>http://127.0.0.1/</link><description>Test feed</description>
${items.map((i) => `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><description>Text of ${i.title}.</description><pubDate>Mon, 01 Jun 2026 14:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

for (const kind of testStoreKinds) {
  describe(`wire feed poller on ${kind.name}`, () => {
    let handle: TestStore;
    let server: LocalServer;
    let ingest: IngestFile;
    let source: PollSource | null = null;
    let body = feed([{ guid: 'urn:poll:1', title: 'Ferry resumes' }]);
    let etag: string | null = '"v1"';
    let lastModified: string | null = null;
    let fail = false;

    beforeEach(async () => {
      handle = await kind.open();
      const ctx = { store: handle.store, events: createEventBus(), now: () => new Date(), parser: wireFileParser, quarantine: createQuarantineFiles(path.join(handle.dataDir, 'q')) };
      ingest = (input) => ingestWireFile(ctx, input);
      body = feed([{ guid: 'urn:poll:1', title: 'Ferry resumes' }]);
      etag = '"v1"';
      lastModified = null;
      fail = false;
      server = await startLocalServer((req, res) => {
        if (fail) return void res.writeHead(503).end('try later');
        const fresh = (etag && req.headers['if-none-match'] === etag) || (lastModified && req.headers['if-modified-since'] === lastModified);
        if (fresh) return void res.writeHead(304).end();
        res.writeHead(200, {
          'content-type': 'application/rss+xml; charset=utf-8', ...(etag ? { etag } : {}), ...(lastModified ? { 'last-modified': lastModified } : {}),
        });
        res.end(body);
      });
    });
    afterEach(async () => {
      await source?.stop();
      source = null;
      await server.close();
      await handle.dispose();
    });

    const poller = () => {
      source = createPollSource({ name: 'reuters', url: `${server.url}/feed.xml`, intervalSeconds: 60 }, { ingest, autoStart: false });
      return source;
    };

    it('ingests the feed, then sends If-None-Match and does nothing on 304', async () => {
      const p = poller();
      const first = await p.poll();
      expect(first).toEqual({ status: 'fetched', outcomes: [{ file: 'feed.xml', status: 'ingested', guid: 'urn:poll:1', version: 1 }] });
      expect((await handle.store.listWireVersions('urn:poll:1'))[0]?.source).toBe('poll:reuters');
      expect(await p.poll()).toEqual({ status: 'not-modified' });
      expect(server.requests.map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, '"v1"']);
    });

    it('fetches again when the feed changed, and honours Last-Modified when there is no ETag', async () => {
      const p = poller();
      await p.poll();
      etag = null;
      lastModified = 'Mon, 01 Jun 2026 14:10:00 GMT';
      body = feed([{ guid: 'urn:poll:1', title: 'Ferry resumes' }, { guid: 'urn:poll:2', title: 'Budget approved' }]);
      const changed = await p.poll();
      expect(changed.status === 'fetched' && changed.outcomes.map((o) => `${o.status} ${o.guid}`)).toEqual(['unchanged urn:poll:1', 'ingested urn:poll:2']);
      expect(await p.poll()).toEqual({ status: 'not-modified' });
      expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(lastModified);
    });

    it('skips a body identical to the last one when the server gives no validators', async () => {
      etag = null;
      const p = poller();
      expect((await p.poll()).status).toBe('fetched');
      expect(await p.poll()).toEqual({ status: 'same-body' });
    });

    it('reports a failing server and works again on the next poll', async () => {
      const p = poller();
      fail = true;
      expect(await p.poll()).toEqual({ status: 'failed', error: 'the feed answered 503 Service Unavailable' });
      fail = false;
      expect((await p.poll()).status).toBe('fetched');
      expect(await handle.store.getWireStory('urn:poll:1')).not.toBeNull();
    });

    it('quarantines a document the parsers refuse, and does not quarantine it again while it stays the same', async () => {
      etag = null;
      body = '<html><body>Maintenance</body></html>';
      const p = poller();
      const first = await p.poll();
      expect(first.status === 'fetched' && first.outcomes[0]?.status).toBe('quarantined');
      expect(await p.poll()).toEqual({ status: 'same-body' });
      expect(await handle.store.listQuarantine(5)).toHaveLength(1);
    });
  });
}

describe('wire feed poller configured through HERALD_WIRE_SOURCES', () => {
  it('polls on start and on its interval', async () => {
    let body = feed([{ guid: 'urn:poll:live:1', title: 'First' }]);
    const server = await startLocalServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body));
    const kind = testStoreKinds[0] as (typeof testStoreKinds)[number];
    const running = await startTestApp(kind, {
      env: { HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'reuters', kind: 'poll', url: `${server.url}/feed.xml`, intervalSeconds: 1 }]) },
    });
    try {
      const store = running.app.store;
      await vi.waitFor(async () => expect(await store.getWireStory('urn:poll:live:1')).not.toBeNull(), { timeout: 5000, interval: 50 });
      body = feed([{ guid: 'urn:poll:live:2', title: 'Second' }]);
      await vi.waitFor(async () => expect(await store.getWireStory('urn:poll:live:2')).not.toBeNull(), { timeout: 5000, interval: 50 });
    } finally {
      await running.stop();
      await server.close();
    }
  });
});
