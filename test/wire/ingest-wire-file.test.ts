/**
 * ingestWireFile on every store: versions (higher supersedes with history
 * kept, equal or older changes nothing, resends are idempotent), kills,
 * withholds and corrections (story marked, alerts on adopted articles),
 * envelopes all or nothing, and quarantine with the file kept.
 */
import { SYSTEM } from '../../src/domain/identity.js';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { createEventBus } from '../../src/events/event-bus.js';
import { createQuarantineFiles } from '../../src/ingest/quarantine-files.js';
import { wireFileParser } from '../../src/ingest/wire-ingest-ports.js';
import { createArticle } from '../../src/operations/create-article.js';
import { ingestWireFile, ingestWireFiles, type WireIngestContext } from '../../src/operations/ingest-wire-file.js';
import type { ContentWriter, Store } from '../../src/operations/ports.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';
import { g2Envelope, g2File, ninjsFile } from './wire-files.js';

for (const kind of testStoreKinds) {
  describe(`ingestWireFile on ${kind.name}`, () => {
    let handle: TestStore;
    let ids: FixtureIds;
    let ctx: WireIngestContext;
    let events: HeraldEvent[];
    let clock: Date;

    beforeEach(async () => {
      handle = await kind.open();
      ids = await insertFixtureNewsroom(handle.store);
      events = [];
      const bus = createEventBus();
      bus.onAny((e) => void events.push(e));
      clock = new Date('2026-06-01T14:05:00.000Z');
      ctx = { store: handle.store, events: bus, now: () => clock, parser: wireFileParser, quarantine: createQuarantineFiles(path.join(handle.dataDir, 'quarantine')) };
    });
    afterEach(async () => handle.dispose());

    /** The store, except that `method` fails with "disk full" when `when` says so (inside the transaction). */
    function storeFailingOn<K extends 'insertWireItems' | 'upsertWireStories'>(method: K, when: (rows: Parameters<ContentWriter[K]>[0]) => boolean): Store {
      return {
        ...handle.store,
        transaction: (work) =>
          handle.store.transaction((tx) =>
            work(
              new Proxy(tx, {
                get(target, key) {
                  if (key !== method) return target[key as keyof ContentWriter];
                  return async (rows: Parameters<ContentWriter[K]>[0]) => {
                    if (when(rows)) throw new Error('disk full');
                    return (target[method] as (r: typeof rows) => Promise<unknown>)(rows);
                  };
                },
              }),
            ),
          ),
      };
    }

    const ingest = (bytes: Uint8Array, fileName = 'story.xml') => ingestWireFile(ctx, { bytes, fileName, source: 'test' });
    const adopt = (guid: string, version: number, published = true) =>
      createArticle(ctx, {
        editionCode: 'en', sectionId: ids.sectionId, headline: 'Harbour ferry cancelled', body: [], agencyIds: [ids.agencyIds[0] as number],
        wireOrigin: { guid, version }, ...(published ? { publishedAt: '2026-06-01T13:00:00.000Z' } : {}),
      }, SYSTEM);

    it('stores a new story, supersedes it with a higher version and keeps every version', async () => {
      expect(await ingest(g2File({ guid: 'urn:afp:1', version: 1, headline: 'First take' }))).toEqual([
        { file: 'story.xml', status: 'ingested', guid: 'urn:afp:1', version: 1 },
      ]);
      clock = new Date('2026-06-01T14:10:00.000Z');
      expect((await ingest(g2File({ guid: 'urn:afp:1', version: 2, headline: 'Second take' })))[0]?.status).toBe('ingested');
      const story = await handle.store.getWireStory('urn:afp:1');
      expect(story).toMatchObject({ latestVersion: 2, headline: 'Second take', pubStatus: 'usable', receivedAt: '2026-06-01T14:10:00.000Z' });
      const versions = await handle.store.listWireVersions('urn:afp:1');
      expect(versions.map((v) => [v.version, v.headline])).toEqual([[2, 'Second take'], [1, 'First take']]);
      expect(story?.latestItemId).toBe(versions[0]?.id);
      expect(events.filter((e) => e.type === 'wire.ingested').map((e) => (e as { version: number }).version)).toEqual([1, 2]);
    });

    it('answers an equal or older version with "unchanged" and changes nothing (resends are idempotent)', async () => {
      await ingest(g2File({ guid: 'urn:afp:2', version: 3, headline: 'Third take' }));
      events.length = 0;
      const resend = await ingest(g2File({ guid: 'urn:afp:2', version: 3, headline: 'Third take, resent' }));
      const older = await ingest(ninjsFile({ guid: 'urn:afp:2', version: 2, headline: 'Second take, late' }), 'late.json');
      expect(resend).toEqual([{ file: 'story.xml', status: 'unchanged', guid: 'urn:afp:2', version: 3 }]);
      expect(older).toEqual([{ file: 'late.json', status: 'unchanged', guid: 'urn:afp:2', version: 2 }]);
      expect((await handle.store.listWireVersions('urn:afp:2')).map((v) => v.headline)).toEqual(['Third take']);
      expect((await handle.store.getWireStory('urn:afp:2'))?.headline).toBe('Third take');
      expect(events).toEqual([]);
    });

    it('marks a killed story and alerts the adopted article with the agency’s words', async () => {
      await ingest(g2File({ guid: 'urn:afp:3', version: 1 }));
      const articleId = await adopt('urn:afp:3', 1);
      const draftId = await adopt('urn:afp:3', 1, false);
      events.length = 0;
      await ingest(g2File({ guid: 'urn:afp:3', version: 2, pubStatus: 'canceled', versionCreated: '2026-06-01T14:02:00Z' }));
      expect((await handle.store.getWireStory('urn:afp:3'))?.pubStatus).toBe('canceled');
      const alerts = await handle.store.listWireAlerts({ openOnly: true });
      expect(alerts.map((a) => [a.articleId, a.kind, a.version]).sort()).toEqual([[articleId, 'canceled', 2], [draftId, 'canceled', 2]].sort());
      const published = alerts.find((a) => a.articleId === articleId);
      expect(published?.message).toMatch(/^AFP killed this story at 14:02 UTC — the article 'Harbour ferry cancelled' is published and uses (it|version 1)/);
      expect(alerts.find((a) => a.articleId === draftId)?.message).toContain('is draft');
      expect(events.filter((e) => e.type === 'wire.alerted')).toHaveLength(2);
    });

    it('marks a withheld story and alerts adopted articles', async () => {
      await ingest(ninjsFile({ guid: 'urn:dpa:4', version: 1, provider: 'dpa' }), 'a.json');
      const articleId = await adopt('urn:dpa:4', 1);
      await ingest(ninjsFile({ guid: 'urn:dpa:4', version: 2, provider: 'dpa', pubStatus: 'withheld', versionCreated: '2026-06-01T09:30:00Z' }), 'b.json');
      expect((await handle.store.getWireStory('urn:dpa:4'))?.pubStatus).toBe('withheld');
      const [alert] = await handle.store.listWireAlerts({ articleId });
      expect(alert).toMatchObject({ kind: 'withheld', guid: 'urn:dpa:4', version: 2 });
      expect(alert?.message).toMatch(/^dpa withheld this story at 09:30 UTC — the article 'Harbour ferry cancelled' is published/);
    });

    it('flags a correction on the story and alerts adopted articles; a plain update alerts nobody', async () => {
      await ingest(g2File({ guid: 'urn:afp:5', version: 1 }));
      const articleId = await adopt('urn:afp:5', 1);
      await ingest(g2File({ guid: 'urn:afp:5', version: 2 }));
      expect(await handle.store.listWireAlerts({ articleId })).toEqual([]);
      await ingest(g2File({ guid: 'urn:afp:5', version: 3, correction: true }));
      expect((await handle.store.getWireStory('urn:afp:5'))?.isCorrection).toBe(true);
      expect((await handle.store.listWireAlerts({ articleId })).map((a) => a.kind)).toEqual(['correction']);
      expect((await handle.store.listWireVersions('urn:afp:5')).map((v) => v.isCorrection)).toEqual([true, false, false]);
    });

    it('stores every item of an envelope, in order, including two versions of one story', async () => {
      const outcomes = await ingest(g2Envelope([{ guid: 'urn:env:1' }, { guid: 'urn:env:2', version: 1 }, { guid: 'urn:env:2', version: 2 }]), 'env.xml');
      expect(outcomes.map((o) => [o.status, o.guid, o.version])).toEqual([
        ['ingested', 'urn:env:1', 1], ['ingested', 'urn:env:2', 1], ['ingested', 'urn:env:2', 2],
      ]);
      expect((await handle.store.getWireStory('urn:env:2'))?.latestVersion).toBe(2);
    });

    it('refuses a whole envelope when one item is broken: nothing stored, the file quarantined', async () => {
      const bytes = g2Envelope([{ guid: 'urn:env:ok' }, '<newsItem version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta></newsItem>']);
      const [outcome] = await ingest(bytes, 'broken-envelope.xml');
      expect(outcome).toMatchObject({ status: 'quarantined', file: 'broken-envelope.xml' });
      expect(outcome?.reason).toMatch(/Item 2 of 2.*whole file is rejected/);
      expect(await handle.store.getWireStory('urn:env:ok')).toBeNull();
    });

    it('rolls back the whole envelope when storing it fails half-way', async () => {
      // The versions are written, then writing the stories fails: nothing of the file may remain.
      const failing = storeFailingOn('upsertWireStories', () => true);
      await expect(
        ingestWireFile({ ...ctx, store: failing }, { bytes: g2Envelope([{ guid: 'urn:env:a' }, { guid: 'urn:env:b' }]), fileName: 'e.xml', source: 'test' }),
      ).rejects.toThrow('disk full');
      expect(await handle.store.getWireStory('urn:env:a')).toBeNull();
      expect(await handle.store.listWireVersions('urn:env:a')).toEqual([]);
      expect(events.filter((e) => e.type === 'wire.ingested')).toEqual([]);
    });

    it('quarantines an unreadable file: the bytes are kept, the reason recorded and announced', async () => {
      const bytes = new TextEncoder().encode('<rss><channel><item><title>no end');
      const [outcome] = await ingest(bytes, 'truncated.xml');
      expect(outcome?.status).toBe('quarantined');
      const [entry] = await handle.store.listQuarantine(10);
      expect(entry).toMatchObject({ fileName: 'truncated.xml', size: bytes.byteLength, source: 'test', reason: outcome?.reason });
      expect(entry?.code).toBe('malformed');
      expect(fs.readFileSync(path.join(handle.dataDir, 'quarantine', entry?.storedName ?? ''))).toEqual(Buffer.from(bytes));
      expect(events).toEqual([{ type: 'wire.quarantined', quarantineId: entry?.id, fileName: 'truncated.xml', reason: outcome?.reason, at: clock.toISOString() }]);
    });

    it('stores a batch of files in one go, atomic per file: a file that fails leaves nothing and takes nobody down', async () => {
      const failing = storeFailingOn('insertWireItems', (rows) => rows.some((r) => r.item.guid === 'urn:batch:bad:2'));
      const results = await ingestWireFiles({ ...ctx, store: failing }, [
        { bytes: g2File({ guid: 'urn:batch:1' }), fileName: '1.xml', source: 'test' },
        { bytes: g2Envelope([{ guid: 'urn:batch:bad:1' }, { guid: 'urn:batch:bad:2' }]), fileName: 'bad.xml', source: 'test' },
        { bytes: new TextEncoder().encode('nonsense'), fileName: 'junk.txt', source: 'test' },
        { bytes: ninjsFile({ guid: 'urn:batch:2' }), fileName: '2.json', source: 'test' },
        { bytes: g2File({ guid: 'urn:batch:1' }), fileName: '1-again.xml', source: 'test' },
      ]);
      expect(results.map((r) => (r.ok ? r.outcomes.map((o) => o.status).join(',') : `failed: ${(r.error as Error).message}`))).toEqual([
        'ingested', 'failed: disk full', 'quarantined', 'ingested', 'unchanged',
      ]);
      expect(await handle.store.getWireStory('urn:batch:bad:1')).toBeNull();
      expect((await handle.store.listWireStories({ limit: 10, offset: 0 })).map((s) => s.guid).sort()).toEqual(['urn:batch:1', 'urn:batch:2']);
      expect(events.filter((e) => e.type === 'wire.ingested').map((e) => (e as { guid: string }).guid)).toEqual(['urn:batch:1', 'urn:batch:2']);

      const clean = await ingestWireFiles(ctx, [
        { bytes: g2File({ guid: 'urn:batch:3' }), fileName: '3.xml', source: 'test' },
        { bytes: g2File({ guid: 'urn:batch:3', version: 2 }), fileName: '3v2.xml', source: 'test' },
      ]);
      expect(clean.map((r) => r.ok && r.outcomes[0]?.status)).toEqual(['ingested', 'ingested']);
      expect((await handle.store.getWireStory('urn:batch:3'))?.latestVersion).toBe(2);
    });

    it('stores a story once when the same file is ingested twice at the same moment', async () => {
      const bytes = g2File({ guid: 'urn:race:1', version: 1 });
      const outcomes = await Promise.all([ingest(bytes, 'a.xml'), ingest(bytes, 'b.xml')]);
      expect(outcomes.map((o) => o[0]?.status).sort()).toEqual(['ingested', 'unchanged']);
      expect(await handle.store.listWireVersions('urn:race:1')).toHaveLength(1);
    });
  });
}
