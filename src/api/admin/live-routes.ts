/**
 * Admin API: live coverage of an article. Reading is open to whoever may see
 * the article (reporters of its edition too); every change is an operation
 * (src/operations/live-coverage.ts), which requires an editor of the
 * article's edition. Entry bodies are the article body's blocks, validated by
 * the same schema.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../domain/errors.js';
import type { LiveEntry } from '../../domain/live-coverage.js';
import {
  addLiveEntry, deleteLiveEntry, editLiveEntry, pinLiveEntry, setLiveKeyPoints, setLiveState,
} from '../../operations/live-coverage.js';
import type { ContentReader } from '../../operations/ports.js';
import { liveEntryPermalink } from '../../site/models/live-coverage-model.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import { loadArticleFor } from './article-access.js';
import {
  liveEntriesQuery, liveEntryBody, liveEntryEditBody, livePinBody, liveSettingsBody, type LiveCoverageDto, type LiveEntryDto,
} from './live-contract.js';

function entryId(request: FastifyRequest): number {
  const raw = (request.params as { entryId?: string }).entryId ?? '';
  if (!/^\d{1,15}$/.test(raw)) throw notFound(`Live entry ${raw.slice(0, 40)}`);
  return Number(raw);
}

const ADMIN_PAGE_SIZE = 50;

export async function liveCoverageDto(reader: ContentReader, article: { id: number; editionCode: string }, page: number, publicUrl: string): Promise<LiveCoverageDto> {
  const [coverage, pinned, entries, total] = await Promise.all([
    reader.live.getLiveCoverage(article.id),
    reader.live.getPinnedLiveEntry(article.id),
    reader.live.listLiveEntries(article.id, { limit: ADMIN_PAGE_SIZE, offset: (page - 1) * ADMIN_PAGE_SIZE }),
    reader.live.countLiveEntries(article.id),
  ]);
  const dto = (e: LiveEntry): LiveEntryDto => ({ ...e, permalink: publicUrl + liveEntryPermalink(article.editionCode, article.id, e.id) });
  return {
    articleId: article.id, coverage, pinned: pinned ? dto(pinned) : null, entries: entries.map(dto), total, page,
    pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
  };
}

export function registerLiveRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const current = (article: { id: number; editionCode: string }) => liveCoverageDto(ops.store, article, 1, deps.publicUrl);

  app.get('/api/admin/articles/:id/live', async (request) => {
    const { article } = await loadArticleFor(ops.store, request);
    const { page } = liveEntriesQuery.parse(request.query);
    return liveCoverageDto(ops.store, article, page, deps.publicUrl);
  });

  app.put('/api/admin/articles/:id/live', async (request) => {
    const { article, actor } = await loadArticleFor(ops.store, request);
    const input = liveSettingsBody.parse(request.body);
    if (input.state) await setLiveState(ops, article.id, input.state, actor);
    if (input.keyPoints) await setLiveKeyPoints(ops, article.id, input.keyPoints, actor);
    return current(article);
  });

  app.post('/api/admin/articles/:id/live/entries', async (request, reply) => {
    const { article, actor } = await loadArticleFor(ops.store, request);
    const input = liveEntryBody.parse(request.body);
    const entry = await addLiveEntry(ops, article.id, { body: input.body, imageId: input.imageId ?? null, pinned: input.pinned ?? false }, actor);
    return reply.code(201).send({ ...entry, permalink: deps.publicUrl + liveEntryPermalink(article.editionCode, article.id, entry.id) });
  });

  app.put('/api/admin/articles/:id/live/entries/:entryId', async (request) => {
    const { article, actor } = await loadArticleFor(ops.store, request);
    const input = liveEntryEditBody.parse(request.body);
    const entry = await editLiveEntry(ops, article.id, entryId(request), { body: input.body, ...(input.imageId !== undefined ? { imageId: input.imageId } : {}) }, actor);
    return { ...entry, permalink: deps.publicUrl + liveEntryPermalink(article.editionCode, article.id, entry.id) };
  });

  app.delete('/api/admin/articles/:id/live/entries/:entryId', async (request, reply) => {
    const { article, actor } = await loadArticleFor(ops.store, request);
    await deleteLiveEntry(ops, article.id, entryId(request), actor);
    return reply.code(204).send();
  });

  app.put('/api/admin/articles/:id/live/pin', async (request) => {
    const { article, actor } = await loadArticleFor(ops.store, request);
    await pinLiveEntry(ops, article.id, livePinBody.parse(request.body).entryId, actor);
    return current(article);
  });
}
