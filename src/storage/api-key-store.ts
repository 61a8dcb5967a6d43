/** API key queries, written once for every store. */
import type { Kysely, Selectable } from 'kysely';
import type { ApiKeyRecord, ApiKeyStore } from '../operations/api-key-ports.js';
import type { ApiKeyTable, HeraldDatabase } from './database.js';

const toRecord = (row: Selectable<ApiKeyTable>): ApiKeyRecord => ({
  id: Number(row.id),
  name: row.name,
  prefix: row.key_prefix,
  createdAt: row.created_at,
  createdBy: row.created_by === null ? null : Number(row.created_by),
  revokedAt: row.revoked_at,
});

export function apiKeyStore(db: Kysely<HeraldDatabase>): ApiKeyStore {
  return {
    async insertApiKey(key) {
      const row = await db
        .insertInto('api_keys')
        .values({ name: key.name, key_prefix: key.prefix, key_hash: key.hash, created_at: key.createdAt, created_by: key.createdBy })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async listApiKeys() {
      const rows = await db.selectFrom('api_keys').selectAll().orderBy('id', 'desc').execute();
      return rows.map(toRecord);
    },

    async getApiKey(id) {
      const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async findActiveApiKey(hash) {
      const row = await db.selectFrom('api_keys').selectAll().where('key_hash', '=', hash).where('revoked_at', 'is', null).executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async revokeApiKey(id, at) {
      const result = await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
