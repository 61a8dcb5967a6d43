/**
 * Live coverage (issue 10): opening and closing it, its key points, and its
 * entries (add, edit, delete, pin). Editors and admins in the article's
 * edition only, reporters not even on articles they created: an entry is
 * public the moment it is saved, so writing one is publishing. Each change is
 * one transaction, audited as `updated` on the article, and emits
 * `live.entry_changed`, which purges the article page and reaches readers'
 * open streams (on this process and, through the event transport, others).
 */
import type { Article } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import { bodyImageIds } from '../domain/blocks.js';
import { HeraldError, notFound } from '../domain/errors.js';
import type { HeraldEvent } from '../domain/events.js';
import type { Actor } from '../domain/identity.js';
import { initialsOf, validateEntryBody, validateKeyPoints, type LiveCoverage, type LiveEntry, type LiveState } from '../domain/live-coverage.js';
import { assertArticleAccess } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentWriter } from './ports.js';

type LiveChange = Extract<HeraldEvent, { type: 'live.entry_changed' }>['change'];

async function loadArticle(tx: ContentWriter, articleId: number, actor: Actor): Promise<Article> {
  const article = await tx.getArticle(articleId);
  if (!article) throw notFound(`Article ${articleId}`);
  assertArticleAccess(actor, article, 'publish');
  return article;
}

async function loadCoverage(tx: ContentWriter, articleId: number): Promise<LiveCoverage> {
  const coverage = await tx.live.getLiveCoverage(articleId);
  if (!coverage) throw new HeraldError('HERALD_CONFLICT', 'This article is not a live coverage page; open live coverage on it first.');
  return coverage;
}

async function loadEntry(tx: ContentWriter, articleId: number, entryId: number): Promise<LiveEntry> {
  const entry = await tx.live.getLiveEntry(entryId);
  if (!entry || entry.articleId !== articleId) throw notFound(`Live entry ${entryId} of article ${articleId}`);
  return entry;
}

async function checkImages(tx: ContentWriter, body: BodyBlock[], imageId: number | null): Promise<void> {
  const ids = [...new Set([...(imageId === null ? [] : [imageId]), ...bodyImageIds(body)])];
  if (ids.length === 0) return;
  const known = new Set((await tx.getImages(ids)).map((i) => i.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing !== undefined) throw new HeraldError('HERALD_VALIDATION', `imageId: there is no image ${missing} in the media library.`);
}

function audit(tx: ContentWriter, actor: Actor, article: Article, at: string, what: string) {
  return tx.insertAudit({ at, userId: actor.userId, action: 'updated', articleId: article.id, details: `live coverage: ${what}` });
}

function emit(ctx: OperationContext, article: Article, change: LiveChange, entryId: number | null, at: string) {
  ctx.events.emit({ type: 'live.entry_changed', articleId: article.id, editionCode: article.editionCode, entryId, change, at });
}

/** Opens live coverage on an article (making it a live page), or reopens it; `closed` ends it, keeping every entry. */
export async function setLiveState(ctx: OperationContext, articleId: number, state: LiveState, actor: Actor): Promise<LiveCoverage> {
  const at = ctx.now().toISOString();
  const { article, coverage, changed } = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    const before = await tx.live.getLiveCoverage(articleId);
    const coverage: LiveCoverage = {
      articleId, state, keyPoints: before?.keyPoints ?? [], startedAt: before?.startedAt ?? at,
      endedAt: state === 'closed' ? (before?.state === 'closed' ? before.endedAt : at) : null, updatedAt: at,
    };
    const changed = before?.state !== state;
    if (changed) {
      await tx.live.saveLiveCoverage(coverage);
      await audit(tx, actor, article, at, state === 'open' ? 'opened' : 'closed');
    }
    return { article, coverage: changed ? coverage : (before as LiveCoverage), changed };
  });
  if (changed) emit(ctx, article, state === 'open' ? 'opened' : 'closed', null, at);
  return coverage;
}

