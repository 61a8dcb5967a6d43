/**
 * Wires the wire desk into the server in one call from src/app.ts (after the
 * session layer, so its admin routes are guarded and tracked): the quarantine
 * folder, the ingest function every source shares, the SSE fan-out on the
 * event bus, the desk's admin routes, the push endpoint, and the folder and
 * feed sources from HERALD_WIRE_SOURCES, and the quarantine's retention sweep
 * (at start, then hourly). Sources and the sweep stop when the server closes.
 */
import type { FastifyInstance } from 'fastify';
import type { HeraldConfig } from '../../config/config.js';
import type { PushSourceConfig } from '../../config/wire-sources.js';
import { DEFAULT_MAX_WIRE_BYTES } from '../../ingest/wire-limits.js';
import { createFolderSource, type FolderSource } from '../../ingest/sources/folder-source.js';
import { createPollSource, type PollSource } from '../../ingest/sources/poll-source.js';
import { createQuarantineFiles } from '../../ingest/quarantine-files.js';
import { createPictureFetcher } from '../../ingest/sources/remote-picture.js';
import type { IngestFile, IngestFiles, SourceLog } from '../../ingest/sources/source-types.js';
import { createWireDeskEvents, type WireDeskEvents } from '../../ingest/wire-desk-events.js';
import { wireIngestPorts } from '../../ingest/wire-ingest-ports.js';
import type { MediaStore } from '../../media/media-store.js';
import type { OperationContext } from '../../operations/context.js';
import type { QuarantineFiles } from '../../operations/ingest-ports.js';
import { ingestWireFile, ingestWireFiles } from '../../operations/ingest-wire-file.js';
import { sweepQuarantine, type QuarantineSweep } from '../../operations/sweep-quarantine.js';
import { registerWireRoutes } from '../admin/wire-routes.js';
import { registerPushRoutes } from './push-routes.js';
import { whileLeader } from '../../cluster/leader-lease.js';

export interface WireDesk {
  quarantine: QuarantineFiles;
  ingest: IngestFile;
  events: WireDeskEvents;
  folders: FolderSource[];
  pollers: PollSource[];
  /** One retention pass over the quarantine (also run at start and hourly). */
  sweepQuarantine(): Promise<QuarantineSweep>;
  stop(): Promise<void>;
}

/** Retention is counted in days; an hourly pass keeps the folder within an hour of it. */
export const QUARANTINE_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

export interface WireDeskDeps {
  config: Pick<HeraldConfig, 'dataDir' | 'publicUrl' | 'maxImageBytes' | 'wireSources' | 'wirePictureHosts' | 'quarantineRetentionDays' | 'quarantineMaxBytes'>;
  ops: OperationContext;
  media: MediaStore;
  /** Start the folder and feed sources and the quarantine sweep timer (default true). */
  startSources?: boolean;
  /** Told each file's outcome on this node, by source (`push:dpa`, `folder:afp`): /metrics counts them. */
  onOutcome?: (source: string, outcome: 'ingested' | 'unchanged' | 'quarantined' | 'failed') => void;
  /** Folders are listed and feeds polled only while this is true: one process of those sharing a store (src/cluster/leader-lease.ts). */
  isLeader?: () => boolean;
}

