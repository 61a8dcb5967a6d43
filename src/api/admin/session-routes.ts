/**
 * POST/GET/DELETE /api/admin/session: sign in (cookie + CSRF token), who am I,
 * sign out (the session row is deleted, so the old cookie is dead everywhere).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { requireUser } from '../../auth/guards.js';
import { isJsonContentType } from '../../auth/csrf.js';
import { clearSessionCookie, sessionTokenOf, setSessionCookie } from '../../auth/session-cookie.js';
import { HeraldError, isHeraldError } from '../../domain/errors.js';
import { signIn, signOut, type SessionContext } from '../../operations/sessions.js';
import { loginBody, type SessionResponse } from './contract.js';

export type SessionRouteDeps = SessionContext;

function withRetryAfter(reply: FastifyReply, error: unknown): never {
  if (isHeraldError(error) && error.code === 'HERALD_RATE_LIMITED')
    reply.header('retry-after', String(error.details?.retryAfterSeconds ?? 900));
  throw error;
}

export function registerSessionRoutes(app: FastifyInstance, deps: SessionRouteDeps): void {
  app.post('/api/admin/session', async (request, reply): Promise<SessionResponse> => {
    // A cross-site form can post urlencoded, multipart or text/plain without a preflight, but not JSON (ADR 0004).
    if (!isJsonContentType(request.headers['content-type']))
      throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', 'Sign in with a JSON body (Content-Type: application/json).');
    const body = loginBody.parse(request.body);
    const signedIn = await signIn(deps, { email: body.email, password: body.password, ip: request.ip, previousToken: sessionTokenOf(request) })
      .catch((error: unknown) => withRetryAfter(reply, error));
    setSessionCookie(request, reply, signedIn.token);
    reply.header('cache-control', 'no-store');
    return { user: signedIn.user, csrfToken: signedIn.session.csrfToken };
  });

  app.get('/api/admin/session', async (request, reply): Promise<SessionResponse> => {
    const user = requireUser(request);
    // registerAuth sets user and authSession together; this only narrows the type.
    if (!request.authSession) throw new HeraldError('HERALD_UNAUTHENTICATED', 'Sign in to use the admin API.');
    reply.header('cache-control', 'no-store');
    return { user, csrfToken: request.authSession.csrfToken };
  });

  app.delete('/api/admin/session', async (request, reply) => {
    requireUser(request);
    if (request.authSession) await signOut(deps, request.authSession.id);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });
}
