/**
 * The reads of one event-loop turn share one read transaction (see
 * src/storage/sqlite/tick-read-snapshot.ts): it must end with the turn, give
 * way to writes and transactions on the same connection, and never take over
 * a transaction someone else began.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../src/storage/sqlite/open-sqlite.js';
import { joinsReadSnapshot } from '../../../src/storage/sqlite/tick-read-snapshot.js';

let dir: string;
let database: BetterSqlite3.Database;
let other: BetterSqlite3.Database;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const COUNT = 'select count(*) as n from t';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'herald-snapshot-'));
  const file = path.join(dir, 'store.db');
  database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.exec('create table t (id integer primary key, name text)');
  database.exec("insert into t (name) values ('a')");
  // Another process's connection: a cluster worker or `herald ingest`.
  other = new BetterSqlite3(file);
  other.pragma('busy_timeout = 1000');
});
afterEach(() => {
  other.close();
  if (database.open) database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the read snapshot of an event-loop turn', () => {
  it('holds for the reads of one turn and ends with it', async () => {
    const cache = withStatementCache(database);
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 1 }]);
    expect(database.inTransaction).toBe(true);
    other.exec("insert into t (name) values ('b')");
    // Still the same turn: the same snapshot, so the page's reads agree with each other.
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 1 }]);
    await Promise.resolve();
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 1 }]);
    await nextTurn();
    expect(database.inTransaction).toBe(false);
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 2 }]);
    await nextTurn();
    // Nothing holds the WAL back: the other connection can write and checkpoint all of it.
    other.exec("insert into t (name) values ('c')");
    expect(other.pragma('wal_checkpoint(TRUNCATE)')).toEqual([{ busy: 0, log: 0, checkpointed: 0 }]);
  });

  it('gives way to a write on the same connection, which the next read sees and others see at once', () => {
    const cache = withStatementCache(database);
    cache.prepare(COUNT).all([]);
    other.exec("insert into t (name) values ('b')");
    const result = cache.prepare('insert into t (name) values (?)').run(['c']);
    expect(result.changes).toBe(1);
    // Committed by itself, as before: not held in a read transaction until the turn ends.
    expect(other.prepare(COUNT).get()).toEqual({ n: 3 });
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 3 }]);
  });

  it('gives way to a transaction begun after reads in the same turn, and leaves that transaction alone', async () => {
    const cache = withStatementCache(database);
    cache.prepare(COUNT).all([]);
    cache.prepare('begin').run([]);
    cache.prepare('insert into t (name) values (?)').run(['b']);
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 2 }]);
    await nextTurn();
    // The turn's end did not commit someone else's transaction.
    expect(database.inTransaction).toBe(true);
    expect(other.prepare(COUNT).get()).toEqual({ n: 1 });
    cache.prepare('rollback').run([]);
    expect(cache.prepare(COUNT).all([])).toEqual([{ n: 1 }]);
  });

  it('reads an iterator outside the snapshot, since it may be held past the turn', async () => {
    const cache = withStatementCache(database);
    cache.prepare(COUNT).all([]);
    other.exec("insert into t (name) values ('b')");
    const names = [...cache.prepare('select name from t order by id').iterate([])];
    expect(names).toEqual([{ name: 'a' }, { name: 'b' }]);
    await nextTurn();
    expect(database.inTransaction).toBe(false);
  });

  it('is joined only by plain reads, not by pragmas, transaction control or writes that return rows', () => {
    database.exec('create table u (id integer primary key)');
    const joins = (sql: string) => joinsReadSnapshot(database.prepare(sql));
    expect(joins('select * from t')).toBe(true);
    expect(joins('  WITH x AS (select 1) select * from x')).toBe(true);
    expect(joins('pragma schema_version')).toBe(false);
    expect(joins('begin')).toBe(false);
    expect(joins('insert into u default values returning id')).toBe(false);
    expect(joins('with x as (select 1 as id) insert into u select id from x')).toBe(false);
  });
});
