/**
 * The AccountStore for any Kysely dialect. The app reaches it as
 * `store.accounts` (built by createStore from the same Kysely instance), so
 * accounts share the pool, the migrations and the transaction semantics of
 * the content store.
 */
import type { Kysely } from 'kysely';
import type { AccountStore } from '../operations/account-ports.js';
import { accountAudit } from './account-audit.js';
import { accountSessions } from './account-sessions.js';
import { accountUsers } from './account-users.js';
import type { HeraldDatabase } from './database.js';
import type { StoreDialect } from './dialect.js';

export { recordAudit } from './account-audit.js';

export function createAccountStore(db: Kysely<HeraldDatabase>, dialect: StoreDialect): AccountStore {
  return { ...accountUsers(db, dialect), ...accountSessions(db), ...accountAudit(db) };
}
