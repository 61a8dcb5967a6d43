import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES, migrateToLatest } from '../../src/storage/migrations/index.js';
import { createStore } from '../../src/storage/kysely-store.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { makeTempDir } from '../helpers/test-stores.js';

const fixture = fileURLToPath(new URL('../fixtures/herald-v1.db', import.meta.url));

describe('migrations', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('upgrade a database made by schema version 1 without losing its content', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const file = path.join(dir, 'herald.db');
    fs.copyFileSync(fixture, file);
    const opened = openSqlite(file);
    const applied = await migrateToLatest(opened.db, opened.dialect);
    expect(applied).toEqual(MIGRATION_NAMES.slice(1));
    const store = createStore(opened);
    const article = await store.getArticle(1);
    expect(article).toMatchObject({ shortId: 'Old01', headline: 'Written before the upgrade', authorIds: [1], agencyIds: [1] });
    expect(article?.body).toEqual([{ type: 'paragraph', spans: [{ text: 'This text must survive every migration.' }] }]);
    const [section] = await store.listSections('en');
    expect(section).toMatchObject({ path: 'world', description: '' });
    expect(await migrateToLatest(opened.db, opened.dialect)).toEqual([]);
    await store.close();
  });

  it('runs SQLite in WAL mode with foreign keys on', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const opened = openSqlite(path.join(dir, 'herald.db'));
    const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(opened.db);
    const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(opened.db);
    expect(journal.rows[0]?.journal_mode).toBe('wal');
    expect(keys.rows[0]?.foreign_keys).toBe(1);
    await opened.close();
  });
});
