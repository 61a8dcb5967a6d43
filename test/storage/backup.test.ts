/**
 * Backups that restore (issue 11): a backup taken while another process
 * publishes is consistent and holds every write acknowledged before it began;
 * restore refuses damaged, too-new and misdirected backups and migrates an
 * old one forward.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeraldError } from '../../src/domain/errors.js';
import { createBackup, type BackupResult } from '../../src/storage/backup/create-backup.js';
import { readManifest, writeManifest } from '../../src/storage/backup/backup-manifest.js';
import { restoreBackup } from '../../src/storage/backup/restore-backup.js';
import { checkSqliteFile } from '../../src/storage/backup/sqlite-snapshot.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { MIGRATION_NAMES, migrateToLatest } from '../../src/storage/migrations/index.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { insertFixtureNewsroom, type FixtureIds } from '../helpers/fixture-newsroom.js';
import { makeTempDir, testStoreKinds } from '../helpers/test-stores.js';

const burst = fileURLToPath(new URL('../fixtures/publish-burst.ts', import.meta.url));
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = makeTempDir(prefix);
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

const PICTURE = Buffer.from('not really a jpeg, but bytes whose checksum matters');

/** A SQLite data folder with the fixture newsroom and one media file; the store is closed again. */
async function sqliteDataDir(): Promise<{ dataDir: string; ids: FixtureIds }> {
  const dataDir = tempDir('herald-backup-data-');
  const store = await openMigratedStore(openSqlite(path.join(dataDir, 'herald.db')));
  const ids = await insertFixtureNewsroom(store);
  await store.close();
  fs.mkdirSync(path.join(dataDir, 'media'), { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'media', 'abc.jpg'), PICTURE);
  fs.writeFileSync(path.join(dataDir, 'media', 'half-written.jpg.0a1b2c.tmp'), 'partial');
  return { dataDir, ids };
}

async function refusal(promise: Promise<unknown>): Promise<HeraldError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HeraldError);
  return error as HeraldError;
}

/** What "whole" means for an article the burst wrote: the row, its relations and its first revision. */
function wholeness(db: BetterSqlite3.Database, id: number): Record<string, unknown> {
  const count = (table: string) => (db.prepare(`select count(*) as n from ${table} where article_id = ?`).get(id) as { n: number }).n;
  const row = db.prepare('select status, headline from articles where id = ?').get(id) as { status: string; headline: string } | undefined;
  return {
    status: row?.status, headline: row ? /^Breaking \d+$/.test(row.headline) : false,
    authors: count('article_authors'), topics: count('article_topics'), agencies: count('article_agencies'),
    revisions: count('article_revisions'),
  };
}
const WHOLE = { status: 'published', headline: true, authors: 2, topics: 1, agencies: 2, revisions: 1 };

