/**
 * Quarantine retention on every store, with an injected clock: files and desk
 * entries older than HERALD_QUARANTINE_RETENTION_DAYS go, 0 keeps them forever,
 * and past the byte cap the oldest go first; the wire desk runs the sweep.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createQuarantineFiles, type QuarantineFiles } from '../../src/ingest/quarantine-files.js';
import { sweepQuarantine } from '../../src/operations/sweep-quarantine.js';
import { startTestApp } from '../helpers/test-app.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-06-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

for (const kind of testStoreKinds) {
  describe(`quarantine retention on ${kind.name}`, () => {
    let handle: TestStore;
    let folder: QuarantineFiles;
    const ctx = () => ({ store: handle.store, now: () => NOW });

    beforeEach(async () => {
      handle = await kind.open();
      folder = createQuarantineFiles(path.join(handle.dataDir, 'quarantine'));
    });
    afterEach(async () => handle.dispose());

    /** Quarantines a file the way ingest does: the file, then its desk entry, both at `at`. */
    const quarantine = async (fileName: string, at: Date, size = 100) => {
      const storedName = await folder.keep(fileName, new Uint8Array(size), at);
      await handle.store.transaction((tx) =>
        tx.insertQuarantine({ fileName, storedName, code: 'too_large', reason: 'test', size, source: 'push:dpa', receivedAt: at.toISOString() }),
      );
      return storedName;
    };
    const entries = async () => (await handle.store.listQuarantine(100)).map((e) => e.fileName).sort();
    const files = () => fs.readdirSync(folder.directory).sort();

    it('removes files and entries older than the retention, keeps the rest', async () => {
      await quarantine('ancient.xml', daysAgo(400));
      await quarantine('old.xml', daysAgo(30.5));
      const recent = await quarantine('recent.xml', daysAgo(29.5));
      const today = await quarantine('today.xml', NOW);
      // A file copied in by hand ages by its modification time.
      fs.writeFileSync(path.join(folder.directory, 'by-hand.xml'), 'x');
      fs.utimesSync(path.join(folder.directory, 'by-hand.xml'), daysAgo(31), daysAgo(31));

      const result = await sweepQuarantine(ctx(), folder, { retentionDays: 30, maxBytes: 0 });
      expect(result).toEqual({ removedFiles: 3, removedEntries: 2, freedBytes: 201 });
      expect(await entries()).toEqual(['recent.xml', 'today.xml']);
      expect(files()).toEqual([recent, today].sort());
      expect(await sweepQuarantine(ctx(), folder, { retentionDays: 30, maxBytes: 0 })).toEqual({ removedFiles: 0, removedEntries: 0, freedBytes: 0 });
    });

    it('keeps everything forever with retention 0 and no cap', async () => {
      await quarantine('ancient.xml', daysAgo(4000));
      expect(await sweepQuarantine(ctx(), folder, { retentionDays: 0, maxBytes: 0 })).toEqual({ removedFiles: 0, removedEntries: 0, freedBytes: 0 });
      expect(await entries()).toEqual(['ancient.xml']);
      expect(files()).toHaveLength(1);
    });

    it('keeps the folder under the byte cap, oldest first', async () => {
      await quarantine('first.xml', daysAgo(3), 400);
      await quarantine('second.xml', daysAgo(2), 400);
      const third = await quarantine('third.xml', daysAgo(1), 400);
      const result = await sweepQuarantine(ctx(), folder, { retentionDays: 0, maxBytes: 500 });
      expect(result).toEqual({ removedFiles: 2, removedEntries: 2, freedBytes: 800 });
      expect(await entries()).toEqual(['third.xml']);
      expect(files()).toEqual([third]);
    });

    it('is an empty pass when nothing was ever quarantined', async () => {
      expect(await sweepQuarantine(ctx(), folder, { retentionDays: 30, maxBytes: 1024 })).toEqual({ removedFiles: 0, removedEntries: 0, freedBytes: 0 });
    });
  });

  describe(`the wire desk's quarantine sweep on ${kind.name}`, () => {
    it('is run by the wire desk with HERALD_QUARANTINE_RETENTION_DAYS', async () => {
      let clock = daysAgo(45);
      const running = await startTestApp(kind, {
        seedDemo: true, now: () => clock,
        env: {
          HERALD_QUARANTINE_RETENTION_DAYS: '30', HERALD_SCHEDULER_INTERVAL_MS: '0',
          HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'dpa', kind: 'push', token: 'dpa-push-secret-0123456789' }]),
        },
      });
      try {
        const push = async (name: string) => {
          const response = await running.get('/ingest/dpa', {
            method: 'POST', headers: { authorization: 'Bearer dpa-push-secret-0123456789', 'x-wire-filename': name }, body: '<html>not wire</html>',
          });
          expect(response.status).toBe(200);
        };
        await push('old.html');
        clock = NOW;
        await push('new.html');
        const dir = running.app.wire.quarantine.directory;
        expect(fs.readdirSync(dir)).toHaveLength(2);
        expect(await running.app.wire.sweepQuarantine()).toMatchObject({ removedFiles: 1, removedEntries: 1 });
        expect((await running.app.store.listQuarantine(10)).map((e) => e.fileName)).toEqual(['new.html']);
        expect(fs.readdirSync(dir)).toHaveLength(1);
      } finally {
        await running.stop();
      }
    });
  });
}
