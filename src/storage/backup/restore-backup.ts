/**
 * Restores a backup folder into an empty data folder. Everything is checked
 * before the first byte is written: the manifest, the schema version (a
 * backup from a newer Herald is refused: this code could not read it and its
 * migrations would not know the tables), and every file's size and sha256. A
 * non-empty data folder is refused rather than merged into: a restore must
 * never mix two newsrooms. After copying, SQLite is opened and migrated
 * forward, so a backup from an older Herald comes back at the current schema.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { HeraldError } from '../../domain/errors.js';
import { migrateToLatest } from '../migrations/index.js';
import { openSqlite } from '../sqlite/open-sqlite.js';
import { sqliteMigrationNames } from './backup-facts.js';
import { DATABASE_FILE, MANIFEST_FILE, readManifest, sha256File, type BackupFileEntry, type BackupManifest } from './backup-manifest.js';

export interface RestoreOptions {
  /** The backup folder (`herald-backup-…`). */
  from: string;
  /** The data folder to restore into; it must be empty or not exist yet. */
  dataDir: string;
  databaseUrl?: string | undefined;
  /** The migrations this code knows, oldest first (MIGRATION_NAMES). */
  knownMigrations: readonly string[];
}

export interface RestoreResult {
  manifest: BackupManifest;
  files: number;
  /** Migrations applied after the restore (SQLite). */
  migrated: string[];
}

const refuse = (message: string, reason: string) => new HeraldError('HERALD_VALIDATION', message, { details: { reason } });

export function checkSchemaVersion(version: string, known: readonly string[], heraldVersion: string): void {
  if (known.includes(version)) return;
  const latest = known.at(-1) ?? '(none)';
  if (version > latest)
    throw refuse(
      `This backup's schema version ${version} is newer than this Herald knows (its newest is ${latest}); restore it with Herald ${heraldVersion} or later.`,
      'schema-newer',
    );
  throw refuse(`This backup's schema version ${version} is not one this Herald knows (its newest is ${latest}).`, 'schema-unknown');
}

async function verifyFile(folder: string, entry: BackupFileEntry): Promise<void> {
  const file = path.join(folder, ...entry.path.split('/'));
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) throw refuse(`The backup is incomplete: ${entry.path} is missing from ${folder}.`, 'missing-file');
  if (stat.size !== entry.bytes || (await sha256File(file)) !== entry.sha256)
    throw refuse(`The backup is damaged: ${entry.path} does not match its checksum in ${MANIFEST_FILE}. Nothing was restored.`, 'checksum');
}

/** Reads and checks a backup folder completely; throws the first reason it cannot be restored. */
export async function verifyBackup(from: string, knownMigrations: readonly string[]): Promise<BackupManifest> {
  const manifest = await readManifest(from);
  checkSchemaVersion(manifest.schemaVersion, knownMigrations, manifest.heraldVersion);
  const hasDatabase = manifest.files.some((entry) => entry.path === DATABASE_FILE);
  if (manifest.includesDatabase !== hasDatabase)
    throw refuse(`The ${MANIFEST_FILE} of ${from} is inconsistent about the database file; the backup is damaged.`, 'manifest');
  for (const entry of manifest.files) await verifyFile(from, entry);
  if (hasDatabase) {
    // The manifest's word is checked against the database itself.
    for (const name of sqliteMigrationNames(path.join(from, DATABASE_FILE))) checkSchemaVersion(name, knownMigrations, manifest.heraldVersion);
  }
  return manifest;
}

async function assertEmptyTarget(dataDir: string): Promise<void> {
  const entries = await fs.readdir(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw refuse(`The data folder ${dataDir} is a file, not a folder.`, 'target-not-empty');
    throw error;
  });
  if (entries.length > 0)
    throw refuse(
      `The data folder ${dataDir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}); restore only into an empty folder (set HERALD_DATA_DIR to a new one).`,
      'target-not-empty',
    );
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const from = path.resolve(options.from);
  const manifest = await verifyBackup(from, options.knownMigrations);
  if (manifest.store === 'sqlite' && options.databaseUrl)
    throw refuse('This backup holds a SQLite database, but DATABASE_URL is set; unset it to restore into the data folder.', 'store');
  await assertEmptyTarget(options.dataDir);

  await fs.mkdir(options.dataDir, { recursive: true });
  try {
    for (const entry of manifest.files) {
      const target = path.join(options.dataDir, ...entry.path.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(from, ...entry.path.split('/')), target);
      // The copy is checked too: a full disk or a bad medium must not pass for a restore.
      if ((await sha256File(target)) !== entry.sha256)
        throw new HeraldError('HERALD_STORAGE', `Copying ${entry.path} into ${options.dataDir} produced different bytes; check the disk.`);
    }
  } catch (error) {
    // The folder was empty before: leave it so, and the restore can simply be run again.
    for (const entry of await fs.readdir(options.dataDir)) await fs.rm(path.join(options.dataDir, entry), { recursive: true, force: true });
    throw error;
  }

  let migrated: string[] = [];
  if (manifest.includesDatabase) {
    const opened = openSqlite(path.join(options.dataDir, DATABASE_FILE));
    try {
      migrated = await migrateToLatest(opened.db, opened.dialect);
    } finally {
      await opened.close();
    }
  }
  return { manifest, files: manifest.files.length, migrated };
}
