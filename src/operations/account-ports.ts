/**
 * What the accounts layer needs from a store: users, server-side sessions,
 * failed sign-ins (for rate limiting) and the shared audit log. Implemented
 * once for every dialect in src/storage/account-store.ts and reachable as
 * `store.accounts`; the app, the CLI and tests all use that one object.
 */
import type { AuditEntry, NewAuditEntry, Role, SessionUser } from '../domain/identity.js';

export type { AuditAction, NewAuditEntry } from '../domain/identity.js';

/** A user as stored, including what must never leave the server (the hash). */
export interface AccountRecord extends SessionUser {
  passwordHash: string;
  createdAt: string;
  disabledAt: string | null;
}

export interface NewAccount {
  /** Lower-cased by the store. */
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  editionCodes: string[];
  authorId: number | null;
  createdAt: string;
}

export type AccountChanges = Partial<Pick<AccountRecord, 'name' | 'role' | 'editionCodes' | 'authorId' | 'passwordHash' | 'disabledAt'>>;

export interface SessionRecord {
  /** sha256 (hex) of the cookie token. */
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

/** A session joined with its user, as the request hook needs it. */
export interface SessionWithUser {
  session: SessionRecord;
  user: AccountRecord;
}

/**
 * Appends to the shared audit log. Operations that must audit atomically with
 * their own writes call `recordAudit(trx, entry)` from
 * src/storage/account-audit.ts inside their transaction instead.
 */
export interface AuditWriter {
  recordAudit(entry: NewAuditEntry): Promise<number>;
}

export interface AuditReader {
  /** Newest first, with the acting user's name joined in. */
  listAudit(query: { limit: number; offset: number }): Promise<{ items: AuditEntry[]; total: number }>;
}

export interface LoginAttemptStore {
  /** Records a sign-in attempt as failed (until `deleteLoginAttempt` says otherwise); returns its id. */
  recordLoginFailure(attempt: { at: string; email: string; ip: string }): Promise<number>;
  deleteLoginAttempt(id: number): Promise<void>;
  /** Failures (ids ascending) for one email or one IP address since `since`. */
  loginFailuresSince(key: { email: string } | { ip: string }, since: string): Promise<{ id: number; at: string }[]>;
  /** Deletes failures older than `before`; they can no longer count against anyone. */
  pruneLoginFailures(before: string): Promise<void>;
}

export interface UserStore {
  countUsers(): Promise<number>;
  listUsers(): Promise<AccountRecord[]>;
  getUser(id: number): Promise<AccountRecord | null>;
  /** Case-insensitive. */
  findUserByEmail(email: string): Promise<AccountRecord | null>;
  /** Inserts a user; fails with HERALD_CONFLICT when the email is taken. */
  insertUser(user: NewAccount): Promise<number>;
  /** Returns false when there is no such user. */
  updateUser(id: number, changes: AccountChanges): Promise<boolean>;
  /** Display names by id (for history views: "changed by …"); unknown ids are left out. */
  userNames(ids: number[]): Promise<Map<number, string>>;
}

export interface SessionStore {
  insertSession(session: SessionRecord): Promise<void>;
  findSession(id: string): Promise<SessionWithUser | null>;
  touchSession(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  deleteSession(id: string): Promise<void>;
  /** Signs a user out everywhere (disabled, password changed), optionally keeping one session. */
  deleteUserSessions(userId: number, exceptSessionId?: string): Promise<void>;
  deleteExpiredSessions(now: string): Promise<void>;
}

export interface AccountStore extends UserStore, SessionStore, LoginAttemptStore, AuditWriter, AuditReader {}
