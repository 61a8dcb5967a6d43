/** Row ↔ record conversions for the account tables, shared by every account query. */
import type { Selectable } from 'kysely';
import type { Role } from '../domain/identity.js';
import type { AccountRecord, SessionRecord } from '../operations/account-ports.js';
import type { SessionTable, UserTable } from './database.js';

export const joinEditionCodes = (codes: string[]): string => codes.join(',');

export const splitEditionCodes = (text: string): string[] => (text === '' ? [] : text.split(','));

export const toAccount = (row: Selectable<UserTable>): AccountRecord => ({
  id: Number(row.id),
  email: row.email,
  name: row.name,
  // The column's check constraint guarantees one of the three roles.
  role: row.role as Role,
  editionCodes: splitEditionCodes(row.edition_codes),
  authorId: row.author_id === null ? null : Number(row.author_id),
  passwordHash: row.password_hash,
  createdAt: row.created_at,
  disabledAt: row.disabled_at,
});

export const toSession = (row: Selectable<SessionTable>): SessionRecord => ({
  id: row.id,
  userId: Number(row.user_id),
  csrfToken: row.csrf_token,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastSeenAt: row.last_seen_at,
});
