/**
 * The demo newsroom seeded once and copied for each test app (startTestApp).
 * Seeding costs one to several seconds a store (PostgreSQL the most: hundreds
 * of round trips, three password hashes), and most HTTP suites start apps on
 * it. A template per store kind lives in the run's shared folder
 * (test/helpers/global-setup.ts) and each app gets a copy: the data folder
 * (SQLite file and media) copied, and on PostgreSQL a database made from the
 * template database (`CREATE DATABASE … TEMPLATE`, a block copy) with its
 * schema renamed to a name of its own, dropped when the run ends.
 *
 * The seed dates everything from the clock when it runs, so a copy is as if
 * seeded when its template was. A template therefore serves for at most
 * TEMPLATE_MAX_AGE_MS (a suite seeding in beforeAll already sees its data that
 * old by its later tests) and never across a local midnight of a demo edition
 * (the Live TV schedule starts on the seed day). When another test file is
 * seeding the next template, the app is seeded afresh instead of waiting.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { seedDemoAccounts } from '../../src/auth/demo-accounts.js';
import { loadConfig } from '../../src/config/config.js';
import { createCore } from '../../src/core.js';
import { localDay } from '../../src/domain/live-tv.js';
import type { Store } from '../../src/operations/ports.js';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import { seedFullDemo } from '../../src/seed/seed-full-demo.js';
import { openMigratedStore } from '../../src/storage/kysely-store.js';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { TEMPLATE_DATABASES_FILE } from './global-setup.js';
import { makeTempDir, openSqliteTestStore, postgresUrl, type TestStore, type TestStoreKind } from './test-stores.js';

interface Template {
  /** The seeded data folder (SQLite file and media; media only for PostgreSQL). */
  dataDir: string;
  /** PostgreSQL: the seeded database, with everything in TEMPLATE_SCHEMA. */
  database?: string;
  /** When its seed began (epoch ms). */
  createdAt: number;
}

const TEMPLATE_MAX_AGE_MS = 60_000;
const TEMPLATE_SCHEMA = 'herald_template';
/** A lock this old belongs to a test file that died while seeding. */
const STALE_LOCK_MS = 5 * 60_000;

function sharedFolder(): string | null {
  try {
    const dir = inject('heraldTemplateDir');
    return dir && fs.existsSync(dir) ? dir : null;
  } catch {
    return null; // not in a vitest worker with test/helpers/global-setup.ts: every app seeds afresh
  }
}

function usable(template: Template | null, at = Date.now()): template is Template {
  if (!template || at - template.createdAt > TEMPLATE_MAX_AGE_MS) return false;
  const then = new Date(template.createdAt);
  const now = new Date(at);
  return demoNewsroom.editions.every((e) => localDay(then, e.timeZone).date === localDay(now, e.timeZone).date);
}

function readTemplate(file: string): Template | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Template;
  } catch {
    return null;
  }
}

function takeLock(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch {
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age < STALE_LOCK_MS) return false;
    fs.rmSync(lock, { recursive: true, force: true });
    return takeLock(lock);
  }
}

/** What the server does on its first start against an empty store (src/app.ts): the full demo, then the demo accounts. */
async function seedAsTheServerDoes(store: Store, dataDir: string): Promise<void> {
  const config = loadConfig({ HERALD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', HERALD_SEED_DEMO: 'true' });
  const { operations, media } = await createCore(config, { store });
  await seedFullDemo(operations, media);
  await seedDemoAccounts(store, () => {}, { authors: await store.listAuthors(), now: operations.now });
}

export function databaseUrlFor(database: string): string {
  const url = new URL(postgresUrl as string);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onPostgres<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function makeTemplate(kind: TestStoreKind['name'], folder: string): Promise<Template> {
  const createdAt = Date.now();
  const dataDir = path.join(folder, `${kind}-${createdAt}-${process.pid}`);
  fs.mkdirSync(dataDir);
  if (kind === 'sqlite') {
    const store = await openMigratedStore(openSqlite(path.join(dataDir, 'herald.db')));
    try {
      await seedAsTheServerDoes(store, dataDir);
    } finally {
      await store.close(); // checkpoints the WAL: the copy is the one file
    }
    return { dataDir, createdAt };
  }
  const database = `herald_tpl_${randomBytes(6).toString('hex')}`;
  fs.appendFileSync(path.join(folder, TEMPLATE_DATABASES_FILE), `${database}\n`); // dropped when the run ends, as the copies
  await onPostgres(postgresUrl as string, (admin) => admin.query(`create database ${database}`));
  await onPostgres(databaseUrlFor(database), (client) => client.query(`create schema ${TEMPLATE_SCHEMA}`));
  const store = await openMigratedStore(openPostgres(databaseUrlFor(database), { schema: TEMPLATE_SCHEMA, maxConnections: 4 }));
  try {
    await seedAsTheServerDoes(store, dataDir);
  } finally {
    await store.close(); // no connection may stay open to a database copied from
  }
  return { dataDir, database, createdAt };
}

async function copyOf(kind: TestStoreKind['name'], template: Template, folder: string): Promise<TestStore> {
  const dataDir = makeTempDir();
  fs.cpSync(template.dataDir, dataDir, { recursive: true });
  if (kind === 'sqlite') return openSqliteTestStore(dataDir);
  // The database and its schema share one unique name: tests find their own connections by the schema's LISTEN channel.
  const name = `herald_test_${randomBytes(6).toString('hex')}`;
  // Dropped when the run ends, not here: DROP DATABASE forces a checkpoint (seconds while other files write), and
  // would cut off any connection the suite left open. Meanwhile a copy costs disk only (about 20 MB).
  fs.appendFileSync(path.join(folder, TEMPLATE_DATABASES_FILE), `${name}\n`);
  await onPostgres(postgresUrl as string, (admin) => admin.query(`create database ${name} template ${template.database}`));
  const url = databaseUrlFor(name);
  await onPostgres(url, (client) => client.query(`alter schema ${TEMPLATE_SCHEMA} rename to ${name}`));
  const store = await openMigratedStore(openPostgres(url, { schema: name, maxConnections: 4 }));
  return {
    store,
    dataDir,
    databaseUrl: `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`,
    async dispose() {
      await store.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh store holding the seeded demo newsroom and demo accounts, copied
 * from the run's template; null when there is no usable template and another
 * test file is making one (the caller seeds afresh).
 */
export async function openSeededCopy(kind: TestStoreKind): Promise<TestStore | null> {
  const folder = sharedFolder();
  if (!folder) return null;
  const pointer = path.join(folder, `${kind.name}.json`);
  let template = readTemplate(pointer);
  if (!usable(template)) {
    const lock = path.join(folder, `${kind.name}.lock`);
    if (!takeLock(lock)) return null;
    try {
      template = readTemplate(pointer);
      if (!usable(template)) {
        template = await makeTemplate(kind.name, folder);
        fs.writeFileSync(`${pointer}.${process.pid}`, JSON.stringify(template));
        fs.renameSync(`${pointer}.${process.pid}`, pointer);
      }
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return copyOf(kind.name, template, folder);
}
