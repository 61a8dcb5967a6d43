/**
 * The core every entry point shares: configuration → store (migrated forward)
 * → event bus → media store → the context operations run in. The server
 * (src/app.ts) puts HTTP, the site and the wire desk on top; the commands
 * (src/cli/) use it as it is, so a command loads neither Fastify nor the site
 * (test/cli/cli-imports.test.ts holds that).
 */
import path from 'node:path';
import type { HeraldConfig } from './config/config.js';
import { createEventBus, type EventBus, type ListenerErrorHandler } from './events/event-bus.js';
import { MAX_IMAGE_SIDE } from './media/image-limits.js';
import { createLocalMediaStore, type MediaStore } from './media/media-store.js';
import type { OperationContext } from './operations/context.js';
import type { Store } from './operations/ports.js';
import { openMigratedStore } from './storage/kysely-store.js';
import { openStore } from './storage/open-store.js';
import type { QueryObserver } from './storage/query-timing.js';

export interface HeraldCore {
  config: HeraldConfig;
  store: Store;
  events: EventBus;
  media: MediaStore;
  operations: OperationContext;
  /** Closes the store. */
  close(): Promise<void>;
}

export interface CoreOptions {
  now?: () => Date;
  /** Use this already-opened store instead of the configured one (tests). */
  store?: Store;
  /** Where a failing event subscriber is reported; stderr with the event's type by default. */
  onListenerError?: ListenerErrorHandler;
  /** Told every store query's duration (the server's /metrics). */
  onQuery?: QueryObserver;
}

export async function openConfiguredStore(config: HeraldConfig, onQuery?: QueryObserver): Promise<Store> {
  return openMigratedStore(openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, ...(onQuery ? { onQuery } : {}) }));
}

export async function createCore(config: HeraldConfig, options: CoreOptions = {}): Promise<HeraldCore> {
  const now = options.now ?? (() => new Date());
  const store = options.store ?? (await openConfiguredStore(config, options.onQuery));
  const events = createEventBus(options.onListenerError);
  const media = createLocalMediaStore(path.join(config.dataDir, 'media'), {
    imageLimits: { maxPixels: config.maxImagePixels, maxSide: MAX_IMAGE_SIDE },
  });
  return { config, store, events, media, operations: { store, events, now }, close: () => store.close() };
}
