/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent
 * on cross-site subrequests or POSTs), Path=/ (the /admin UI and the API share
 * it), Secure whenever the request came over HTTPS (trustProxy makes
 * `request.protocol` honour X-Forwarded-Proto), and a Max-Age that is renewed
 * whenever the server slides the session's expiry.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_TTL_MS } from '../operations/sessions.js';

export const SESSION_COOKIE = 'herald_session';

const options = (request: FastifyRequest) =>
  ({ httpOnly: true, sameSite: 'lax', path: '/', secure: request.protocol === 'https' }) as const;

export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token === undefined || token === '' ? undefined : token;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, { ...options(request), maxAge: SESSION_TTL_MS / 1000 });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, options(request));
}
