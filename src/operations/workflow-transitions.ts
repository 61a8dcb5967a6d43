/**
 * The workflow: draft → in review → scheduled → published → unpublished; an
 * editor may send an article in review back to draft with a note.
 * Each transition checks the revision the caller saw, so two editors acting at
 * once cannot both win, and the scheduler's publication cannot happen twice.
 */
import type { Article, ArticleStatus } from '../domain/article.js';
import { HeraldError } from '../domain/errors.js';
import { assertArticleAccess, assertRole } from './access-policy.js';
import { applyArticleChange } from './apply-article-change.js';
import type { Actor } from '../domain/identity.js';
import type { OperationContext } from './context.js';
import { assertPublishable } from './publish-readiness.js';

export interface Transition {
  articleId: number;
  /** The revision the caller last saw; omit to act on the current one (scheduler). */
  expectedRevision?: number;
  actor: Actor;
}

function requireStatus(article: Article, allowed: ArticleStatus[], action: string): void {
  if (!allowed.includes(article.status))
    throw new HeraldError('HERALD_CONFLICT', `Article ${article.id} is ${article.status.replace('_', ' ')}; it cannot be ${action} now.`);
}

const event = (type: 'article.published' | 'article.unpublished' | 'article.saved', after: Article, at: string) => ({
  type,
  articleId: after.id,
  editionCode: after.editionCode,
  at,
});

export const REVIEW_NOTE_MAX_LENGTH = 2000;

/** A review note trimmed, checked for length; blank is no note. */
function reviewNote(note: string | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  if (trimmed.length > REVIEW_NOTE_MAX_LENGTH)
    throw new HeraldError('HERALD_VALIDATION', `A review note can be at most ${REVIEW_NOTE_MAX_LENGTH} characters; this one has ${trimmed.length}.`);
  return trimmed || null;
}

/** Hands a draft to the editors, optionally with a note for them ("check the figures in paragraph 3"). */
export async function submitForReview(ctx: OperationContext, t: Transition & { note?: string }): Promise<Article> {
  const note = reviewNote(t.note);
  return applyArticleChange(ctx, {
    articleId: t.articleId,
    expectedRevision: t.expectedRevision,
    actor: t.actor,
    permission: 'edit',
    check: (a) => requireStatus(a, ['draft'], 'submitted for review'),
    changes: () => ({ status: 'in_review' }),
    summary: 'submitted for review',
    kind: 'submitted',
    note,
    audit: { action: 'submitted', details: note ? `submitted for review: ${note}` : 'submitted for review' },
    events: (_b, after, at) => [event('article.saved', after, at)],
  });
}

/**
 * An editor returns an article in review to its reporter as a draft, saying
 * what to change: the note is required, since a bare "sent back" tells the
 * reporter nothing.
 */
export async function sendBackToDraft(ctx: OperationContext, t: Transition & { note: string }): Promise<Article> {
  assertRole(t.actor, 'editor');
  const note = reviewNote(t.note);
  if (!note) throw new HeraldError('HERALD_VALIDATION', 'Say what the reporter should change: sending back needs a note.');
  return applyArticleChange(ctx, {
    articleId: t.articleId,
    expectedRevision: t.expectedRevision,
    actor: t.actor,
    permission: 'publish',
    check: (a) => requireStatus(a, ['in_review'], 'sent back'),
    changes: () => ({ status: 'draft' }),
    summary: 'sent back to draft',
    kind: 'sent_back',
    note,
    audit: { action: 'sent_back', details: `sent back: ${note}` },
    events: (_b, after, at) => [event('article.saved', after, at)],
  });
}

/** Checked again inside the transaction; this early look answers "not allowed" before "not ready". */
async function readyToPublish(ctx: OperationContext, t: Transition): Promise<void> {
  const article = await ctx.store.getArticle(t.articleId);
  if (!article) return;
  assertArticleAccess(t.actor, article, 'publish');
  await assertPublishable(ctx.store, article);
}

export async function publishArticle(ctx: OperationContext, t: Transition): Promise<Article> {
  await readyToPublish(ctx, t);
  return applyArticleChange(ctx, {
    articleId: t.articleId,
    expectedRevision: t.expectedRevision,
    actor: t.actor,
    permission: 'publish',
    check: (a) => requireStatus(a, ['draft', 'in_review', 'scheduled', 'unpublished'], 'published'),
    changes: (a, at) => ({
      status: 'published',
      firstPublishedAt: a.firstPublishedAt ?? at,
      updatedAt: at,
      publishAt: null,
    }),
    summary: 'published',
    kind: 'published',
    audit: { action: 'published', details: 'published' },
    events: (_b, after, at) => [event('article.published', after, at)],
  });
}

export async function scheduleArticle(ctx: OperationContext, t: Transition & { publishAt: string }): Promise<Article> {
  await readyToPublish(ctx, t);
  return applyArticleChange(ctx, {
    articleId: t.articleId,
    expectedRevision: t.expectedRevision,
    actor: t.actor,
    permission: 'publish',
    check: (a) => {
      requireStatus(a, ['draft', 'in_review', 'scheduled', 'unpublished'], 'scheduled');
      if (Number.isNaN(Date.parse(t.publishAt))) throw new HeraldError('HERALD_VALIDATION', 'The publication time is not a valid date.');
    },
    changes: () => ({ status: 'scheduled', publishAt: new Date(t.publishAt).toISOString() }),
    summary: `scheduled for ${new Date(t.publishAt).toISOString()}`,
    kind: 'scheduled',
    audit: { action: 'scheduled', details: `scheduled for ${new Date(t.publishAt).toISOString()}` },
    events: (_b, after, at) => [event('article.saved', after, at)],
  });
}

export function unpublishArticle(ctx: OperationContext, t: Transition): Promise<Article> {
  return applyArticleChange(ctx, {
    articleId: t.articleId,
    expectedRevision: t.expectedRevision,
    actor: t.actor,
    permission: 'publish',
    check: (a) => requireStatus(a, ['published', 'scheduled'], 'unpublished'),
    changes: () => ({ status: 'unpublished', publishAt: null }),
    summary: 'unpublished',
    kind: 'unpublished',
    audit: { action: 'unpublished', details: 'unpublished' },
    events: (before, after, at) => (before.status === 'published' ? [event('article.unpublished', after, at)] : [event('article.saved', after, at)]),
  });
}
