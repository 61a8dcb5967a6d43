/**
 * The core the server and the CLI share (src/core.ts): it opens the configured
 * store migrated forward and hands failing event subscribers to the logger it is given.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { createCore } from '../../src/core.js';
import type { HeraldEvent } from '../../src/domain/events.js';
import { testStoreKinds } from '../helpers/test-stores.js';

for (const kind of testStoreKinds) {
  describe(`createCore on ${kind.name}`, () => {
    it('opens the configured store migrated, and reports a failing subscriber to its logger', async () => {
      const handle = await kind.open();
      const reported: { error: unknown; event: HeraldEvent }[] = [];
      const config = loadConfig({
        HERALD_DATA_DIR: handle.dataDir, LOG_LEVEL: 'silent', ...(handle.databaseUrl ? { DATABASE_URL: handle.databaseUrl } : {}),
      });
      const core = await createCore(config, { now: () => new Date('2026-06-01T12:00:00.000Z'), onListenerError: (error, event) => reported.push({ error, event }) });
      try {
        expect(core.store.kind).toBe(kind.name);
        expect(await core.store.listEditions()).toEqual([]);
        expect(core.operations.store).toBe(core.store);
        expect(core.operations.events).toBe(core.events);
        expect(core.operations.now().toISOString()).toBe('2026-06-01T12:00:00.000Z');

        const ran: string[] = [];
        core.events.on('curation.changed', () => {
          throw new Error('reload failed');
        });
        core.events.on('curation.changed', () => void ran.push('second'));
        core.events.emit({ type: 'curation.changed', editionCode: 'en', at: '2026-06-01T12:00:00.000Z' });
        expect(ran).toEqual(['second']);
        expect(reported.map((r) => [(r.error as Error).message, r.event.type])).toEqual([['reload failed', 'curation.changed']]);
      } finally {
        await core.close();
        await handle.dispose();
      }
    });
  });
}
