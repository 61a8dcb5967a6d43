/** User queries, written once for every store. */
import type { Kysely, Updateable } from 'kysely';
import type { UserStore } from '../operations/account-ports.js';
import { HeraldError } from '../domain/errors.js';
import { normalizeEmail } from '../domain/identity.js';
import { joinEditionCodes, toAccount } from './account-rows.js';
import type { HeraldDatabase, UserTable } from './database.js';
import type { StoreDialect } from './dialect.js';

export function accountUsers(db: Kysely<HeraldDatabase>, dialect: StoreDialect): UserStore {
  return {
    async countUsers() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async listUsers() {
      const rows = await db.selectFrom('users').selectAll().orderBy('id').execute();
      return rows.map(toAccount);
    },

    async getUser(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async findUserByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
      return row ? toAccount(row) : null;
    },

    async insertUser(u) {
      const email = normalizeEmail(u.email);
      try {
        const row = await db
          .insertInto('users')
          .values({
            email, name: u.name, role: u.role, password_hash: u.passwordHash,
            edition_codes: joinEditionCodes(u.editionCodes), author_id: u.authorId, created_at: u.createdAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return Number(row.id);
      } catch (error) {
        if (dialect.isUniqueViolation(error))
          throw new HeraldError('HERALD_CONFLICT', `A user with the email ${email} already exists.`, { cause: error });
        throw error;
      }
    },

    async userNames(ids) {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...new Set(ids)]).execute();
      return new Map(rows.map((r) => [Number(r.id), r.name]));
    },

    async updateUser(id, c) {
      const row: Updateable<UserTable> = {};
      if (c.name !== undefined) row.name = c.name;
      if (c.role !== undefined) row.role = c.role;
      if (c.editionCodes !== undefined) row.edition_codes = joinEditionCodes(c.editionCodes);
      if (c.authorId !== undefined) row.author_id = c.authorId;
      if (c.passwordHash !== undefined) row.password_hash = c.passwordHash;
      if (c.disabledAt !== undefined) row.disabled_at = c.disabledAt;
      if (Object.keys(row).length === 0) return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
      const result = await db.updateTable('users').set(row).where('id', '=', id).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
