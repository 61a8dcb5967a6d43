/**
 * Wires accounts into the server in one call from src/app.ts: the session
 * layer first (so it sees, and guards, every admin route registered after
 * it), then the session and users routes. Other admin routes are registered
 * after this call.
 */
import type { FastifyInstance } from 'fastify';
import { createLoginRateLimiter, type LoginLimits } from '../../auth/login-rate-limit.js';
import { registerAuth } from '../../auth/register-auth.js';
import { createSessionService, type SessionService } from '../../auth/session-service.js';
import type { AccountContext } from '../../operations/manage-users.js';
import { registerSessionRoutes } from './session-routes.js';
import { registerUserRoutes } from './user-routes.js';

export interface AccountsDeps extends AccountContext {
  limits?: LoginLimits;
}

export function installAccounts(server: FastifyInstance, deps: AccountsDeps): SessionService {
  const accounts = deps.store.accounts;
  const limiter = createLoginRateLimiter({ attempts: accounts, now: deps.now, ...(deps.limits ? { limits: deps.limits } : {}) });
  const sessions = createSessionService({ accounts, limiter, now: deps.now });
  registerAuth(server, { sessions });
  registerSessionRoutes(server, { sessions });
  registerUserRoutes(server, deps);
  return sessions;
}