describe('a backup during a burst of publishes (SQLite)', () => {
  let acked: number[] = [];
  let ackedBeforeStart: number[] = [];
  let ackedDuringBackup = 0;
  let backup: BackupResult;
  let restoredDir: string;
  let liveCount = 0;

  beforeAll(async () => {
    const { dataDir, ids } = await sqliteDataDir();
    const child = spawn(process.execPath, ['--import', 'tsx', burst, dataDir, '200', JSON.stringify(ids)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let phase: 'before' | 'during' | 'after' = 'before';
    let started: Promise<BackupResult> | null = null;
    let pending = '';
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const id = Number(/^acked (\d+)$/.exec(line)?.[1]);
        if (!id) continue;
        acked.push(id);
        if (phase === 'during') ackedDuringBackup++;
      }
      // Start while the writer is in full flow: these acks are committed, so they must be in the backup.
      if (!started && acked.length >= 40) {
        ackedBeforeStart = [...acked];
        started = createBackup({ dataDir, to: tempDir('herald-backups-'), onSnapshot: () => (phase = 'during') });
        started.finally(() => (phase = 'after')).catch(() => {});
      }
    });
    const code = await exited;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(started).not.toBeNull();
    backup = await (started as unknown as Promise<BackupResult>);
    const live = new BetterSqlite3(path.join(dataDir, 'herald.db'), { readonly: true });
    liveCount = (live.prepare('select count(*) as n from articles').get() as { n: number }).n;
    live.close();
    restoredDir = path.join(tempDir('herald-restore-'), 'data');
    await restoreBackup({ from: backup.folder, dataDir: restoredDir, knownMigrations: MIGRATION_NAMES });
  }, 120_000);

  it('was taken while the writer kept publishing', () => {
    expect(acked).toHaveLength(200);
    expect(liveCount).toBe(200);
    // The snapshot did not wait for the burst: it holds fewer articles than the writer went on to publish.
    expect(backup.manifest.counts.articles).toBeGreaterThanOrEqual(ackedBeforeStart.length);
    expect(backup.manifest.counts.articles).toBeLessThan(200);
    console.log(
      `backup during burst: ${ackedBeforeStart.length} acknowledged before it started, ${backup.manifest.counts.articles} in it, ` +
        `${ackedDuringBackup} acknowledged while it was copying`,
    );
  });

  it('restores to a database that passes integrity_check and foreign_key_check', () => {
    expect(checkSqliteFile(path.join(restoredDir, 'herald.db'))).toEqual([]);
  });

  it('holds every write acknowledged before the backup started, whole, and no partial one', () => {
    const db = new BetterSqlite3(path.join(restoredDir, 'herald.db'), { readonly: true });
    try {
      for (const id of ackedBeforeStart) expect({ id, ...wholeness(db, id) }).toEqual({ id, ...WHOLE });
      const inBackup = (db.prepare('select id from articles').all() as { id: number }[]).map((row) => row.id);
      expect(inBackup).toHaveLength(backup.manifest.counts.articles);
      for (const id of inBackup) expect({ id, ...wholeness(db, id) }).toEqual({ id, ...WHOLE });
    } finally {
      db.close();
    }
  });

  it('carries the media files byte for byte, not files still being written, and a complete manifest', async () => {
    expect(fs.readFileSync(path.join(restoredDir, 'media', 'abc.jpg'))).toEqual(PICTURE);
    expect(fs.readdirSync(path.join(restoredDir, 'media'))).toEqual(['abc.jpg']);
    const manifest = await readManifest(backup.folder);
    expect(path.basename(backup.folder)).toMatch(/^herald-backup-\d{8}T\d{6}Z$/);
    expect(manifest).toMatchObject({
      store: 'sqlite', includesDatabase: true, schemaVersion: MIGRATION_NAMES.at(-1), counts: { images: 1 },
    });
    expect(manifest.heraldVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(manifest.files.map((file) => file.path)).toEqual(['herald.db', 'media/abc.jpg']);
    expect(manifest.files.every((file) => /^[0-9a-f]{64}$/.test(file.sha256))).toBe(true);
  });
});

describe('restore refuses what it cannot restore faithfully (SQLite)', () => {
  let backupFolder: string;
  beforeAll(async () => {
    const { dataDir } = await sqliteDataDir();
    // A file an operator dropped into the quarantine by hand: any name must survive a round trip.
    fs.mkdirSync(path.join(dataDir, 'quarantine'));
    fs.writeFileSync(path.join(dataDir, 'quarantine', 'Agence file (1) é.xml'), '<broken');
    backupFolder = (await createBackup({ dataDir, to: tempDir('herald-backups-') })).folder;
  });

  it('restores a good backup, quarantine files of any name included', async () => {
    const target = path.join(tempDir('herald-restore-'), 'data');
    const result = await restoreBackup({ from: backupFolder, dataDir: target, knownMigrations: MIGRATION_NAMES });
    expect(result.files).toBe(3);
    expect(fs.readFileSync(path.join(target, 'quarantine', 'Agence file (1) é.xml'), 'utf8')).toBe('<broken');
  });

  it('refuses a manifest that names a path outside the backup', async () => {
    const copy = copyOfBackup();
    const manifest = await readManifest(copy);
    const escape = { ...manifest.files[1]!, path: 'media/../../outside.jpg' };
    await writeManifest(copy, { ...manifest, files: [...manifest.files, escape] });
    const error = await refusal(restoreBackup({ from: copy, dataDir: tempDir('herald-restore-'), knownMigrations: MIGRATION_NAMES }));
    expect(error.message).toMatch(/is not one this Herald can read \(files\.3\.path: must be a plain relative path\)/);
  });

  /** A copy of the backup to tamper with. */
  const copyOfBackup = () => {
    const copy = path.join(tempDir('herald-tampered-'), path.basename(backupFolder));
    fs.cpSync(backupFolder, copy, { recursive: true });
    return copy;
  };

  it('refuses a backup whose file fails its checksum, and writes nothing', async () => {
    const copy = copyOfBackup();
    const file = path.join(copy, 'media', 'abc.jpg');
    const bytes = fs.readFileSync(file);
    bytes[0] = bytes[0]! ^ 1; // same size, one bit flipped
    fs.writeFileSync(file, bytes);
    const target = path.join(tempDir('herald-restore-'), 'data');
    const error = await refusal(restoreBackup({ from: copy, dataDir: target, knownMigrations: MIGRATION_NAMES }));
    expect(error.code).toBe('HERALD_VALIDATION');
    expect(error.message).toContain('media/abc.jpg does not match its checksum');
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a backup with a file missing', async () => {
    const copy = copyOfBackup();
    fs.rmSync(path.join(copy, 'herald.db'));
    const error = await refusal(restoreBackup({ from: copy, dataDir: tempDir('herald-restore-'), knownMigrations: MIGRATION_NAMES }));
    expect(error.message).toContain('herald.db is missing');
  });

  it('refuses a backup whose schema is newer than this code, naming the version', async () => {
    const copy = copyOfBackup();
    const manifest = await readManifest(copy);
    await writeManifest(copy, { ...manifest, schemaVersion: '999-from-the-future' });
    const target = tempDir('herald-restore-');
    const error = await refusal(restoreBackup({ from: copy, dataDir: target, knownMigrations: MIGRATION_NAMES }));
    expect(error.message).toContain('schema version 999-from-the-future is newer than this Herald knows');
    expect(error.message).toContain(MIGRATION_NAMES.at(-1));
    expect(fs.readdirSync(target)).toEqual([]);
  });

  it('refuses a database whose own migrations are newer than the manifest says', async () => {
    // The same backup checked against an older Herald: the database records migrations it does not know.
    const older = MIGRATION_NAMES.slice(0, -1);
    const copy = copyOfBackup();
    const manifest = await readManifest(copy);
    await writeManifest(copy, { ...manifest, schemaVersion: older.at(-1) as string });
    const error = await refusal(restoreBackup({ from: copy, dataDir: tempDir('herald-restore-'), knownMigrations: older }));
    expect(error.message).toContain(`schema version ${MIGRATION_NAMES.at(-1)} is newer`);
  });

  it('refuses a data folder that is not empty, and leaves it as it was', async () => {
    const target = tempDir('herald-restore-');
    fs.writeFileSync(path.join(target, 'herald.db'), 'an existing newsroom');
    const error = await refusal(restoreBackup({ from: backupFolder, dataDir: target, knownMigrations: MIGRATION_NAMES }));
    expect(error.message).toMatch(/is not empty \(herald\.db\); restore only into an empty folder/);
    expect(fs.readFileSync(path.join(target, 'herald.db'), 'utf8')).toBe('an existing newsroom');
  });

  it('refuses a SQLite backup when DATABASE_URL points at PostgreSQL', async () => {
    const error = await refusal(
      restoreBackup({ from: backupFolder, dataDir: tempDir('herald-restore-'), databaseUrl: 'postgres://x@127.0.0.1/y', knownMigrations: MIGRATION_NAMES }),
    );
    expect(error.message).toContain('unset it');
  });
});

