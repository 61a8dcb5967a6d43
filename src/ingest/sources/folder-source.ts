/**
 * A drop folder an agency (or its FTP/rsync job) writes files into. The
 * folder is listed every `intervalMs` with `readdir` (fs.watch misses events
 * on network and container filesystems); a file is taken once its size and
 * modification time are the same on two listings, i.e. it is complete. After
 * ingesting, it moves to `processed/`; a quarantined file is deleted from the
 * inbox, since the quarantine keeps its copy. Hidden files and `*.tmp`,
 * `*.part`, `*.partial` (names uploaders use while writing) are left alone. A
 * file that fails for another reason (the store is down) stays and is retried
 * with a growing pause; nothing stops the watcher.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FolderSourceConfig } from '../../config/wire-sources.js';
import type { IngestOutcome } from '../../operations/ingest-wire-file.js';
import { repeat, silentLog, type IngestFile, type RunningSource, type SourceLog } from './source-types.js';

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

export const PROCESSED_DIR = 'processed';

async function freeTarget(directory: string, name: string, now: Date): Promise<string> {
  const target = path.join(directory, name);
  const taken = await fs.access(target).then(() => true, () => false);
  return taken ? path.join(directory, `${now.toISOString().replace(/[-:.]/g, '')}-${name}`) : target;
}

export function createFolderSource(
  config: Pick<FolderSourceConfig, 'name' | 'path' | 'intervalMs'>,
  deps: { ingest: IngestFile; log?: SourceLog; now?: () => Date; autoStart?: boolean },
): FolderSource {
  const log = deps.log ?? silentLog;
  const now = deps.now ?? (() => new Date());
  const directory = config.path;
  const processed = path.join(directory, PROCESSED_DIR);
  const observed = new Map<string, string>();
  const failures = new Map<string, { count: number; retryAt: number }>();
  let running: Promise<FolderScan> | null = null;
  let listingFailed = false;

  async function take(file: string): Promise<IngestOutcome[]> {
    const full = path.join(directory, file);
    const bytes = await fs.readFile(full);
    const outcomes = await deps.ingest({ bytes, fileName: file, source: `folder:${config.name}` });
    if (outcomes.some((o) => o.status === 'quarantined')) {
      await fs.rm(full, { force: true });
    } else {
      await fs.mkdir(processed, { recursive: true });
      await fs.rename(full, await freeTarget(processed, file, now()));
    }
    return outcomes;
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
    const ready: { file: string; mtimeMs: number }[] = [];
    for (const entry of entries) {
      if (!entry.isFile() || SKIPPED.test(entry.name)) continue;
      present.add(entry.name);
      const stat = await fs.stat(path.join(directory, entry.name)).catch(() => null);
      if (!stat) continue;
      const signature = `${stat.size}:${stat.mtimeMs}`;
      if (observed.get(entry.name) === signature && (failures.get(entry.name)?.retryAt ?? 0) <= Date.now())
        ready.push({ file: entry.name, mtimeMs: stat.mtimeMs });
      else if (observed.get(entry.name) !== signature) {
        observed.set(entry.name, signature);
        result.waiting.push(entry.name);
      }
    }
    for (const name of observed.keys()) if (!present.has(name)) observed.delete(name);
    for (const name of failures.keys()) if (!present.has(name)) failures.delete(name);

    // Oldest first, so an agency's versions arrive in the order it wrote them.
    ready.sort((a, b) => a.mtimeMs - b.mtimeMs || a.file.localeCompare(b.file));
    for (const { file } of ready) {
      try {
        result.handled.push({ file, outcomes: await take(file) });
        observed.delete(file);
        failures.delete(file);
      } catch (error) {
        const count = (failures.get(file)?.count ?? 0) + 1;
        const pause = Math.min(config.intervalMs * 2 ** count, MAX_RETRY_PAUSE_MS);
        failures.set(file, { count, retryAt: Date.now() + pause });
        log.error(`Wire file ${file} from folder ${config.name} failed; retrying in ${Math.round(pause / 1000)} s`, {
          err: error instanceof Error ? error.message : String(error),
        });
        result.failed.push({ file, error: error instanceof Error ? error.message : String(error) });
      }
    }
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
