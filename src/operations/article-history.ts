/**
 * Revision snapshots. Every change that bumps an article's revision stores a
 * snapshot of its editable fields and status under that revision number, with
 * who made it and a one-line summary, in the same transaction as the change.
 */
import type { Article } from '../domain/article.js';
import type { RevisionKind } from '../domain/revision-kinds.js';
import type { ArticleSnapshot, ContentWriter, StoredRevision } from './ports.js';

export function snapshotOf(article: Article): ArticleSnapshot {
  return {
    editionCode: article.editionCode, sectionId: article.sectionId, slug: article.slug, kicker: article.kicker,
    headline: article.headline, teaser: article.teaser, body: article.body, leadImageId: article.leadImageId,
    leadImageCaption: article.leadImageCaption, leadImageAlt: article.leadImageAlt,
    topicIds: article.topicIds, authorIds: article.authorIds, agencyIds: article.agencyIds,
    translationGroup: article.translationGroup, embargoUntil: article.embargoUntil, status: article.status,
    publishAt: article.publishAt,
  };
}

const FIELD_LABELS: Record<keyof ArticleSnapshot, string> = {
  editionCode: 'edition', sectionId: 'section', slug: 'slug', kicker: 'kicker', headline: 'headline', teaser: 'teaser',
  body: 'body', leadImageId: 'lead image', leadImageCaption: 'lead image caption', leadImageAlt: 'lead image alt text', topicIds: 'topics', authorIds: 'authors', agencyIds: 'agencies',
  translationGroup: 'translations', embargoUntil: 'embargo', status: 'status', publishAt: 'schedule',
};

/** "headline, body" — the fields that differ between two snapshots. */
export function changedFields(before: ArticleSnapshot | null, after: ArticleSnapshot): string {
  if (!before) return 'created';
  const changed = (Object.keys(FIELD_LABELS) as (keyof ArticleSnapshot)[]).filter(
    (key) => key !== 'status' && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  return changed.map((key) => FIELD_LABELS[key]).join(', ') || 'no field changes';
}

/** Stores the article's current state as its current revision, labelled with what happened. */
export async function recordRevision(
  tx: ContentWriter,
  articleId: number,
  userId: number | null,
  summary: (snapshot: ArticleSnapshot) => string,
  at: string,
  what: { kind: RevisionKind; note?: string | null },
): Promise<{ article: Article; revision: StoredRevision }> {
  const article = await tx.getArticle(articleId);
  if (!article) throw new Error(`Article ${articleId} vanished inside its own transaction`);
  const snapshot = snapshotOf(article);
  const revision: StoredRevision = {
    revision: article.revision, userId, snapshot, summary: summary(snapshot), createdAt: at, kind: what.kind, note: what.note ?? null,
  };
  await tx.insertRevision(articleId, revision);
  return { article, revision };
}
