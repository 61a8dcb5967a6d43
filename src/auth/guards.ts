/**
 * Role and edition checks for admin routes. The session layer
 * (src/auth/register-auth.ts) sets `request.user` before any handler runs;
 * handlers call these guards first, so a forgotten check fails closed in the
 * route-permission test rather than in production.
 */
import type { FastifyRequest } from 'fastify';
import { HeraldError } from '../domain/errors.js';
import type { Role, SessionUser } from '../api/admin/contract.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null for anonymous requests. Set by the session layer. */
    user: SessionUser | null;
  }
}

const RANK: Record<Role, number> = { reporter: 1, editor: 2, admin: 3 };

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new HeraldError('HERALD_UNAUTHENTICATED', 'Sign in to use the admin API.');
  return request.user;
}

/** The user, if their role is at least `minimum`; otherwise 401 or 403. */
export function requireRole(request: FastifyRequest, minimum: Role): SessionUser {
  const user = requireUser(request);
  if (RANK[user.role] < RANK[minimum])
    throw new HeraldError('HERALD_FORBIDDEN', `This needs the ${minimum} role; you are signed in as ${user.role}.`);
  return user;
}

export function worksInEdition(user: SessionUser, editionCode: string): boolean {
  return user.role === 'admin' || user.editionCodes.length === 0 || user.editionCodes.includes(editionCode);
}

export function requireEdition(user: SessionUser, editionCode: string): void {
  if (!worksInEdition(user, editionCode))
    throw new HeraldError('HERALD_FORBIDDEN', `You do not work in the ${editionCode} edition.`);
}

export function hasRole(user: SessionUser, minimum: Role): boolean {
  return RANK[user.role] >= RANK[minimum];
}
