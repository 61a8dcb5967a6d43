/**
 * Keeps the newest N backups in a folder and removes the older ones. Only
 * complete backup folders (named `herald-backup-…`, with a manifest) count
 * and are removed; anything else in the folder is left alone, and so are the
 * hidden `.partial` folders of backups still being written.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_FILE } from './backup-manifest.js';
import { BACKUP_NAME, compareBackupNames } from './backup-names.js';

/** The complete backups in `dir`, oldest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const names: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !BACKUP_NAME.test(entry.name)) continue;
    if (await fs.stat(path.join(dir, entry.name, MANIFEST_FILE)).then(() => true, () => false)) names.push(entry.name);
  }
  return names.sort(compareBackupNames);
}

/** Removes all but the newest `keep` backups; returns the names removed. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const backups = await listBackups(dir);
  const remove = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of remove) await fs.rm(path.join(dir, name), { recursive: true, force: true });
  return remove;
}
