/**
 * Loads the article a route names, for a signed-in user who works in its
 * edition (others get 404, so they learn nothing of it). What the user may
 * then do to it is decided by the operation (src/operations/access-policy.ts).
 */
import type { FastifyRequest } from 'fastify';
import { requireUser } from '../../auth/guards.js';
import type { Article } from '../../domain/article.js';
import { notFound } from '../../domain/errors.js';
import { userActor, type Actor, type SessionUser } from '../../domain/identity.js';
import { canViewArticle } from '../../operations/access-policy.js';
import type { ContentReader } from '../../operations/ports.js';

export function parseArticleId(request: FastifyRequest): number {
  const raw = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound(`Article ${raw.slice(0, 40)}`);
  return Number(raw);
}

export async function loadArticleFor(reader: ContentReader, request: FastifyRequest): Promise<{ user: SessionUser; actor: Actor; article: Article }> {
  const user = requireUser(request);
  const id = parseArticleId(request);
  const article = await reader.getArticle(id);
  if (!article || !canViewArticle(user, article)) throw notFound(`Article ${id}`);
  return { user, actor: userActor(user), article };
}
