/**
 * Wires accounts into the server in one call from src/app.ts: the session
 * layer first (so it sees, and guards, every admin route registered after
 * it), then the session and users routes. Other admin routes are registered
 * after this call.
 */
import type { FastifyInstance } from 'fastify';
import { argon2Passwords } from '../../auth/passwords.js';
import { registerAuth } from '../../auth/register-auth.js';
import type { LoginLimits } from '../../operations/login-rate-limit.js';
import type { AccountContext } from '../../operations/manage-users.js';
import type { PasswordVerifier } from '../../operations/sessions.js';
import { registerSessionRoutes } from './session-routes.js';
import { registerUserRoutes } from './user-routes.js';

export interface AccountsDeps extends AccountContext {
  limits?: LoginLimits;
  /** argon2id unless a test swaps it. */
  passwords?: PasswordVerifier;
}

export function installAccounts(server: FastifyInstance, deps: AccountsDeps): void {
  registerAuth(server, { store: deps.store, now: deps.now });
  registerSessionRoutes(server, { store: deps.store, now: deps.now, passwords: deps.passwords ?? argon2Passwords, limits: deps.limits });
  registerUserRoutes(server, deps);
}
