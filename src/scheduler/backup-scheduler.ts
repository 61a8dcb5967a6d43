/**
 * Scheduled backups (HERALD_BACKUP_INTERVAL_HOURS, HERALD_BACKUP_KEEP). The
 * schedule lives in the backup folder itself: a backup is due when the newest
 * complete one there is older than the interval (or there is none). So a
 * server restarted more often than the interval still backs up, and a restart
 * right after a backup does not take another. After each backup the oldest
 * folders beyond `keep` are removed; a failed backup removes nothing.
 *
 * Only one node should run this (set the interval on one node, 0 on the
 * others): two nodes would take the same backup twice, and on SQLite there is
 * only one node anyway.
 */
import { createBackup, type BackupResult } from '../storage/backup/create-backup.js';
import { backupTime } from '../storage/backup/backup-names.js';
import { listBackups, pruneBackups } from '../storage/backup/backup-retention.js';

export interface BackupClock {
  now(): Date;
  /** Calls `fn` every `ms` milliseconds until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

const systemClock: BackupClock = {
  now: () => new Date(),
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export interface BackupSchedulerOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** Where the backup folders go (HERALD_BACKUP_DIR). */
  dir: string;
  intervalHours: number;
  keep: number;
  clock?: BackupClock;
  /** How often to look whether a backup is due; a minute by default. */
  checkEveryMs?: number;
  onBackup?: (result: BackupResult, removed: string[]) => void;
  onError?: (error: unknown) => void;
}

export interface BackupScheduler {
  /** Takes a backup now if one is due; resolves to it, or null when none was due. */
  check(): Promise<BackupResult | null>;
  stop(): void;
}

export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const clock = options.clock ?? systemClock;
  const intervalMs = options.intervalHours * 3_600_000;
  let running: Promise<BackupResult | null> | null = null;

  async function pass(): Promise<BackupResult | null> {
    const newest = (await listBackups(options.dir)).at(-1);
    const last = newest ? backupTime(newest) : null;
    const now = clock.now();
    if (last && now.getTime() - last.getTime() < intervalMs) return null;
    const result = await createBackup({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, to: options.dir, now: () => now });
    const removed = await pruneBackups(options.dir, options.keep);
    options.onBackup?.(result, removed);
    return result;
  }

  // A backup of a large newsroom may outlast a check: never two at once.
  const check = () => {
    running ??= pass().finally(() => {
      running = null;
    });
    return running;
  };

  const stop =
    options.intervalHours > 0
      ? clock.every(options.checkEveryMs ?? 60_000, () => void check().catch((error: unknown) => options.onError?.(error)))
      : () => {};
  return { check, stop };
}
