/**
 * The SQLite statement cache Kysely's driver prepares through: statements kept
 * by SQL text, and readers answering rows made from raw arrays, which must be
 * the same objects better-sqlite3 would have made.
 */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../../src/storage/sqlite/open-sqlite.js';

let database: BetterSqlite3.Database;

beforeEach(() => {
  database = new BetterSqlite3(':memory:');
  database.exec(`create table t (id integer primary key, name text, score real, note text);
    insert into t (name, score, note) values ('a', 1.5, null), ('b', 2, 'x''y'), ('ü', -3, '');`);
});
afterEach(() => database.close());

describe('withStatementCache', () => {
  it('answers readers with the rows better-sqlite3 makes, keys in column order', () => {
    const cache = withStatementCache(database);
    const sql = 'select id, name, score, note from t where id >= ? order by id';
    const expected = database.prepare(sql).all(1);
    const rows = cache.prepare(sql).all([1]);
    expect(rows).toEqual(expected);
    expect(rows.map((row) => Object.keys(row as object))).toEqual(expected.map((row) => Object.keys(row as object)));
    // The second run comes from the kept statement and is still objects, not arrays.
    expect(cache.prepare(sql).all([2])).toEqual(database.prepare(sql).all(2));
  });

  it('keeps the last value of a repeated column name, as better-sqlite3 does', () => {
    const cache = withStatementCache(database);
    const sql = 'select a.id, b.id, a.name from t a join t b on b.id = a.id + 1 order by a.id';
    expect(cache.prepare(sql).all([])).toEqual(database.prepare(sql).all());
    expect(cache.prepare(sql).all([])[0]).toEqual({ id: 2, name: 'a' });
  });

  it('iterates rows as objects, and hands out a fresh statement while one is still iterating', () => {
    const cache = withStatementCache(database);
    const sql = 'select id, name from t order by id';
    const iterator = cache.prepare(sql).iterate([]);
    expect(iterator.next().value).toEqual({ id: 1, name: 'a' });
    // The kept statement is busy with the open iterator: another is prepared rather than reused mid-iteration.
    expect(cache.prepare(sql).all([])).toHaveLength(3);
    expect([...iterator]).toEqual([{ id: 2, name: 'b' }, { id: 3, name: 'ü' }]);
  });

  it('runs writers as before, and begins transactions immediately', () => {
    const cache = withStatementCache(database);
    const result = cache.prepare('insert into t (name, score) values (?, ?)').run(['c', 4]);
    expect(result.changes).toBe(1);
    expect(Number(result.lastInsertRowid)).toBe(4);
    const begin = cache.prepare('begin');
    expect(begin.reader).toBe(false);
    begin.run([]);
    expect(database.inTransaction).toBe(true);
    cache.prepare('commit').run([]);
  });

  it('names the columns afresh after the schema changes, a table rebuilt in another column order included', () => {
    const cache = withStatementCache(database, 2000, 0);
    expect(cache.prepare('select * from t where id = ?').all([2])).toEqual([{ id: 2, name: 'b', score: 2, note: "x'y" }]);
    database.exec(`create table t2 (note text, score real, name text, id integer primary key);
      insert into t2 (note, score, name, id) select note, score, name, id from t; drop table t; alter table t2 rename to t;`);
    expect(cache.prepare('select * from t where id = ?').all([2])).toEqual([{ note: "x'y", score: 2, name: 'b', id: 2 }]);
  });

  it('names the columns afresh when a row comes back wider or narrower than the statement was prepared for', () => {
    // The schema is checked at most once an hour here: only the rows' width can tell.
    const cache = withStatementCache(database, 2000, 3_600_000);
    expect(cache.prepare('select * from t where id = ?').all([1])).toEqual([{ id: 1, name: 'a', score: 1.5, note: null }]);
    database.exec(`alter table t add column kicker text default 'k'`);
    expect(cache.prepare('select * from t where id = ?').all([1])).toEqual([{ id: 1, name: 'a', score: 1.5, note: null, kicker: 'k' }]);
  });
});
