/**
 * The drop-folder source on every store: a complete file is ingested and
 * moved to processed/, a malformed one quarantined and removed, a growing
 * one waited for; failures are retried and never stop the watcher, which
 * also runs on its own timer when configured through HERALD_WIRE_SOURCES.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../src/events/event-bus.js';
import { createQuarantineFiles } from '../../src/ingest/quarantine-files.js';
import { wireFileParser } from '../../src/ingest/wire-ingest-ports.js';
import { createFolderSource, type FolderSource } from '../../src/ingest/sources/folder-source.js';
import type { IngestFile } from '../../src/ingest/sources/source-types.js';
import { ingestWireFile, ingestWireFiles, type WireIngestContext } from '../../src/operations/ingest-wire-file.js';
import { startTestApp } from '../helpers/test-app.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { g2File, ninjsFile } from './wire-files.js';

for (const kind of testStoreKinds) {
  describe(`wire drop folder on ${kind.name}`, () => {
    let handle: TestStore;
    let inbox: string;
    let ingest: IngestFile;
    let ctx: WireIngestContext;
    let source: FolderSource | null = null;

    beforeEach(async () => {
      handle = await kind.open();
      inbox = path.join(handle.dataDir, 'inbox-afp');
      ctx = { store: handle.store, events: createEventBus(), now: () => new Date(), parser: wireFileParser, quarantine: createQuarantineFiles(path.join(handle.dataDir, 'quarantine')) };
      ingest = (input) => ingestWireFile(ctx, input);
    });
    afterEach(async () => {
      await source?.stop();
      source = null;
      await handle.dispose();
    });

    const folder = (fn: IngestFile = ingest) => {
      source = createFolderSource({ name: 'afp', path: inbox, intervalMs: 20 }, { ingest: fn, autoStart: false });
      return source;
    };
    const drop = (name: string, bytes: Uint8Array | string) => fs.writeFileSync(path.join(inbox, name), bytes);

    it('takes a file once its size is stable, ingests it and moves it to processed/', async () => {
      const watcher = folder();
      await watcher.scan();
      drop('story.xml', g2File({ guid: 'urn:folder:1' }));
      expect(await watcher.scan()).toEqual({ handled: [], waiting: ['story.xml'], failed: [] });
      const second = await watcher.scan();
      expect(second.handled).toEqual([{ file: 'story.xml', outcomes: [{ file: 'story.xml', status: 'ingested', guid: 'urn:folder:1', version: 1 }] }]);
      expect(fs.readdirSync(inbox)).toEqual(['processed']);
      expect(fs.readdirSync(path.join(inbox, 'processed'))).toEqual(['story.xml']);
      expect((await handle.store.listWireVersions('urn:folder:1'))[0]?.source).toBe('folder:afp');
    });

    it('quarantines a malformed file, removes it from the inbox and keeps going', async () => {
      const watcher = folder();
      fs.mkdirSync(inbox, { recursive: true });
      drop('broken.xml', '<newsItem guid="x" version="1"><itemMeta>');
      drop('good.json', ninjsFile({ guid: 'urn:folder:2' }));
      await watcher.scan();
      const round = await watcher.scan();
      expect(round.handled.map((h) => [h.file, h.outcomes[0]?.status])).toEqual(
        expect.arrayContaining([['broken.xml', 'quarantined'], ['good.json', 'ingested']]),
      );
      expect(fs.readdirSync(inbox)).toEqual(['processed']);
      const [entry] = await handle.store.listQuarantine(5);
      expect(entry).toMatchObject({ fileName: 'broken.xml', source: 'folder:afp' });
      expect(fs.existsSync(path.join(handle.dataDir, 'quarantine', entry?.storedName ?? ''))).toBe(true);
      drop('later.xml', g2File({ guid: 'urn:folder:3' }));
      await watcher.scan();
      expect((await watcher.scan()).handled.map((h) => h.file)).toEqual(['later.xml']);
    });

    it('waits while a file grows, and leaves temporary and hidden files alone', async () => {
      const watcher = folder();
      fs.mkdirSync(inbox, { recursive: true });
      const bytes = g2File({ guid: 'urn:folder:4' });
      drop('growing.xml', bytes.subarray(0, 100));
      drop('upload.xml.part', 'partial');
      drop('.hidden.xml', 'hidden');
      await watcher.scan();
      fs.appendFileSync(path.join(inbox, 'growing.xml'), bytes.subarray(100));
      expect((await watcher.scan()).waiting).toEqual(['growing.xml']);
      expect((await watcher.scan()).handled.map((h) => [h.file, h.outcomes[0]?.status])).toEqual([['growing.xml', 'ingested']]);
      expect(fs.readdirSync(inbox).sort()).toEqual(['.hidden.xml', 'processed', 'upload.xml.part']);
    });

    it('ingests a backlog in batches (one transaction per batch), each file on its own terms', async () => {
      const batches: number[] = [];
      source = createFolderSource({ name: 'afp', path: inbox, intervalMs: 20 }, {
        ingest, autoStart: false,
        ingestBatch: (inputs) => {
          batches.push(inputs.length);
          return ingestWireFiles(ctx, inputs);
        },
      });
      fs.mkdirSync(inbox, { recursive: true });
      for (let i = 0; i < 5; i++) drop(`story-${i}.xml`, g2File({ guid: `urn:backlog:${i}` }));
      drop('story-5.xml', 'not xml at all <');
      await source.scan();
      const round = await source.scan();
      expect(batches).toEqual([6]);
      expect(round.handled.map((h) => h.outcomes[0]?.status)).toEqual(['ingested', 'ingested', 'ingested', 'ingested', 'ingested', 'quarantined']);
      expect(fs.readdirSync(path.join(inbox, 'processed'))).toHaveLength(5);
      expect(fs.readdirSync(inbox)).toEqual(['processed']);
    });

    it('keeps a file whose ingest failed and retries it later; same names in processed/ never overwrite', async () => {
      let failNext = true;
      const flaky: IngestFile = async (input) => {
        if (failNext) {
          failNext = false;
          throw new Error('database is locked');
        }
        return ingest(input);
      };
      const watcher = folder(flaky);
      fs.mkdirSync(inbox, { recursive: true });
      drop('story.xml', g2File({ guid: 'urn:folder:5', version: 1 }));
      await watcher.scan();
      expect((await watcher.scan()).failed).toEqual([{ file: 'story.xml', error: 'database is locked' }]);
      expect(fs.existsSync(path.join(inbox, 'story.xml'))).toBe(true);
      await vi.waitFor(async () => expect((await watcher.scan()).handled.map((h) => h.file)).toEqual(['story.xml']), { timeout: 2000, interval: 30 });
      drop('story.xml', g2File({ guid: 'urn:folder:5', version: 2 }));
      await watcher.scan();
      await watcher.scan();
      expect(fs.readdirSync(path.join(inbox, 'processed'))).toHaveLength(2);
      expect((await handle.store.getWireStory('urn:folder:5'))?.latestVersion).toBe(2);
    });
  });
}

describe('wire drop folder configured through HERALD_WIRE_SOURCES', () => {
  it('ingests files dropped into the folder while the app runs, before and after a bad one', async () => {
    const inbox = makeTempDir('herald-inbox-');
    const kind = testStoreKinds[0] as (typeof testStoreKinds)[number];
    const running = await startTestApp(kind, {
      env: { HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'afp', kind: 'folder', path: inbox, intervalMs: 25 }]) },
    });
    try {
      const store = running.app.store;
      fs.writeFileSync(path.join(inbox, 'one.xml'), g2File({ guid: 'urn:live:1' }));
      await vi.waitFor(async () => expect(await store.getWireStory('urn:live:1')).not.toBeNull(), { timeout: 5000, interval: 25 });
      fs.writeFileSync(path.join(inbox, 'bad.json'), '{"not": "news"');
      await vi.waitFor(async () => expect((await store.listQuarantine(5)).map((q) => q.fileName)).toEqual(['bad.json']), { timeout: 5000, interval: 25 });
      fs.writeFileSync(path.join(inbox, 'two.xml'), g2File({ guid: 'urn:live:2' }));
      await vi.waitFor(async () => expect(await store.getWireStory('urn:live:2')).not.toBeNull(), { timeout: 5000, interval: 25 });
      await vi.waitFor(() => expect(fs.readdirSync(inbox)).toEqual(['processed']), { timeout: 5000, interval: 25 });
      expect(fs.readdirSync(path.join(inbox, 'processed')).sort()).toEqual(['one.xml', 'two.xml']);
    } finally {
      await running.stop();
      fs.rmSync(inbox, { recursive: true, force: true });
    }
  });
});
