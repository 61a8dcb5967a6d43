/**
 * A drop folder an agency (or its FTP/rsync job) writes files into. The
 * folder is listed every `intervalMs` with `readdir` (fs.watch misses events
 * on network and container filesystems); a file is taken once its size and
 * modification time are the same on two listings, i.e. it is complete. After
 * ingesting, it moves to `processed/`; a quarantined file is deleted from the
 * inbox, since the quarantine keeps its copy. A backlog is stored up to 100
 * files per transaction (still all or nothing per file). Hidden files and `*.tmp`,
 * `*.part`, `*.partial` (names uploaders use while writing) are left alone. A
 * file that fails for another reason (the store is down) stays and is retried
 * with a growing pause; nothing stops the watcher.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FolderSourceConfig } from '../../config/wire-sources.js';
import type { FileIngestResult, IngestOutcome } from '../../operations/ingest-wire-file.js';
import { repeat, silentLog, type IngestFile, type IngestFiles, type RunningSource, type SourceLog } from './source-types.js';

export interface FolderScan {
  /** Files handled in this round, with their outcomes. */
  handled: { file: string; outcomes: IngestOutcome[] }[];
  /** Files seen for the first time or still growing: taken next round if unchanged. */
  waiting: string[];
  failed: { file: string; error: string }[];
}

export interface FolderSource extends RunningSource {
  readonly directory: string;
  /** One listing now (also what the timer runs). */
  scan(): Promise<FolderScan>;
}

const SKIPPED = /^\.|\.(tmp|part|partial|crdownload)$/i;
const MAX_RETRY_PAUSE_MS = 5 * 60_000;
/** A backlog is ingested this many files (or bytes) per transaction. */
const BATCH_FILES = 100;
const BATCH_BYTES = 32 * 1024 * 1024;

export const PROCESSED_DIR = 'processed';

async function freeTarget(directory: string, name: string, now: Date): Promise<string> {
  const target = path.join(directory, name);
  const taken = await fs.access(target).then(() => true, () => false);
  return taken ? path.join(directory, `${now.toISOString().replace(/[-:.]/g, '')}-${name}`) : target;
}

export function createFolderSource(
  config: Pick<FolderSourceConfig, 'name' | 'path' | 'intervalMs'>,
  deps: { ingest: IngestFile; ingestBatch?: IngestFiles; log?: SourceLog; now?: () => Date; autoStart?: boolean },
): FolderSource {
  const log = deps.log ?? silentLog;
  const now = deps.now ?? (() => new Date());
  const directory = config.path;
  const processed = path.join(directory, PROCESSED_DIR);
  const observed = new Map<string, string>();
  const failures = new Map<string, { count: number; retryAt: number }>();
  let running: Promise<FolderScan> | null = null;
  let listingFailed = false;

  /** After ingesting: processed/ keeps the file; a quarantined one is already kept by the quarantine. */
  async function finish(file: string, outcomes: IngestOutcome[]): Promise<void> {
    const full = path.join(directory, file);
    if (outcomes.some((o) => o.status === 'quarantined')) {
      await fs.rm(full, { force: true });
    } else {
      await fs.mkdir(processed, { recursive: true });
      await fs.rename(full, await freeTarget(processed, file, now()));
    }
  }

  /** Reads and ingests a chunk of ready files (in one transaction when the batch ingester is given). */
  async function take(files: string[], result: FolderScan): Promise<void> {
    const loaded: { file: string; bytes: Uint8Array }[] = [];
    for (const file of files) {
      try {
        loaded.push({ file, bytes: await fs.readFile(path.join(directory, file)) });
      } catch (error) {
        failed(file, error, result);
      }
    }
    const inputs = loaded.map(({ file, bytes }) => ({ bytes, fileName: file, source: `folder:${config.name}` }));
    let results: FileIngestResult[] = [];
    try {
      if (deps.ingestBatch) results = await deps.ingestBatch(inputs);
      else
        for (const input of inputs)
          results.push(await deps.ingest(input).then((outcomes) => ({ ok: true as const, outcomes }), (error: unknown) => ({ ok: false as const, error })));
    } catch (error) {
      results = inputs.map(() => ({ ok: false, error }));
    }
    for (const [i, { file }] of loaded.entries()) {
      const outcome = results[i];
      try {
        if (!outcome?.ok) throw outcome?.error ?? new Error('no result');
        await finish(file, outcome.outcomes);
        result.handled.push({ file, outcomes: outcome.outcomes });
        observed.delete(file);
        failures.delete(file);
      } catch (error) {
        failed(file, error, result);
      }
    }
  }

  function failed(file: string, error: unknown, result: FolderScan): void {
    const message = error instanceof Error ? error.message : String(error);
    const count = (failures.get(file)?.count ?? 0) + 1;
    const pause = Math.min(config.intervalMs * 2 ** count, MAX_RETRY_PAUSE_MS);
    failures.set(file, { count, retryAt: Date.now() + pause });
    log.error(`Wire file ${file} from folder ${config.name} failed; retrying in ${Math.round(pause / 1000)} s`, { err: message });
    result.failed.push({ file, error: message });
  }

  async function round(): Promise<FolderScan> {
    const result: FolderScan = { handled: [], waiting: [], failed: [] };
    let entries: import('node:fs').Dirent[];
    try {
      await fs.mkdir(directory, { recursive: true });
      entries = await fs.readdir(directory, { withFileTypes: true });
      if (listingFailed) log.info(`Wire folder ${config.name} is readable again`, { directory });
      listingFailed = false;
    } catch (error) {
      if (!listingFailed) log.error(`Cannot list wire folder ${config.name}; will keep trying`, { directory, err: String(error) });
      listingFailed = true;
      return result;
    }
    const present = new Set<string>();
    const ready: { file: string; mtimeMs: number; size: number }[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || SKIPPED.test(entry.name)) continue;
      present.add(entry.name);
      const stat = await fs.stat(path.join(directory, entry.name)).catch(() => null);
      if (!stat) continue;
      const signature = `${stat.size}:${stat.mtimeMs}`;
      if (observed.get(entry.name) === signature && (failures.get(entry.name)?.retryAt ?? 0) <= Date.now())
        ready.push({ file: entry.name, mtimeMs: stat.mtimeMs, size: stat.size });
      else if (observed.get(entry.name) !== signature) {
        observed.set(entry.name, signature);
        result.waiting.push(entry.name);
      }
    }
    for (const name of observed.keys()) if (!present.has(name)) observed.delete(name);
    for (const name of failures.keys()) if (!present.has(name)) failures.delete(name);

    // Oldest first, so an agency's versions arrive in the order it wrote them; a backlog goes in chunks.
    ready.sort((a, b) => a.mtimeMs - b.mtimeMs || a.file.localeCompare(b.file));
    let chunk: string[] = [];
    let chunkBytes = 0;
    for (const { file, size } of ready) {
      if (chunk.length && (chunk.length >= BATCH_FILES || chunkBytes + size > BATCH_BYTES)) {
        await take(chunk, result);
        chunk = [];
        chunkBytes = 0;
      }
      chunk.push(file);
      chunkBytes += size;
    }
    if (chunk.length) await take(chunk, result);
    return result;
  }

  const scan = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = deps.autoStart === false ? null : repeat(config.intervalMs, scan, (error) => log.error('Wire folder round failed', { err: String(error) }));
  return {
    name: config.name,
    kind: 'folder',
    directory,
    scan,
    async stop() {
      await timer?.stop();
      await running;
    },
  };
}
