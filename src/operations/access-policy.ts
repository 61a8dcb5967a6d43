/**
 * Who may do what, in one place. Every operation that changes state calls
 * these with its actor before it writes; routes only authenticate. A system
 * actor (scheduler, seed, imports, command line) is trusted. Denials are
 * HERALD_FORBIDDEN (403) with a reason a person can act on.
 */
import type { Article } from '../domain/article.js';
import { HeraldError } from '../domain/errors.js';
import type { Actor, Role, SessionUser } from '../domain/identity.js';

const RANK: Record<Role, number> = { reporter: 1, editor: 2, admin: 3 };

export function hasRole(user: Pick<SessionUser, 'role'>, minimum: Role): boolean {
  return RANK[user.role] >= RANK[minimum];
}

/** Admins work in every edition; anyone else only in those listed (an empty list grants none). */
export function worksInEdition(user: Pick<SessionUser, 'role' | 'editionCodes'>, editionCode: string): boolean {
  return user.role === 'admin' || user.editionCodes.includes(editionCode);
}

/** The editions a user's lists and searches are limited to; undefined means all (admins). */
export function editionScope(user: Pick<SessionUser, 'role' | 'editionCodes'>): string[] | undefined {
  return user.role === 'admin' ? undefined : user.editionCodes;
}

const forbidden = (message: string) => new HeraldError('HERALD_FORBIDDEN', message);

export function assertRole(actor: Actor, minimum: Role): void {
  if (actor.userId === null) return;
  if (!hasRole(actor.user, minimum)) throw forbidden(`This needs the ${minimum} role; you are signed in as ${actor.user.role}.`);
}

export function assertEdition(actor: Actor, editionCode: string): void {
  if (actor.userId === null) return;
  if (!worksInEdition(actor.user, editionCode)) throw forbidden(`You do not work in the ${editionCode} edition.`);
}

/**
 * What an article operation needs: `edit` (save, restore, submit: reporters
 * their own drafts, editors anything in their editions), `publish` (publish,
 * schedule, unpublish, correct, delete: editors in the article's edition).
 */
export type ArticlePermission = 'edit' | 'publish';

export function assertArticleAccess(actor: Actor, article: Pick<Article, 'editionCode' | 'status' | 'createdBy'>, need: ArticlePermission): void {
  if (actor.userId === null) return;
  assertEdition(actor, article.editionCode);
  if (hasRole(actor.user, 'editor')) return;
  if (need === 'publish')
    throw forbidden(`This needs the editor role; you are signed in as ${actor.user.role}. Editors publish, schedule, unpublish, correct and delete.`);
  if (article.createdBy !== actor.userId) throw forbidden('Reporters can edit only articles they created.');
  if (article.status !== 'draft')
    throw forbidden(`This article is ${article.status.replace('_', ' ')}; only an editor can change it now.`);
}

/** May the actor read this article in the admin (history, diff, preview)? Reporters read their editions. */
export function canViewArticle(user: SessionUser, article: Pick<Article, 'editionCode'>): boolean {
  return worksInEdition(user, article.editionCode);
}
