/**
 * One backup = one new folder `herald-backup-<UTC timestamp>` holding the
 * database (SQLite: a consistent online snapshot; PostgreSQL: not included,
 * see docs/backup.md), the media and quarantine files, and manifest.json.
 *
 * Order matters: the database snapshot is taken first and the files copied
 * after. Media files are content-hashed, written under a temporary name and
 * renamed into place before their row commits, and never changed afterwards,
 * so every image row in the snapshot finds its file in the copy (files added
 * later are harmless extras). The folder is built under a hidden `.partial`
 * name and renamed when complete: a crash leaves no folder that looks whole.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { HeraldError } from '../../domain/errors.js';
import { openPostgres } from '../postgres/open-postgres.js';
import { finishSqliteCopy, readStoreFacts, type BackupFacts } from './backup-facts.js';
import { DATABASE_FILE, describeFile, MANIFEST_FORMAT, writeManifest, type BackupManifest } from './backup-manifest.js';
import { backupFolderName } from './backup-names.js';
import { heraldVersion } from './herald-version.js';
import { checkSqliteFile, snapshotSqlite } from './sqlite-snapshot.js';

/** The data folder's sub-folders a backup carries besides the database. */
export const FILE_FOLDERS = ['media', 'quarantine'] as const;

export interface CreateBackupOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** The folder the backup folder is created in. */
  to: string;
  now?: () => Date;
  /** Called when the database snapshot is fixed: writes acknowledged before this are in the backup. */
  onSnapshot?: () => void;
}

export interface BackupResult {
  folder: string;
  manifest: BackupManifest;
}

/** Every regular file under `root/sub`, as `/`-separated paths relative to `root`; files being written (`*.tmp`) are left out. */
async function listFiles(root: string, sub: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, sub), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = `${sub}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) files.push(relative);
  }
  return files;
}

/** Copies the files; one removed meanwhile (the quarantine sweep) is skipped. Returns those copied. */
async function copyFiles(from: string, to: string, files: string[]): Promise<string[]> {
  const copied: string[] = [];
  for (const relative of files) {
    const target = path.join(to, ...relative.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.copyFile(path.join(from, ...relative.split('/')), target);
      copied.push(relative);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return copied;
}

async function snapshotDatabase(options: CreateBackupOptions, staging: string): Promise<BackupFacts> {
  if (options.databaseUrl) {
    const opened = openPostgres(options.databaseUrl);
    try {
      return await readStoreFacts(opened.db);
    } finally {
      await opened.close();
    }
  }
  const source = path.join(options.dataDir, DATABASE_FILE);
  const copy = path.join(staging, DATABASE_FILE);
  if (!(await fs.stat(source).catch(() => null))?.isFile())
    throw new HeraldError('HERALD_VALIDATION', `There is no database at ${source}; check HERALD_DATA_DIR.`);
  await snapshotSqlite(source, copy, options.onSnapshot ? { onSnapshot: options.onSnapshot } : {});
  const problems = checkSqliteFile(copy);
  if (problems.length > 0)
    throw new HeraldError('HERALD_STORAGE', `The database copy failed its integrity check (${problems.slice(0, 3).join('; ')}); the live database may be damaged.`);
  return finishSqliteCopy(copy);
}

/** Reserves a fresh folder name in `to` (a second backup in the same second gets `-2`, `-3`…). */
async function reserveName(to: string, at: Date): Promise<string> {
  const base = backupFolderName(at);
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    const taken = await Promise.all([fs.stat(path.join(to, name)), fs.stat(path.join(to, `.${name}.partial`))].map((p) => p.then(() => true, () => false)));
    if (!taken.includes(true)) return name;
  }
}

export async function createBackup(options: CreateBackupOptions): Promise<BackupResult> {
  const createdAt = (options.now ?? (() => new Date()))();
  await fs.mkdir(options.to, { recursive: true });
  const name = await reserveName(options.to, createdAt);
  const staging = path.join(options.to, `.${name}.partial`);
  await fs.mkdir(staging);
  try {
    const facts = await snapshotDatabase(options, staging);
    const listed = (await Promise.all(FILE_FOLDERS.map((sub) => listFiles(options.dataDir, sub)))).flat();
    const copied = await copyFiles(options.dataDir, staging, listed);
    const paths = [...(options.databaseUrl ? [] : [DATABASE_FILE]), ...copied];
    const files = [];
    for (const relative of paths) files.push(await describeFile(staging, relative));
    const manifest: BackupManifest = {
      format: MANIFEST_FORMAT,
      heraldVersion: heraldVersion(),
      createdAt: createdAt.toISOString(),
      store: options.databaseUrl ? 'postgres' : 'sqlite',
      schemaVersion: facts.schemaVersion,
      includesDatabase: !options.databaseUrl,
      counts: { articles: facts.articles, images: facts.images },
      files,
    };
    await writeManifest(staging, manifest);
    const folder = path.join(options.to, name);
    await fs.rename(staging, folder);
    return { folder, manifest };
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}
