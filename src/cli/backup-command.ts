/**
 * `herald backup [--to DIR]`: a consistent copy of the database while the site
 * keeps serving and writing (SQLite's online backup API), with the media and
 * quarantine files and a manifest of checksums, in a new folder
 * `herald-backup-<UTC time>` inside DIR (default HERALD_BACKUP_DIR, ./backups).
 * With DATABASE_URL (PostgreSQL) the folder gets the files and the manifest,
 * and the database is dumped with pg_dump as docs/backup.md describes.
 * Exit codes: 0 written, 2 usage error, 1 failed (nothing left behind).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { createBackup } from '../storage/backup/create-backup.js';

export const BACKUP_USAGE = `Usage: npm run herald -- backup [--to DIR]

Writes a new folder herald-backup-<UTC time> into DIR (default HERALD_BACKUP_DIR, or ./backups)
holding the database, the media files and manifest.json. Safe while the server runs.`;

export async function runBackup(args: string[]): Promise<number> {
  let values: { to?: string; help?: boolean };
  try {
    values = parseArgs({ args, options: { to: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
  } catch (error) {
    console.error(`herald backup: ${(error as Error).message}\n\n${BACKUP_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(BACKUP_USAGE);
    return 0;
  }
  const config = loadConfig();
  const { folder, manifest } = await createBackup({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    to: path.resolve(values.to ?? config.backup.dir),
  });
  const bytes = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
  console.log(`backup written: ${folder}`);
  console.log(
    `  schema ${manifest.schemaVersion}, ${manifest.counts.articles} articles, ${manifest.counts.images} images, ` +
      `${manifest.files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
  );
  if (!manifest.includesDatabase)
    console.log('  PostgreSQL: the database is not in this folder. Dump it with pg_dump next to it (see docs/backup.md).');
  return 0;
}
