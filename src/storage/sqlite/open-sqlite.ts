/**
 * The embedded store: one SQLite file in WAL mode with foreign keys enforced.
 * synchronous=NORMAL is durable across process crashes in WAL mode (only an OS
 * crash can lose the last transactions), which is the trade-off SQLite itself
 * recommends for WAL.
 */
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { HeraldDatabase } from '../database.js';
import type { OpenedStore, StoreDialect } from '../dialect.js';
import { withQueryTiming, type QueryObserver } from '../query-timing.js';
import { withInputGuard } from '../store-input-guard.js';
import { createTickReadSnapshot, joinsReadSnapshot, type TickReadSnapshot } from './tick-read-snapshot.js';

export const sqliteDialect = (file: string): StoreDialect => ({
  kind: 'sqlite',
  describe: `SQLite at ${file}`,
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT_UNIQUE'),
  addIdColumn: (table) => table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
});

/** What Kysely's SQLite driver calls on a prepared statement (its `SqliteStatement`). */
export interface KyselyStatement {
  readonly reader: boolean;
  readonly busy: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): BetterSqlite3.RunResult;
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

/**
 * better-sqlite3 builds each result row with one native property store per
 * column, which was about half the time of our reads (a 20-row listing: 90–117
 * µs as objects, 47–81 µs as arrays). Readers run in raw mode and the rows are
 * made here, every row of a statement with the same keys in the same order.
 * A repeated column name keeps its last value, as better-sqlite3's objects do.
 */
function rowsAsObjects(statement: BetterSqlite3.Statement, snapshot: TickReadSnapshot): KyselyStatement {
  if (!statement.reader) {
    return {
      reader: false,
      get busy() {
        return statement.busy;
      },
      all: (parameters) => (snapshot.end(), statement.all(parameters)),
      run: (parameters) => (snapshot.end(), statement.run(parameters)),
      iterate: (parameters) => (snapshot.end(), statement.iterate(parameters)),
    };
  }
  // The query timing around the driver counts a turn's `begin` in its first read; the commit runs untimed.
  const before = joinsReadSnapshot(statement) ? snapshot.beforeRead : snapshot.end;
  let names = statement.columns().map((column) => column.name);
  statement.raw(true);
  const toObject = (values: unknown[]) => {
    // SQLite re-prepares a statement by itself when the schema changed: a row of another width says so at once
    // (the statement cache also drops every statement when the schema version moves, see withStatementCache).
    if (values.length !== names.length) names = statement.columns().map((column) => column.name);
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
    return row;
  };
  return {
    reader: true,
    get busy() {
      return statement.busy;
    },
    all: (parameters) => (before(), (statement.all(parameters) as unknown[][]).map(toObject)),
    run: (parameters) => (snapshot.end(), statement.run(parameters)),
    *iterate(parameters) {
      // An iterator may be held across turns, past the snapshot's commit: it reads outside it.
      snapshot.end();
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(values);
    },
  };
}

/**
 * Kysely prepares every statement afresh, which costs 30–60 µs in SQLite, more
 * than running most of our queries. The SQL text of a query is fixed by its
 * shape (values are bound), so prepared statements are kept and reused, up to
 * a bound. A statement still busy with an open iterator is never handed out.
 */
export function withStatementCache(database: BetterSqlite3.Database, maxStatements = 2000, schemaCheckMs = 1000) {
  const cache = new Map<string, KyselyStatement>();
  let schemaVersion: unknown;
  let schemaCheckedAt = -Infinity;
  const snapshot = createTickReadSnapshot(database);
  return {
    // Closing with the turn's snapshot open is fine: SQLite ends a read transaction with its connection.
    close: () => database.close(),
    prepare(text: string): KyselyStatement {
      // Readers keep their column names (rowsAsObjects): after a migration (another process's, or this one's) they are
      // all prepared again. Checked at most once a second, since the check is a statement of its own.
      const now = performance.now();
      if (now - schemaCheckedAt >= schemaCheckMs) {
        schemaCheckedAt = now;
        const version = database.pragma('schema_version', { simple: true });
        if (version !== schemaVersion) cache.clear();
        schemaVersion = version;
      }
      // Write transactions take the write lock when they begin. A deferred `begin` that reads first and then
      // writes fails at once with SQLITE_BUSY (busy_timeout cannot help) when another process (a cluster
      // worker, `herald ingest`) committed in between; `begin immediate` waits its turn instead.
      const sql = text === 'begin' ? 'begin immediate' : text;
      const cached = cache.get(sql);
      if (cached && !cached.busy) return cached;
      const statement = rowsAsObjects(database.prepare(sql), snapshot);
      if (!cached) {
        if (cache.size >= maxStatements) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

export function openSqlite(file: string, options: { onQuery?: QueryObserver } = {}): OpenedStore {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  // A 64 MB page cache and memory-mapped reads keep the hot part of a large newsroom in memory.
  database.pragma('cache_size = -65536');
  database.pragma('mmap_size = 268435456');
  database.pragma('temp_store = MEMORY');
  const db = new Kysely<HeraldDatabase>({
    dialect: withQueryTiming(withInputGuard(new SqliteDialect({ database: withStatementCache(database) })), options.onQuery),
  });
  return {
    db,
    dialect: sqliteDialect(file),
    ...(file === ':memory:' ? {} : { file }),
    close: () => db.destroy(),
  };
}
