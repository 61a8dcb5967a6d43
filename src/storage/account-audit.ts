/**
 * The shared audit log. `recordAudit` takes a Kysely instance or a transaction
 * (`Transaction` extends `Kysely`), so an operation can write its audit row in
 * the same transaction as the change it records.
 */
import type { Kysely } from 'kysely';
import type { AuditReader, AuditWriter, NewAuditEntry } from '../operations/account-ports.js';
import type { AuditEntry } from '../domain/identity.js';
import type { HeraldDatabase } from './database.js';

export async function recordAudit(db: Kysely<HeraldDatabase>, e: NewAuditEntry): Promise<number> {
  const row = await db
    .insertInto('audit_log')
    .values({ at: e.at, user_id: e.userId, action: e.action, article_id: e.articleId, details: e.details })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export function accountAudit(db: Kysely<HeraldDatabase>): AuditWriter & AuditReader {
  return {
    recordAudit: (entry) => recordAudit(db, entry),

    async listAudit({ limit, offset }) {
      const rows = await db
        .selectFrom('audit_log')
        .leftJoin('users', 'users.id', 'audit_log.user_id')
        .select([
          'audit_log.id', 'audit_log.at', 'audit_log.user_id', 'users.name as user_name', 'audit_log.action',
          'audit_log.article_id', 'audit_log.details',
        ])
        .orderBy('audit_log.at', 'desc')
        .orderBy('audit_log.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      const count = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const items: AuditEntry[] = rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        userId: r.user_id === null ? null : Number(r.user_id),
        userName: r.user_name ?? null,
        // Written only through NewAuditEntry, whose action is typed.
        action: r.action as AuditEntry['action'],
        articleId: r.article_id === null ? null : Number(r.article_id),
        details: r.details,
      }));
      return { items, total: Number(count.n) };
    },
  };
}
