/**
 * One read transaction for all the reads of an event-loop turn, instead of one
 * per statement. In WAL mode every statement run outside a transaction starts
 * and ends a read transaction of its own: two `fcntl` locks and a `stat`, about
 * 6.5 µs, more than most of our indexed lookups (a primary-key lookup: 8.6 µs
 * alone, 2.1 µs inside a transaction). A page runs 8–10 statements, all within
 * one turn (better-sqlite3 is synchronous; Kysely only adds resolved promises).
 *
 * The first read of a turn begins a deferred transaction; it is committed once
 * the turn's microtasks have run (`process.nextTick` queued from a microtask
 * runs after the queue drains), before the event loop reads anything new. So
 * a snapshot never outlives the turn that opened it.
 *
 * Anything that is not a plain read (a write, DDL, a pragma, `begin`, an
 * iterator that may outlive the turn) ends the snapshot first, so it runs as it
 * always did, and a read after a write on this connection sees it. Reads inside
 * a transaction someone else began are left alone. So a page's reads share one
 * snapshot up to the first write on this connection, or until the page waits
 * on real I/O (then it takes a new one, as every statement did before).
 */
import type BetterSqlite3 from 'better-sqlite3';

const PLAIN_READ = /^\s*(?:select|with)\b/i;

/** True for a statement that may share the turn's snapshot: a read-only query, not a pragma or transaction control. */
export function joinsReadSnapshot(statement: BetterSqlite3.Statement): boolean {
  return statement.reader && statement.readonly && PLAIN_READ.test(statement.source);
}

export interface TickReadSnapshot {
  /** Before a statement that `joinsReadSnapshot`: opens the turn's snapshot unless one (or any transaction) is open. */
  beforeRead(): void;
  /** Before anything else: commits the turn's snapshot if it is open. */
  end(): void;
}

export function createTickReadSnapshot(database: BetterSqlite3.Database): TickReadSnapshot {
  let open = false;
  let begin: BetterSqlite3.Statement | undefined;
  let commit: BetterSqlite3.Statement | undefined;

  const end = () => {
    if (!open) return;
    // SQLite rolls a transaction back by itself on some errors (SQLITE_FULL, an interrupt): nothing left to commit.
    if (database.inTransaction) (commit ??= database.prepare('commit')).run();
    open = false;
  };
  const endAfterTurn = () => {
    try {
      end();
    } catch {
      // Defensive: committing a read-only transaction fails only while a statement is still stepping, and the
      // statement cache ends the snapshot before any iterator starts. An exception here would be uncaught.
      setImmediate(endAfterTurn);
    }
  };

  return {
    beforeRead() {
      if (open || database.inTransaction || !database.open) return;
      try {
        (begin ??= database.prepare('begin')).run();
      } catch {
        // better-sqlite3 runs nothing but reads while an iterator is open: this read goes without a snapshot.
        return;
      }
      open = true;
      process.nextTick(endAfterTurn);
    },
    end,
  };
}
