/**
 * Signing in and out, and turning a cookie back into a user. Sessions live in
 * the database (revocable at once, shared by every node) and slide: each use
 * pushes the expiry 12 hours out, written at most once a minute so a busy
 * editor does not cost a write per request.
 */
import { HeraldError } from '../domain/errors.js';
import { normalizeEmail, type SessionUser } from '../domain/identity.js';
import type { AccountRecord, SessionRecord } from './account-ports.js';
import type { OperationContext } from './context.js';
import { beginLoginAttempt, type LoginLimits } from './login-rate-limit.js';
import { newCsrfToken, newSessionToken, sessionIdOf } from './session-tokens.js';

export const SESSION_TTL_MS = 12 * 60 * 60_000;
/** How stale `last_seen_at` may get before a request slides the expiry (and re-sends the cookie). */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export const LOGIN_FAILED_MESSAGE = 'Email or password is wrong.';

/** Checks passwords (argon2id, by the auth layer); a port so operations stay free of crypto libraries. */
export interface PasswordVerifier {
  /** False for a wrong password and for a malformed stored hash; never throws. */
  verify(storedHash: string, password: string): Promise<boolean>;
  /** Spends the time of one real verification, for an unknown email, so timing does not reveal which accounts exist. */
  verifyDecoy(password: string): Promise<false>;
}

export type SessionContext = Pick<OperationContext, 'store' | 'now'> & {
  passwords: PasswordVerifier;
  limits?: LoginLimits | undefined;
};

export interface ActiveSession {
  /** sha256 of the cookie token. */
  id: string;
  csrfToken: string;
  expiresAt: string;
  /** True when this request moved the expiry, so the cookie should be sent again. */
  refreshed: boolean;
}

export interface SignedIn {
  token: string;
  session: ActiveSession;
  user: SessionUser;
}

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  /** The cookie this browser already had: its session is ended, so a sign-in never reuses a token. */
  previousToken?: string | undefined;
}

export function toSessionUser(a: AccountRecord): SessionUser {
  return { id: a.id, email: a.email, name: a.name, role: a.role, editionCodes: a.editionCodes, authorId: a.authorId };
}

const active = (s: SessionRecord, refreshed: boolean): ActiveSession => ({
  id: s.id, csrfToken: s.csrfToken, expiresAt: s.expiresAt, refreshed,
});

// The attempt is already recorded as a failure; only the audit row is left to write.
async function refuse(ctx: SessionContext, email: string, ip: string, account: AccountRecord | null, why: string): Promise<never> {
  await ctx.store.accounts.recordAudit({
    at: ctx.now().toISOString(), userId: account?.id ?? null, action: 'login_failed', articleId: null,
    details: `${why} for ${email} from ${ip}`,
  });
  throw new HeraldError('HERALD_UNAUTHENTICATED', LOGIN_FAILED_MESSAGE);
}

/** Throws 401 "Email or password is wrong." (audited as login_failed) or 429 (rate limited). */
export async function signIn(ctx: SessionContext, input: SignInInput): Promise<SignedIn> {
  const email = normalizeEmail(input.email);
  const { ip, password } = input;
  const attempt = await beginLoginAttempt(ctx, email, ip);
  const account = await ctx.store.accounts.findUserByEmail(email);
  // Every path runs one argon2 verification, so timing does not reveal whether the email exists.
  if (!account) {
    await ctx.passwords.verifyDecoy(password);
    return refuse(ctx, email, ip, null, 'Unknown email');
  }
  if (!(await ctx.passwords.verify(account.passwordHash, password))) return refuse(ctx, email, ip, account, 'Wrong password');
  if (account.disabledAt !== null) return refuse(ctx, email, ip, account, 'Disabled account');

  const now = ctx.now();
  const { token, id } = newSessionToken();
  const record: SessionRecord = {
    id, userId: account.id, csrfToken: newCsrfToken(), createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(), lastSeenAt: now.toISOString(),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.accounts.deleteLoginAttempt(attempt.id);
    // A fresh token at every sign-in (no fixation); the session this browser had before is ended.
    if (input.previousToken) await tx.accounts.deleteSession(sessionIdOf(input.previousToken));
    await tx.accounts.deleteExpiredSessions(now.toISOString());
    await tx.accounts.insertSession(record);
  });
  return { token, session: active(record, true), user: toSessionUser(account) };
}

/** The signed-in user for a cookie token, or null (unknown, expired, or disabled); slides the expiry when due. */
export async function resumeSession(ctx: Pick<OperationContext, 'store' | 'now'>, token: string): Promise<{ user: SessionUser; session: ActiveSession } | null> {
  const found = await ctx.store.accounts.findSession(sessionIdOf(token));
  if (!found) return null;
  const { session, user } = found;
  const now = ctx.now();
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await ctx.store.accounts.deleteSession(session.id);
    return null;
  }
  if (user.disabledAt !== null) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) < SESSION_TOUCH_INTERVAL_MS)
    return { user: toSessionUser(user), session: active(session, false) };
  const touched = { ...session, lastSeenAt: now.toISOString(), expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString() };
  await ctx.store.accounts.touchSession(session.id, touched.lastSeenAt, touched.expiresAt);
  return { user: toSessionUser(user), session: active(touched, true) };
}

/** Ends one session; its cookie is dead on every node at once. */
export async function signOut(ctx: Pick<OperationContext, 'store'>, sessionId: string): Promise<void> {
  await ctx.store.accounts.deleteSession(sessionId);
}
