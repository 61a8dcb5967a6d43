/**
 * Every query the store runs reports its duration and outcome once
 * (src/storage/query-timing.ts), failures included, on both stores.
 */
import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/storage/postgres/open-postgres.js';
import { openSqlite } from '../../src/storage/sqlite/open-sqlite.js';
import { postgresUrl } from '../helpers/test-stores.js';

const openers = [
  { name: 'sqlite', open: (onQuery: (s: number, f: boolean) => void) => openSqlite(':memory:', { onQuery }) },
  ...(postgresUrl ? [{ name: 'postgres', open: (onQuery: (s: number, f: boolean) => void) => openPostgres(postgresUrl as string, { maxConnections: 1, onQuery }) }] : []),
];

for (const { name, open } of openers) {
  describe(`query timing: ${name}`, () => {
    it('reports each query once, with its outcome (and a streamed query on SQLite, whose driver streams)', async () => {
      const seen: { seconds: number; failed: boolean }[] = [];
      const opened = open((seconds, failed) => seen.push({ seconds, failed }));
      try {
        expect((await sql<{ n: number }>`select 1 as n`.execute(opened.db)).rows).toEqual([{ n: 1 }]);
        expect(seen).toHaveLength(1);
        expect(seen[0]?.failed).toBe(false);
        expect(seen[0]?.seconds).toBeGreaterThanOrEqual(0);

        await expect(opened.db.executeQuery(CompiledQuery.raw('select * from no_such_table'))).rejects.toThrow();
        expect(seen.map((s) => s.failed)).toEqual([false, true]);

        if (name === 'sqlite') {
          const streamed = [];
          for await (const row of opened.db.selectNoFrom(sql<number>`2`.as('n')).stream()) streamed.push(row);
          expect(streamed).toHaveLength(1);
          expect(seen.map((s) => s.failed)).toEqual([false, true, false]);
        }
      } finally {
        await opened.close();
      }
    });
  });
}
