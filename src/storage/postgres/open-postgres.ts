/**
 * The scale-out store: PostgreSQL through a `pg` pool. Integer columns that
 * hold counts come back as strings from `count(*)` (bigint); the queries cast
 * them, so callers always get numbers.
 */
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect } from 'kysely';
import type pg from 'pg';
import type { HeraldDatabase } from '../database.js';
import type { OpenedStore, StoreDialect } from '../dialect.js';
import { withQueryTiming, type QueryObserver } from '../query-timing.js';
import { withInputGuard } from '../store-input-guard.js';
import { withSchemaScopedIntrospection } from './schema-scoped-introspector.js';

export const postgresDialect = (url: string, schema?: string): StoreDialect => ({
  kind: 'postgres',
  ...(schema ? { schema } : {}),
  describe: `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//***@')}`,
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505',
  addIdColumn: (table) => table.addColumn('id', 'serial', (c) => c.primaryKey()),
});

export function openPostgres(url: string, options: { schema?: string; maxConnections?: number; onQuery?: QueryObserver } = {}): OpenedStore {
  // Required here, not imported at the top: a SQLite server never loads the driver (docs/adr/0010-cold-start.md).
  const driver = createRequire(import.meta.url)('pg') as typeof pg;
  const pool = new driver.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const dialect = withSchemaScopedIntrospection(withQueryTiming(withInputGuard(new PostgresDialect({ pool })), options.onQuery), options.schema);
  const db = new Kysely<HeraldDatabase>({ dialect });
  return {
    db,
    dialect: postgresDialect(url, options.schema),
    async listen(channel, onPayload, onError) {
      const client = await pool.connect();
      let broken: Error | undefined;
      // A connection that ends (server restart, a killed backend) hears nothing more: the caller must know.
      const onBroken = (error?: unknown) => {
        if (broken) return;
        broken = error instanceof Error ? error : new Error('The PostgreSQL connection listening for events closed.');
        onError(broken);
      };
      client.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      client.on('error', onBroken);
      client.on('end', onBroken);
      try {
        await client.query(`listen ${driver.escapeIdentifier(channel)}`);
      } catch (error) {
        client.removeAllListeners('notification');
        client.removeListener('error', onBroken);
        client.removeListener('end', onBroken);
        client.release(error instanceof Error ? error : true);
        throw error;
      }
      return {
        async close() {
          client.removeListener('end', onBroken);
          client.removeListener('error', onBroken);
          if (!broken) await client.query(`unlisten ${driver.escapeIdentifier(channel)}`).catch(() => {});
          client.removeAllListeners('notification');
          // A broken client is destroyed rather than handed back to the pool.
          client.release(broken);
        },
      };
    },
    close: () => db.destroy(),
  };
}