export async function setLiveKeyPoints(ctx: OperationContext, articleId: number, keyPoints: string[], actor: Actor): Promise<LiveCoverage> {
  const points = validateKeyPoints(keyPoints);
  const at = ctx.now().toISOString();
  const { article, coverage } = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    const coverage = { ...(await loadCoverage(tx, articleId)), keyPoints: points, updatedAt: at };
    await tx.live.saveLiveCoverage(coverage);
    await audit(tx, actor, article, at, `set ${points.length} key points`);
    return { article, coverage };
  });
  emit(ctx, article, 'key_points', null, at);
  return coverage;
}

export interface LiveEntryInput {
  body: BodyBlock[];
  imageId?: number | null;
  pinned?: boolean;
  /** Initials to sign with when a system actor (seed, import) writes: it has no account to take them from. */
  initials?: string;
}

async function signature(tx: ContentWriter, actor: Actor, given?: string): Promise<{ authorId: number | null; initials: string }> {
  if (actor.userId === null) return { authorId: null, initials: given?.slice(0, 12) ?? '' };
  const authorId = actor.user.authorId;
  const author = authorId === null ? undefined : (await tx.getAuthors([authorId]))[0];
  return { authorId: author?.id ?? null, initials: author?.initials ?? initialsOf(actor.user.name).toLowerCase() };
}

export async function addLiveEntry(ctx: OperationContext, articleId: number, input: LiveEntryInput, actor: Actor): Promise<LiveEntry> {
  const imageId = input.imageId ?? null;
  const body = validateEntryBody(input.body, imageId);
  const at = ctx.now().toISOString();
  const { article, entry } = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    const coverage = await loadCoverage(tx, articleId);
    if (coverage.state === 'closed') throw new HeraldError('HERALD_CONFLICT', 'This live coverage is closed; reopen it to add entries.');
    await checkImages(tx, body, imageId);
    const { authorId, initials } = await signature(tx, actor, input.initials);
    const fields = { articleId, createdAt: at, updatedAt: at, authorId, authorInitials: initials, body, imageId, pinned: false };
    const id = await tx.live.insertLiveEntry(fields);
    if (input.pinned) await tx.live.setPinnedLiveEntry(articleId, id);
    await audit(tx, actor, article, at, `added entry ${id}${input.pinned ? ' (pinned)' : ''}`);
    return { article, entry: { id, ...fields, pinned: input.pinned === true } };
  });
  emit(ctx, article, 'added', entry.id, at);
  return entry;
}

export async function editLiveEntry(
  ctx: OperationContext, articleId: number, entryId: number, input: { body: BodyBlock[]; imageId?: number | null }, actor: Actor,
): Promise<LiveEntry> {
  const at = ctx.now().toISOString();
  const { article, entry } = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    await loadCoverage(tx, articleId);
    const before = await loadEntry(tx, articleId, entryId);
    const imageId = input.imageId === undefined ? before.imageId : input.imageId;
    const body = validateEntryBody(input.body, imageId);
    await checkImages(tx, body, imageId);
    await tx.live.updateLiveEntry(entryId, { body, imageId, updatedAt: at });
    await audit(tx, actor, article, at, `edited entry ${entryId}`);
    return { article, entry: { ...before, body, imageId, updatedAt: at } };
  });
  emit(ctx, article, 'edited', entryId, at);
  return entry;
}

export async function deleteLiveEntry(ctx: OperationContext, articleId: number, entryId: number, actor: Actor): Promise<void> {
  const at = ctx.now().toISOString();
  const article = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    await loadEntry(tx, articleId, entryId);
    await tx.live.deleteLiveEntry(entryId);
    await audit(tx, actor, article, at, `deleted entry ${entryId}`);
    return article;
  });
  emit(ctx, article, 'deleted', entryId, at);
}

/** Pins this entry above the others (unpinning the one pinned before); null unpins. */
export async function pinLiveEntry(ctx: OperationContext, articleId: number, entryId: number | null, actor: Actor): Promise<void> {
  const at = ctx.now().toISOString();
  const article = await ctx.store.transaction(async (tx) => {
    const article = await loadArticle(tx, articleId, actor);
    await loadCoverage(tx, articleId);
    if (entryId !== null) await loadEntry(tx, articleId, entryId);
    await tx.live.setPinnedLiveEntry(articleId, entryId);
    await audit(tx, actor, article, at, entryId === null ? 'unpinned' : `pinned entry ${entryId}`);
    return article;
  });
  emit(ctx, article, 'pinned', entryId, at);
}
