/**
 * What an operator asks of the store without touching content: does it answer
 * a query, are its migrations current (a node started from older code than the
 * schema, or before another node finished migrating, is not ready), and how
 * many webhook deliveries wait. Each is one small query on an index, cheap
 * enough for every readiness probe and metrics scrape.
 */
import { sql } from 'kysely';
import type { StoreHealth } from '../operations/ports.js';
import type { OpenedStore } from './dialect.js';
import { MIGRATION_NAMES } from './migrations/index.js';

export function storeHealth(opened: OpenedStore): StoreHealth {
  const { db, dialect } = opened;
  // Migrations are recorded in Kysely's table in Herald's schema (see migrateToLatest).
  const scoped = dialect.schema ? db.withSchema(dialect.schema) : db;
  return {
    async check() {
      const rows = await scoped
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        .selectFrom('kysely_migration' as any)
        .select(sql<string>`name`.as('name'))
        .execute()
        .catch((error: unknown) => {
          // No bookkeeping table yet: nothing has been migrated.
          if (/kysely_migration/.test(String((error as Error)?.message))) return [] as { name: string }[];
          throw error;
        });
      const applied = new Set(rows.map((row) => row.name));
      return {
        pendingMigrations: MIGRATION_NAMES.filter((name) => !applied.has(name)),
        unknownMigrations: [...applied].filter((name) => !MIGRATION_NAMES.includes(name)),
      };
    },
    async webhookBacklog() {
      // Uses webhook_deliveries_due_idx (status, next_attempt_at): counts pending rows only.
      const row = await db
        .selectFrom('webhook_deliveries')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}
