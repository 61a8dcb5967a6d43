/**
 * The one path by which an existing article changes: load it inside a
 * transaction, check the caller's revision and the rule of the transition,
 * write, snapshot the new revision, add a notice or audit entry, commit, and
 * only then emit events. Every workflow operation is a small spec for this.
 */
import type { Article, ArticleNotice } from '../domain/article.js';
import { HeraldError, notFound } from '../domain/errors.js';
import { articleScope, type HeraldEvent } from '../domain/events.js';
import type { Actor, AuditAction } from '../domain/identity.js';
import type { RevisionKind } from '../domain/revision-kinds.js';
import { assertArticleAccess, type ArticlePermission } from './access-policy.js';
import { changedFields, recordRevision, snapshotOf } from './article-history.js';
import { checkArticleTarget, targetOf } from './article-integrity.js';
import type { OperationContext } from './context.js';
import type { ArticleChanges } from './ports.js';
import { enqueueArticleWebhooks } from './webhook-enqueue.js';

export interface ArticleChangeSpec {
  articleId: number;
  /** The revision the caller last saw; undefined acts on the current one (system jobs). */
  expectedRevision: number | undefined;
  actor: Actor;
  /** What the actor must be allowed to do to this article (src/operations/access-policy.ts). */
  permission: ArticlePermission;
  /** Throws a HeraldError when the change is not allowed for this article. */
  check?: (article: Article) => void;
  changes: (article: Article, at: string) => ArticleChanges;
  /** Revision summary; defaults to the list of changed fields. */
  summary?: string;
  /** What happened, as the history labels it; may depend on the article before the change. */
  kind: RevisionKind | ((before: Article) => RevisionKind);
  /** A note kept with the revision (review steps). */
  note?: string | null;
  notice?: Omit<ArticleNotice, 'createdAt'>;
  /** `details` may be built from the revision's summary (e.g. the list of changed fields). */
  audit?: { action: AuditAction; details: string | ((summary: string) => string) } | ((before: Article) => { action: AuditAction; details: string | ((summary: string) => string) } | null);
  events: (before: Article, after: Article, at: string) => HeraldEvent[];
}

export function conflict(article: Article, expected: number): HeraldError {
  return new HeraldError(
    'HERALD_CONFLICT',
    `Article ${article.id} was saved by someone else (now at revision ${article.revision}, you had ${expected}); your changes were not written.`,
    { details: { currentRevision: article.revision } },
  );
}

export async function applyArticleChange(ctx: OperationContext, spec: ArticleChangeSpec): Promise<Article> {
  const at = ctx.now().toISOString();
  const { before, after, events } = await ctx.store.transaction(async (tx) => {
    const before = await tx.getArticle(spec.articleId);
    if (!before) throw notFound(`Article ${spec.articleId}`);
    // Access first: a conflict answer carries the current article, which only those allowed may see.
    assertArticleAccess(spec.actor, before, spec.permission);
    const expected = spec.expectedRevision ?? before.revision;
    if (expected !== before.revision) throw conflict(before, expected);
    spec.check?.(before);
    const changes = spec.changes(before, at);
    await checkArticleTarget(tx, spec.actor, before, targetOf(before, changes));
    if (!(await tx.updateArticle(before.id, expected, changes))) throw conflict(before, expected);
    if (spec.notice) await tx.insertNotice(before.id, { ...spec.notice, createdAt: at });
    const kind = typeof spec.kind === 'function' ? spec.kind(before) : spec.kind;
    const { article: after, revision } = await recordRevision(
      tx,
      before.id,
      spec.actor.userId,
      (snapshot) => spec.summary ?? changedFields(snapshotOf(before), snapshot),
      at,
      { kind, note: spec.note ?? null },
    );
    const audit = typeof spec.audit === 'function' ? spec.audit(before) : spec.audit;
    if (audit) {
      const details = typeof audit.details === 'function' ? audit.details(revision.summary) : audit.details;
      await tx.insertAudit({ at, userId: spec.actor.userId, action: audit.action, articleId: before.id, details });
    }
    // Webhook deliveries are queued in this transaction: they exist exactly when the change does.
    const events = spec.events(before, after, at);
    await enqueueArticleWebhooks(tx, events, after, at);
    return { before, after, events };
  });
  const scope = articleScope(before, after);
  for (const event of events) ctx.events.emit(event.type.startsWith('article.') ? { ...event, scope } as HeraldEvent : event);
  return after;
}
