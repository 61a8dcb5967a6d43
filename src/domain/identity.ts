/**
 * Who acts in the newsroom: accounts, their roles and editions, and the audit
 * trail of what they did. Plain data: the HTTP contract, the session layer,
 * operations and storage all take these types from here.
 */
export const ROLES = ['reporter', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Editions this user works in. Admins work in all; for anyone else an empty list grants nothing. */
  editionCodes: string[];
  /** The author record whose initials form the byline, if any. */
  authorId: number | null;
}

/**
 * Who performs an operation. A user is held to the access rules
 * (src/operations/access-policy.ts); the system (scheduler, seed, imports,
 * command line) is trusted and recorded with no user id.
 */
export type Actor = { userId: number; user: SessionUser } | { userId: null; system: string };

export const userActor = (user: SessionUser): Actor => ({ userId: user.id, user });
export const systemActor = (system: string): Actor => ({ userId: null, system });
/** The default actor of system jobs and tests that act outside any session. */
export const SYSTEM: Actor = systemActor('system');

export const AUDIT_ACTIONS = [
  'published', 'unpublished', 'corrected', 'deleted', 'scheduled', 'restored', 'submitted', 'curated',
  'sent_back', 'updated',
  'image_uploaded', 'image_updated', 'wire_alert_acknowledged',
  'user_created', 'user_updated', 'login_failed',
  'api_key_created', 'api_key_revoked',
  'webhook_created', 'webhook_updated', 'webhook_deleted', 'webhook_redelivered',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One row of the audit log as admins read it; `at` is ISO 8601 UTC, `details` human-readable. */
export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userName: string | null;
  action: AuditAction;
  articleId: number | null;
  details: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'userName'>;

/** Emails are compared and stored lower-cased and trimmed, so `Ann@X.org` and `ann@x.org` are one account. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
