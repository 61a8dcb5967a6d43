/**
 * The scale-out store: PostgreSQL through a `pg` pool. Integer columns that
 * hold counts come back as strings from `count(*)` (bigint); the queries cast
 * them, so callers always get numbers.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { HeraldDatabase } from '../database.js';
import type { OpenedStore, StoreDialect } from '../dialect.js';
import { queryTimingLog, type QueryObserver } from '../query-timing.js';
import { withInputGuard } from '../store-input-guard.js';

export const postgresDialect = (url: string, schema?: string): StoreDialect => ({
  kind: 'postgres',
  ...(schema ? { schema } : {}),
  describe: `PostgreSQL at ${url.replace(/\/\/[^@/]*@/, '//***@')}`,
  isUniqueViolation: (error) =>
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505',
  addIdColumn: (table) => table.addColumn('id', 'serial', (c) => c.primaryKey()),
});

export function openPostgres(url: string, options: { schema?: string; maxConnections?: number; onQuery?: QueryObserver } = {}): OpenedStore {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<HeraldDatabase>({ dialect: withInputGuard(new PostgresDialect({ pool })), ...queryTimingLog(options.onQuery) });
  return {
    db,
    dialect: postgresDialect(url, options.schema),
    async listen(channel, onPayload, onError) {
      const client = await pool.connect();
      client.on('notification', (message) => {
        if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
      });
      client.on('error', onError);
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      return {
        async close() {
          await client.query(`unlisten ${pg.escapeIdentifier(channel)}`).catch(() => {});
          client.removeAllListeners('notification');
          client.release();
        },
      };
    },
    close: () => db.destroy(),
  };
}
