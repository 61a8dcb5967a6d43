/** Events between two processes' store handles on one store, without Redis: the SQLite outbox and PostgreSQL NOTIFY. */
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HeraldEvent } from '../../src/domain/events.js';
import { createEventBus, type EventBus } from '../../src/events/event-bus.js';
import { bridgeEventsThroughStore, MAX_NOTIFY_BYTES } from '../../src/events/store-event-bridge.js';
import type { Store } from '../../src/operations/ports.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { testStoreKinds, type TestStore } from '../helpers/test-stores.js';

/** A second handle on the same store, as another process would open it. */
async function secondHandle(handle: TestStore): Promise<Store> {
  if (!handle.databaseUrl) return openMigratedStore(openSqlite(path.join(handle.dataDir, 'herald.db')));
  return openMigratedStore(openPostgres(handle.databaseUrl, { maxConnections: 2 }));
}

function nextEvent(bus: EventBus): Promise<HeraldEvent> {
  return new Promise((resolve) => {
    const off = bus.onAny((event) => {
      off();
      resolve(event);
    });
  });
}

describe.each(testStoreKinds)('event transport over the store ($name)', (kind) => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.reverse()) await step();
    cleanup.length = 0;
  });

  async function pair() {
    const handle = await kind.open();
    const other = await secondHandle(handle);
    const busA = createEventBus();
    const busB = createEventBus();
    const a = await bridgeEventsThroughStore(busA, handle.store.cluster, { nodeId: 'a', pollMs: 20 });
    const b = await bridgeEventsThroughStore(busB, other.cluster, { nodeId: 'b', pollMs: 20 });
    cleanup.push(() => handle.dispose(), () => other.close(), () => a.close(), () => b.close());
    return { handle, busA, busB, a, b };
  }

  it('carries an event from one handle to the other, and each ignores its own', async () => {
    const { busA, busB, a, b } = await pair();
    expect(a.kind).toBe(kind.name === 'postgres' ? 'postgres' : 'outbox');
    const seenByA: HeraldEvent[] = [];
    busA.onAny((event) => void seenByA.push(event));
    const arrival = nextEvent(busB);
    busA.emit({ type: 'front_page.changed', editionCode: 'en', at: '2026-01-01T00:00:00.000Z' });
    expect(await arrival).toEqual({ type: 'front_page.changed', editionCode: 'en', at: '2026-01-01T00:00:00.000Z' });
    await a.flush();
    // B's answer travels back; A hears B's event once and never its own echo.
    const back = nextEvent(busA);
    busB.emit({ type: 'curation.changed', editionCode: 'de', at: '2026-01-01T00:00:01.000Z' });
    await back;
    await b.flush();
    expect(seenByA.map((event) => event.type)).toEqual(['front_page.changed', 'curation.changed']);
  });

  // Only PostgreSQL has a LISTEN connection to break; defined for it alone rather than reported as skipped on SQLite.
  if (kind.name === 'postgres') it('opens a broken LISTEN connection again, says so, and hears events after it', async () => {
    const handle = await kind.open();
    const other = await secondHandle(handle);
    const busA = createEventBus();
    const busB = createEventBus();
    const errors: unknown[] = [];
    let resyncs = 0;
    const a = await bridgeEventsThroughStore(busA, handle.store.cluster, { nodeId: 'a' });
    const b = await bridgeEventsThroughStore(busB, other.cluster, {
      nodeId: 'b', reconnectMs: 20, onError: (error) => void errors.push(error), onResync: () => void resyncs++,
    });
    cleanup.push(() => handle.dispose(), () => other.close(), () => a.close(), () => b.close());
    expect(b.connected()).toBe(true);

    // Ends both processes' LISTEN connections, as a database restart would.
    const client = new pg.Client({ connectionString: handle.databaseUrl });
    await client.connect();
    try {
      const schema = (await client.query<{ schema: string }>('select current_schema() as schema')).rows[0]?.schema;
      const killed = await client.query('select pg_terminate_backend(pid) from pg_stat_activity where query = $1', [`listen "herald_events_${schema}"`]);
      expect(killed.rowCount).toBe(2);
    } finally {
      await client.end();
    }
    await vi.waitFor(() => {
      expect(errors.length).toBeGreaterThan(0);
      expect(resyncs).toBe(1);
      expect(b.connected()).toBe(true);
    }, { timeout: 10_000, interval: 20 });

    const arrival = nextEvent(busB);
    busA.emit({ type: 'front_page.changed', editionCode: 'en', at: '2026-01-01T00:00:00.000Z' });
    expect(await arrival).toMatchObject({ type: 'front_page.changed', editionCode: 'en' });
  });

  it('carries an event larger than a NOTIFY allows', async () => {
    const { busA, busB } = await pair();
    const reason = 'x'.repeat(MAX_NOTIFY_BYTES + 100);
    const arrival = nextEvent(busB);
    busA.emit({ type: 'wire.quarantined', quarantineId: 7, fileName: 'big.xml', reason, at: '2026-01-01T00:00:00.000Z' });
    const event = await arrival;
    expect(event.type === 'wire.quarantined' && event.reason).toBe(reason);
  });

  it('keeps the order of many events sent at once', async () => {
    const { busA, busB } = await pair();
    const received: number[] = [];
    const all = new Promise<void>((resolve) =>
      busB.on('wire.ingested', (event) => {
        received.push(event.version);
        if (received.length === 50) resolve();
      }),
    );
    for (let version = 1; version <= 50; version++) busA.emit({ type: 'wire.ingested', guid: 'g', version, at: '2026-01-01T00:00:00.000Z' });
    await all;
    expect(received).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it('prunes outbox rows older than the retention', async () => {
    const handle = await kind.open();
    cleanup.push(() => handle.dispose());
    const outbox = handle.store.cluster.outbox;
    await outbox.append([{ origin: 'x', payload: '{}' }], new Date('2026-01-01T00:00:00Z'));
    const last = await outbox.append([{ origin: 'x', payload: '{}' }], new Date('2026-01-01T00:02:00Z'));
    expect(await outbox.pruneBefore(new Date('2026-01-01T00:01:00Z'))).toBe(1);
    expect((await outbox.readAfter(0, 10)).map((row) => row.id)).toEqual([last]);
  });
});