export function installWireDesk(server: FastifyInstance, deps: WireDeskDeps): WireDesk {
  const { config, ops } = deps;
  const log: SourceLog = {
    info: (message, details) => server.log.info(details ?? {}, message),
    warn: (message, details) => server.log.warn(details ?? {}, message),
    error: (message, details) => server.log.error(details ?? {}, message),
  };
  const { parser, quarantine } = wireIngestPorts(config.dataDir);
  const ctx = { ...ops, parser, quarantine, maxWireBytes: DEFAULT_MAX_WIRE_BYTES };
  const count = deps.onOutcome ?? (() => {});
  const ingest: IngestFile = (input) =>
    ingestWireFile(ctx, input).then(
      (outcomes) => {
        for (const outcome of outcomes) count(input.source, outcome.status);
        return outcomes;
      },
      (error: unknown) => {
        count(input.source, 'failed');
        throw error;
      },
    );
  const ingestBatch: IngestFiles = async (inputs) => {
    const results = await ingestWireFiles(ctx, inputs).catch((error: unknown) => {
      for (const input of inputs) count(input.source, 'failed');
      throw error;
    });
    results.forEach((result, i) => {
      const source = inputs[i]?.source ?? 'unknown';
      if (result.ok) for (const outcome of result.outcomes) count(source, outcome.status);
      else count(source, 'failed');
    });
    return results;
  };
  const events = createWireDeskEvents(ops.events, {
    loadStory: (guid) => ops.store.getWireStory(guid),
    onError: (error) => server.log.error({ err: error }, 'wire desk event fan-out failed'),
  });

  registerWireRoutes(server, {
    ops, publicUrl: config.publicUrl, media: deps.media, events,
    fetchPicture: createPictureFetcher({ allowedHosts: config.wirePictureHosts, maxBytes: config.maxImageBytes }),
  });
  registerPushRoutes(server, {
    sources: config.wireSources.filter((s): s is PushSourceConfig => s.kind === 'push'),
    ingest, maxBytes: DEFAULT_MAX_WIRE_BYTES, now: ops.now,
  });

  const autoStart = deps.startSources !== false;
  const folders: FolderSource[] = [];
  const pollers: PollSource[] = [];
  const leaderLoops: { stop(): Promise<void> }[] = [];
  for (const source of config.wireSources) {
    if (source.kind === 'folder') {
      const isLeader = deps.isLeader;
      const folder = createFolderSource(source, { ingest, ingestBatch, log, now: ops.now, autoStart: autoStart && !isLeader });
      folders.push(folder);
      if (autoStart && isLeader) leaderLoops.push(whileLeader({ held: isLeader }, source.intervalMs, () => folder.scan(), (error) =>
        log.error('Wire folder round failed', { err: String(error) })));
    }
    if (source.kind === 'poll') {
      // Like folders: one process of those sharing a store polls an agency, or every feed item is fetched once per process.
      const isLeader = deps.isLeader;
      const poller = createPollSource(source, { ingest, log, autoStart: autoStart && !isLeader });
      pollers.push(poller);
      if (autoStart && isLeader) {
        leaderLoops.push(whileLeader({ held: isLeader }, source.intervalSeconds * 1000, () => poller.poll()));
        if (isLeader()) void poller.poll();
      }
    }
  }

  const quarantineFolder = createQuarantineFiles(quarantine.directory);
  const retention = { retentionDays: config.quarantineRetentionDays, maxBytes: config.quarantineMaxBytes };
  const sweep = () => sweepQuarantine(ops, quarantineFolder, retention);
  let sweeping: Promise<unknown> = Promise.resolve();
  let sweepTimer: NodeJS.Timeout | undefined;
  if (autoStart && (retention.retentionDays > 0 || retention.maxBytes > 0)) {
    const pass = () => {
      sweeping = sweep().then(
        (result) => result.removedFiles + result.removedEntries > 0 && log.info('quarantine sweep', { ...result }),
        (error: unknown) => log.error('quarantine sweep failed', { err: error }),
      );
    };
    pass();
    sweepTimer = setInterval(pass, QUARANTINE_SWEEP_INTERVAL_MS);
    sweepTimer.unref();
  }

  let stopping: Promise<void> | null = null;
  const stop = () => {
    clearInterval(sweepTimer);
    stopping ??= Promise.all([...leaderLoops, ...folders, ...pollers].map((s) => s.stop()))
      .then(() => sweeping)
      .then(() => events.close());
    return stopping;
  };
  server.addHook('onClose', async () => stop());
  return { quarantine, ingest, events, folders, pollers, sweepQuarantine: sweep, stop };
}
