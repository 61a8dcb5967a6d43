/**
 * Authentication for admin routes. The session layer (src/auth/register-auth.ts)
 * sets `request.user` before any handler runs. Routes only establish who is
 * asking (401 when nobody); what that user may do is decided by the
 * operations through src/operations/access-policy.ts. Reads that are not
 * operations use the same policy functions.
 */
import type { FastifyRequest } from 'fastify';
import { HeraldError } from '../domain/errors.js';
import type { Role, SessionUser } from '../domain/identity.js';
import { hasRole, worksInEdition } from '../operations/access-policy.js';

export { hasRole, worksInEdition } from '../operations/access-policy.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for anonymous requests. Set by the session layer. */
    user: SessionUser | null;
  }
}

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new HeraldError('HERALD_UNAUTHENTICATED', 'Sign in to use the admin API.');
  return request.user;
}

/** The user, if their role is at least `minimum`; otherwise 401 or 403. */
export function requireRole(request: FastifyRequest, minimum: Role): SessionUser {
  const user = requireUser(request);
  if (!hasRole(user, minimum))
    throw new HeraldError('HERALD_FORBIDDEN', `This needs the ${minimum} role; you are signed in as ${user.role}.`);
  return user;
}

export function requireEdition(user: SessionUser, editionCode: string): void {
  if (!worksInEdition(user, editionCode))
    throw new HeraldError('HERALD_FORBIDDEN', `You do not work in the ${editionCode} edition.`);
}
