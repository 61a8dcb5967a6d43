/**
 * Who may see and change which article: reporters read their editions and
 * edit only their own drafts; editors and admins edit anything in their
 * editions. Denials are 403 with a reason; a missing article is 404.
 */
import type { FastifyRequest } from 'fastify';
import { requireEdition, requireRole, requireUser, worksInEdition, hasRole } from '../../auth/guards.js';
import type { Article } from '../../domain/article.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import type { ContentReader } from '../../operations/ports.js';
import type { Role, SessionUser } from './contract.js';

export function parseArticleId(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound(`Article ${raw.slice(0, 40)}`);
  return Number(raw);
}

export async function loadArticleFor(
  reader: ContentReader,
  request: FastifyRequest,
  need: 'view' | 'edit' | Role,
): Promise<{ user: SessionUser; article: Article }> {
  const user = need === 'view' || need === 'edit' ? requireUser(request) : requireRole(request, need);
  const article = await reader.getArticle(parseArticleId(request));
  if (!article || !worksInEdition(user, article.editionCode)) throw notFound(`Article ${parseArticleId(request)}`);
  requireEdition(user, article.editionCode);
  if (need === 'edit' && !hasRole(user, 'editor')) {
    if (article.createdBy !== user.id) throw new HeraldError('HERALD_FORBIDDEN', 'Reporters can edit only articles they created.');
    if (article.status !== 'draft')
      throw new HeraldError('HERALD_FORBIDDEN', `This article is ${article.status.replace('_', ' ')}; only an editor can change it now.`);
  }
  return { user, article };
}