describe('a backup from an older schema (SQLite)', () => {
  it('restores and migrates forward when the store is opened', async () => {
    const dataDir = tempDir('herald-old-data-');
    const opened = openSqlite(path.join(dataDir, 'herald.db'));
    await migrateToLatest(opened.db, opened.dialect, { upTo: '008-author-profiles' });
    await opened.close();
    const { folder, manifest } = await createBackup({ dataDir, to: tempDir('herald-backups-') });
    expect(manifest.schemaVersion).toBe('008-author-profiles');
    const target = path.join(tempDir('herald-restore-'), 'data');
    const result = await restoreBackup({ from: folder, dataDir: target, knownMigrations: MIGRATION_NAMES });
    expect(result.migrated).toEqual(MIGRATION_NAMES.slice(MIGRATION_NAMES.indexOf('008-author-profiles') + 1));
    const store = createStore(openSqlite(path.join(target, 'herald.db')));
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});

for (const kind of testStoreKinds.filter((k) => k.name === 'postgres')) {
  describe('a backup on PostgreSQL', () => {
    it('copies the media and a manifest with the live schema version and counts, and restores the media', async () => {
      const handle = await kind.open();
      try {
        await insertFixtureNewsroom(handle.store);
        fs.mkdirSync(path.join(handle.dataDir, 'media'));
        fs.writeFileSync(path.join(handle.dataDir, 'media', 'abc.jpg'), PICTURE);
        const { folder, manifest } = await createBackup({ dataDir: handle.dataDir, databaseUrl: handle.databaseUrl, to: tempDir('herald-backups-') });
        expect(manifest).toMatchObject({
          store: 'postgres', includesDatabase: false, schemaVersion: MIGRATION_NAMES.at(-1), counts: { articles: 0, images: 1 },
        });
        expect(manifest.files.map((file) => file.path)).toEqual(['media/abc.jpg']);
        const target = path.join(tempDir('herald-restore-'), 'data');
        const result = await restoreBackup({ from: folder, dataDir: target, databaseUrl: handle.databaseUrl, knownMigrations: MIGRATION_NAMES });
        expect(result.migrated).toEqual([]);
        expect(fs.readFileSync(path.join(target, 'media', 'abc.jpg'))).toEqual(PICTURE);
      } finally {
        await handle.dispose();
      }
    });
  });
}
