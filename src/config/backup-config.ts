/**
 * Backup settings, validated at start-up:
 *
 * - `HERALD_BACKUP_DIR`: where `herald backup` (without `--to`) and the
 *   scheduled backups put their folders; default `./backups`.
 * - `HERALD_BACKUP_INTERVAL_HOURS`: take a backup every this many hours from
 *   the server (`0`, the default, turns scheduled backups off). Run it on one
 *   node only: the copies would be the same.
 * - `HERALD_BACKUP_KEEP`: how many scheduled backups to keep (default 7); older
 *   ones are removed after each new one succeeds.
 */
import path from 'node:path';
import { HeraldError } from '../domain/errors.js';

export interface BackupConfig {
  backup: {
    dir: string;
    /** 0 = no scheduled backups. */
    intervalHours: number;
    keep: number;
  };
}

const invalid = (variable: string, rule: string) => new HeraldError('HERALD_CONFIG', `Invalid configuration: ${variable}: ${rule}`);

export function loadBackupConfig(env: NodeJS.ProcessEnv): BackupConfig {
  const interval = (env.HERALD_BACKUP_INTERVAL_HOURS ?? '').trim() || '0';
  const intervalHours = Number(interval);
  if (!/^\d+(\.\d+)?$/.test(interval) || intervalHours > 8760 || (intervalHours > 0 && intervalHours < 0.01))
    throw invalid('HERALD_BACKUP_INTERVAL_HOURS', 'must be a number of hours from 0.01 to 8760, or 0 to turn scheduled backups off');
  const keepText = (env.HERALD_BACKUP_KEEP ?? '').trim() || '7';
  const keep = Number(keepText);
  if (!/^\d+$/.test(keepText) || keep < 1 || keep > 10_000) throw invalid('HERALD_BACKUP_KEEP', 'must be a whole number from 1 to 10000');
  return { backup: { dir: path.resolve(env.HERALD_BACKUP_DIR || './backups'), intervalHours, keep } };
}
