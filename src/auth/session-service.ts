/**
 * Signing in and out, and turning a cookie back into a user. Sessions live in
 * the database (revocable at once, shared by every node) and slide: each use
 * pushes the expiry 12 hours out, written at most once a minute so a busy
 * editor does not cost a write per request.
 */
import type { SessionUser } from '../domain/identity.js';
import { HeraldError } from '../domain/errors.js';
import type { AccountRecord, AccountStore, SessionRecord } from '../operations/account-ports.js';
import type { LoginRateLimiter } from './login-rate-limit.js';
import { normalizeEmail } from '../domain/identity.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { newCsrfToken, newSessionToken, sessionIdOf } from './session-tokens.js';

export const SESSION_TTL_MS = 12 * 60 * 60_000;
/** How stale `last_seen_at` may get before a request slides the expiry (and re-sends the cookie). */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

export const LOGIN_FAILED_MESSAGE = 'Email or password is wrong.';

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

export interface SessionService {
  /** Throws 401 "Email or password is wrong." or 429; audits failures. */
  login(input: { email: string; password: string; ip: string; previousToken?: string | undefined }): Promise<SignedIn>;
  /** The signed-in user for a cookie token, or null (unknown, expired, or disabled). */
  resolve(token: string): Promise<{ user: SessionUser; session: ActiveSession } | null>;
  logout(sessionId: string): Promise<void>;
}

export function toSessionUser(a: AccountRecord): SessionUser {
  return { id: a.id, email: a.email, name: a.name, role: a.role, editionCodes: a.editionCodes, authorId: a.authorId };
}

const active = (s: SessionRecord, refreshed: boolean): ActiveSession => ({
  id: s.id, csrfToken: s.csrfToken, expiresAt: s.expiresAt, refreshed,
});

export function createSessionService(deps: { accounts: AccountStore; limiter: LoginRateLimiter; now: () => Date }): SessionService {
  const { accounts, limiter } = deps;

  // The limiter has already recorded this attempt as a failure; only the audit row is left to write.
  async function fail(email: string, ip: string, account: AccountRecord | null, why: string): Promise<never> {
    await accounts.recordAudit({
      at: deps.now().toISOString(), userId: account?.id ?? null, action: 'login_failed', articleId: null,
      details: `${why} for ${email} from ${ip}`,
    });
    throw new HeraldError('HERALD_UNAUTHENTICATED', LOGIN_FAILED_MESSAGE);
  }

  return {
    async login({ email: typed, password, ip, previousToken }) {
      const email = normalizeEmail(typed);
      const attempt = await limiter.begin(email, ip);
      const account = await accounts.findUserByEmail(email);
      // Every path runs one argon2 verification, so timing does not reveal whether the email exists.
      if (!account) {
        await verifyAgainstDecoy(password);
        return fail(email, ip, null, 'Unknown email');
      }
      const passwordOk = await verifyPassword(account.passwordHash, password);
      if (!passwordOk) return fail(email, ip, account, 'Wrong password');
      if (account.disabledAt !== null) return fail(email, ip, account, 'Disabled account');
      await attempt.succeeded();

      const now = deps.now();
      // A fresh token at every sign-in (no fixation); the session this browser had before is ended.
      if (previousToken) await accounts.deleteSession(sessionIdOf(previousToken));
      await accounts.deleteExpiredSessions(now.toISOString());
      const { token, id } = newSessionToken();
      const record: SessionRecord = {
        id, userId: account.id, csrfToken: newCsrfToken(), createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString(), lastSeenAt: now.toISOString(),
      };
      await accounts.insertSession(record);
      return { token, session: active(record, true), user: toSessionUser(account) };
    },

    async resolve(token) {
      const found = await accounts.findSession(sessionIdOf(token));
      if (!found) return null;
      const { session, user } = found;
      const now = deps.now();
      if (Date.parse(session.expiresAt) <= now.getTime()) {
        await accounts.deleteSession(session.id);
        return null;
      }
      if (user.disabledAt !== null) return null;
      if (now.getTime() - Date.parse(session.lastSeenAt) < SESSION_TOUCH_INTERVAL_MS)
        return { user: toSessionUser(user), session: active(session, false) };
      const touched = { ...session, lastSeenAt: now.toISOString(), expiresAt: new Date(now.getTime() + SESSION_TTL_MS).toISOString() };
      await accounts.touchSession(session.id, touched.lastSeenAt, touched.expiresAt);
      return { user: toSessionUser(user), session: active(touched, true) };
    },

    logout: (sessionId) => accounts.deleteSession(sessionId),
  };
}
