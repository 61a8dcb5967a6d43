import { Kysely, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rowLimit } from '../../src/storage/row-limit.js';

const db = new Kysely<{ articles: { id: number } }>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });

describe('rowLimit', () => {
  it('writes the limit into the SQL and binds the offset', () => {
    const query = db.selectFrom('articles').select('id').orderBy('id', 'desc').limit(rowLimit(12)).offset(40).compile();
    expect(query.sql).toMatch(/limit 12 offset \?$/);
    expect(query.parameters).toEqual([40]);
  });

  it('refuses anything but a whole number from 0, so nothing but digits can reach the SQL', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '5; drop table articles' as unknown as number])
      expect(() => rowLimit(bad)).toThrow(RangeError);
    expect(() => rowLimit(0)).not.toThrow();
  });
});
