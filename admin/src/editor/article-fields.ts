/**
 * The article form's state and how it maps to the contract: a draft may lack
 * a section (a new article), is compared field by field to know whether there
 * is anything to save, and becomes a create or save body. Pure.
 */
import type { AdminArticle, ArticleFields, SessionUser } from '../../../src/api/admin/contract.js';

export interface DraftFields extends Omit<ArticleFields, 'sectionId' | 'slug'> {
  sectionId: number | null;
  slug: string;
}

export function fieldsFromArticle(article: AdminArticle): DraftFields {
  return normalizeDraft({ ...article, slug: article.slug ?? '' });
}

export function emptyDraft(editionCode: string, user: Pick<SessionUser, 'authorId'>): DraftFields {
  return normalizeDraft({
    editionCode,
    sectionId: null,
    kicker: '',
    headline: '',
    teaser: '',
    slug: '',
    body: [],
    leadImageId: null,
    leadImageCaption: null,
    leadImageAlt: null,
    topicIds: [],
    authorIds: user.authorId ? [user.authorId] : [],
    agencyIds: [],
    translationGroup: null,
    embargoUntil: null,
  });
}

/** The same fields in a fixed order, so two drafts compare by their JSON. */
export function normalizeDraft(f: DraftFields): DraftFields {
  return {
    editionCode: f.editionCode,
    sectionId: f.sectionId ?? null,
    kicker: f.kicker ?? '',
    headline: f.headline ?? '',
    teaser: f.teaser ?? '',
    slug: f.slug ?? '',
    body: f.body ?? [],
    leadImageId: f.leadImageId ?? null,
    // Blank is "use the library's text", the same as null, so clearing a field is not a change.
    leadImageCaption: f.leadImageCaption || null,
    leadImageAlt: f.leadImageAlt || null,
    topicIds: [...(f.topicIds ?? [])],
    authorIds: [...(f.authorIds ?? [])],
    agencyIds: [...(f.agencyIds ?? [])],
    translationGroup: f.translationGroup ?? null,
    embargoUntil: f.embargoUntil ?? null,
  };
}

export function sameDraft(a: DraftFields, b: DraftFields): boolean {
  return JSON.stringify(normalizeDraft(a)) === JSON.stringify(normalizeDraft(b));
}

/** Why a new article cannot be created yet, or null when it can. */
export function createBlocker(f: DraftFields): string | null {
  if (!f.editionCode) return 'Choose an edition to save this article.';
  if (f.sectionId === null) return 'Choose a section to save this article.';
  if (!f.headline.trim()) return 'Write a headline to save this article.';
  return null;
}

/** The editable fields as the API takes them. The slug is only sent while it may still change. */
export function toArticleFields(f: DraftFields, slugEditable: boolean): Partial<ArticleFields> {
  const { sectionId, slug, ...rest } = normalizeDraft(f);
  const fields: Partial<ArticleFields> = { ...rest, translationGroup: rest.translationGroup?.trim() || null };
  if (sectionId !== null) fields.sectionId = sectionId;
  if (slugEditable && slug.trim()) fields.slug = slug.trim();
  return fields;
}

export const slugEditable = (article: Pick<AdminArticle, 'firstPublishedAt'> | null) => !article?.firstPublishedAt;
