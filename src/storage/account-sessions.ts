/** Session and failed-sign-in queries, written once for every store. */
import type { Kysely } from 'kysely';
import type { LoginAttemptStore, SessionStore } from '../operations/account-ports.js';
import { toAccount, toSession } from './account-rows.js';
import type { HeraldDatabase } from './database.js';

export function accountSessions(db: Kysely<HeraldDatabase>): SessionStore & LoginAttemptStore {
  return {
    async insertSession(s) {
      await db
        .insertInto('sessions')
        .values({
          id: s.id, user_id: s.userId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt,
          last_seen_at: s.lastSeenAt,
        })
        .execute();
    },

    async findSession(id) {
      // One round trip per admin request: the session and its user together.
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select([
          'sessions.id as session_id', 'sessions.csrf_token', 'sessions.created_at as session_created_at',
          'sessions.expires_at', 'sessions.last_seen_at',
        ])
        .where('sessions.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        user: toAccount(row),
        session: toSession({
          id: row.session_id, user_id: row.id, csrf_token: row.csrf_token, created_at: row.session_created_at,
          expires_at: row.expires_at, last_seen_at: row.last_seen_at,
        }),
      };
    },

    async touchSession(id, lastSeenAt, expiresAt) {
      await db.updateTable('sessions').set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where('id', '=', id).execute();
    },

    async deleteSession(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async deleteUserSessions(userId, exceptSessionId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (exceptSessionId !== undefined) query = query.where('id', '!=', exceptSessionId);
      await query.execute();
    },

    async deleteExpiredSessions(now) {
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
    },

    async recordLoginFailure(a) {
      const row = await db.insertInto('login_attempts').values({ at: a.at, email: a.email, ip: a.ip }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async deleteLoginAttempt(id) {
      await db.deleteFrom('login_attempts').where('id', '=', id).execute();
    },

    async loginFailuresSince(key, since) {
      let query = db.selectFrom('login_attempts').select(['id', 'at']).where('at', '>', since);
      query = 'email' in key ? query.where('email', '=', key.email) : query.where('ip', '=', key.ip);
      const rows = await query.orderBy('id').execute();
      return rows.map((r) => ({ id: Number(r.id), at: r.at }));
    },

    async pruneLoginFailures(before) {
      await db.deleteFrom('login_attempts').where('at', '<=', before).execute();
    },
  };
}
