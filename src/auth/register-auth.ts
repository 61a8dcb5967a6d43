/**
 * The session layer for the admin API and the /admin UI. For those URLs an
 * onRequest hook turns the `herald_session` cookie into `request.user` (null
 * when absent, expired or disabled), answers anonymous API calls with 401
 * before any handler runs (sign-in is the only exception), and rejects
 * state-changing API calls without the session's CSRF token with 403. Role
 * checks stay in the handlers (src/auth/guards.ts).
 *
 * Call it on the root instance before registering any admin route: it also
 * installs the route registry that the route-permission test reads.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HeraldError } from '../domain/errors.js';
import type { OperationContext } from '../operations/context.js';
import { resumeSession, type ActiveSession } from '../operations/sessions.js';
import { CSRF_HEADER, LOGIN_ROUTE, csrfTokenMatches, isAdminApiPath, needsCsrfToken } from './csrf.js';
import { trackAdminRoutes } from './route-registry.js';
import { sessionTokenOf, setSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind `request.user` (its id and CSRF token), or null. Set by registerAuth. */
    authSession: ActiveSession | null;
  }
}

/** What the hook needs to resume sessions: the store and the clock. */
export type AuthDeps = Pick<OperationContext, 'store' | 'now'>;

/** The editor app's pages; its hashed static files are public and need no session lookup. */
const isAdminUiPath = (path: string) => path === '/admin' || (path.startsWith('/admin/') && !path.startsWith('/admin/assets/'));

/** The path Fastify routed on (immune to encoding tricks), or the raw one for unmatched URLs. */
const routedPath = (request: FastifyRequest) => request.routeOptions.url ?? request.url.split('?')[0] ?? '';

export function registerAuth(app: FastifyInstance, deps: AuthDeps): void {
  trackAdminRoutes(app);
  void app.register(fastifyCookie);
  app.decorateRequest('user', null);
  app.decorateRequest('authSession', null);

  // Hooks run in the order added, and Fastify defers this one until the cookie plugin has loaded.
  app.addHook('onRequest', async (request, reply) => {
    const path = routedPath(request);
    const rawPath = request.url.split('?')[0] ?? '';
    const api = isAdminApiPath(path) || isAdminApiPath(rawPath);
    // For UI pages the hook only resolves the user (no decision is made), so the raw path is enough there.
    if (!api && !isAdminUiPath(rawPath)) return;

    const token = sessionTokenOf(request);
    const resolved = token ? await resumeSession(deps, token) : null;
    if (resolved) {
      request.user = resolved.user;
      request.authSession = resolved.session;
      if (resolved.session.refreshed && token) setSessionCookie(request, reply, token);
    }
    if (!api) return;

    const isLogin = request.method === LOGIN_ROUTE.method && path === LOGIN_ROUTE.url;
    if (!request.authSession) {
      if (isLogin) return;
      throw new HeraldError('HERALD_UNAUTHENTICATED', 'Sign in to use the admin API.');
    }
    if (needsCsrfToken(request.method, path) && !csrfTokenMatches(request.headers[CSRF_HEADER], request.authSession.csrfToken))
      throw new HeraldError(
        'HERALD_FORBIDDEN',
        `Missing or wrong CSRF token: send the csrfToken from /api/admin/session in the ${CSRF_HEADER} header.`,
      );
  });
}
