/** `herald backup` and `herald restore` as an operator runs them: child processes, exit codes and messages. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, writeManifest } from '../../src/storage/backup/backup-manifest.js';
import { MIGRATION_NAMES } from '../../src/storage/migrations/index.js';
import { insertFixtureNewsroom } from '../helpers/fixture-newsroom.js';
import { runHeraldCli } from '../helpers/herald-process.js';
import { makeTempDir, testStoreKinds, type TestStore } from '../helpers/test-stores.js';

const temps: string[] = [];
const tempDir = () => {
  const dir = makeTempDir('herald-cli-backup-');
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function herald(args: string[], env: { dataDir: string; databaseUrl?: string | undefined }) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HERALD_DATA_DIR: env.dataDir, LOG_LEVEL: 'silent' };
  delete childEnv.HERALD_BACKUP_DIR;
  if (env.databaseUrl) childEnv.DATABASE_URL = env.databaseUrl;
  else delete childEnv.DATABASE_URL;
  return runHeraldCli(args, childEnv);
}

const folderOf = (stdout: string) => /^backup written: (.+)$/m.exec(stdout)?.[1] ?? '';

for (const kind of testStoreKinds) {
  describe(`herald backup and restore on ${kind.name}`, () => {
    let handle: TestStore;
    let backups: string;
    let folder: string;
    beforeAll(async () => {
      handle = await kind.open();
      await insertFixtureNewsroom(handle.store);
      fs.mkdirSync(path.join(handle.dataDir, 'media'));
      fs.writeFileSync(path.join(handle.dataDir, 'media', 'abc.jpg'), 'picture bytes');
      backups = tempDir();
    });
    afterAll(async () => handle.dispose());

    it('backup --to DIR writes a folder, says what is in it and exits 0 while the store is open', async () => {
      const result = await herald(['backup', '--to', backups], handle);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      folder = folderOf(result.stdout);
      expect(path.dirname(folder)).toBe(backups);
      expect(path.basename(folder)).toMatch(/^herald-backup-\d{8}T\d{6}Z$/);
      expect(result.stdout).toContain(`schema ${MIGRATION_NAMES.at(-1)}, 0 articles, 1 images`);
      if (kind.name === 'postgres') expect(result.stdout).toContain('Dump it with pg_dump next to it (see docs/backup.md)');
      else expect(result.stdout).not.toContain('pg_dump');
      expect((await readManifest(folder)).store).toBe(kind.name);
    });

    it('restore DIR into an empty data folder exits 0; into the same folder again exits 2 and says why', async () => {
      const target = path.join(tempDir(), 'data');
      const first = await herald(['restore', folder], { dataDir: target, databaseUrl: handle.databaseUrl });
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^restored \d+ files from /);
      expect(fs.readFileSync(path.join(target, 'media', 'abc.jpg'), 'utf8')).toBe('picture bytes');
      expect(fs.existsSync(path.join(target, 'herald.db'))).toBe(kind.name === 'sqlite');

      const again = await herald(['restore', folder], { dataDir: target, databaseUrl: handle.databaseUrl });
      expect(again.code).toBe(2);
      expect(again.stderr).toContain(`herald restore: The data folder ${target} is not empty`);
      expect(again.stderr).not.toMatch(/\n\s+at /);
    });

    it('restore of a tampered backup exits 2 naming the file; of a newer one naming the version', async () => {
      const copy = path.join(tempDir(), path.basename(folder));
      fs.cpSync(folder, copy, { recursive: true });
      fs.writeFileSync(path.join(copy, 'media', 'abc.jpg'), 'PICTURE BYTES');
      const tampered = await herald(['restore', copy], { dataDir: path.join(tempDir(), 'data'), databaseUrl: handle.databaseUrl });
      expect(tampered.code).toBe(2);
      expect(tampered.stderr).toContain('media/abc.jpg does not match its checksum');

      fs.writeFileSync(path.join(copy, 'media', 'abc.jpg'), 'picture bytes');
      await writeManifest(copy, { ...(await readManifest(copy)), schemaVersion: '500-next-year' });
      const newer = await herald(['restore', copy], { dataDir: path.join(tempDir(), 'data'), databaseUrl: handle.databaseUrl });
      expect(newer.code).toBe(2);
      expect(newer.stderr).toContain('schema version 500-next-year is newer than this Herald knows');
    });
  });
}

describe('herald backup and restore usage', () => {
  it.each([
    [['restore'], /give exactly one backup folder/],
    [['backup', '--colour', 'red'], /Unknown option '--colour'/],
    [['restore', '/nowhere/herald-backup-20260101T000000Z'], /is not a Herald backup: it has no readable manifest\.json/],
  ])('%j exits 2 with a message', async (args, message) => {
    const result = await herald(args, { dataDir: path.join(tempDir(), 'data') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('backup of a data folder without a database exits 2 and names the folder variable', async () => {
    const result = await herald(['backup', '--to', tempDir()], { dataDir: tempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/There is no database at .*herald\.db; check HERALD_DATA_DIR/);
  });
});
