/**
 * Wires accounts into the server in one call from src/app.ts: the session
 * layer first (so it sees, and guards, every admin route registered after
 * it), then the session and users routes. Other admin routes are registered
 * after this call.
 */
import type { FastifyInstance } from 'fastify';
import { registerSessionRoutes } from '../api/admin/session-routes.js';
import { registerUserRoutes } from '../api/admin/user-routes.js';
import type { AccountStore } from './account-ports.js';
import { createLoginRateLimiter, type LoginLimits } from './login-rate-limit.js';
import { registerAuth } from './register-auth.js';
import { createSessionService, type SessionService } from './session-service.js';
import type { ReferenceReader } from './user-references.js';

export interface AccountsDeps {
  accounts: AccountStore;
  reader: ReferenceReader;
  now: () => Date;
  limits?: LoginLimits;
}

export function installAccounts(server: FastifyInstance, deps: AccountsDeps): SessionService {
  const limiter = createLoginRateLimiter({ attempts: deps.accounts, now: deps.now, ...(deps.limits ? { limits: deps.limits } : {}) });
  const sessions = createSessionService({ accounts: deps.accounts, limiter, now: deps.now });
  registerAuth(server, { sessions });
  registerSessionRoutes(server, { sessions });
  registerUserRoutes(server, { accounts: deps.accounts, reader: deps.reader, now: deps.now });
  return sessions;
}
