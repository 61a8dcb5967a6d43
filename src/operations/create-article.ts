/**
 * Creates an article (a draft unless told otherwise). The slug comes from the
 * headline when not given; the short id is generated here and retried on the
 * rare collision.
 */
import type { ArticleStatus } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import { HeraldError } from '../domain/errors.js';
import { articleScope } from '../domain/events.js';
import type { Actor } from '../domain/identity.js';
import { generateShortId, SHORT_ID_MAX_LENGTH, SHORT_ID_MIN_LENGTH } from '../domain/short-id.js';
import { isValidSlug, slugify } from '../domain/slug.js';
import { assertEdition, assertRole } from './access-policy.js';
import { recordRevision } from './article-history.js';
import { checkArticleTarget } from './article-integrity.js';
import type { OperationContext } from './context.js';
import type { NewArticle } from './ports.js';
import { enqueueWebhook } from './webhook-enqueue.js';

export interface CreateArticleInput {
  editionCode: string;
  sectionId: number;
  headline: string;
  kicker?: string;
  teaser?: string;
  slug?: string;
  body: BodyBlock[];
  leadImageId?: number | null;
  /** The lead image's caption/alt in this article; absent or null uses the media library's text. */
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
  topicIds?: number[];
  authorIds?: number[];
  agencyIds?: number[];
  translationGroup?: string | null;
  embargoUntil?: string | null;
  wireOrigin?: { guid: string; version: number } | null;
  /** Create already published at this instant (used by imports and the demo seed). */
  publishedAt?: string;
  updatedAt?: string;
}

const ATTEMPTS_PER_LENGTH = 3;

export function buildNewArticle(input: CreateArticleInput, now: Date, shortId: string, createdBy: number | null = null): NewArticle {
  const headline = input.headline.trim();
  if (!headline) throw new HeraldError('HERALD_VALIDATION', 'An article needs a headline.');
  const slug = input.slug ?? slugify(headline);
  if (!isValidSlug(slug))
    throw new HeraldError('HERALD_VALIDATION', `The slug "${slug}" may contain only letters, digits and single hyphens.`);
  const status: ArticleStatus = input.publishedAt ? 'published' : 'draft';
  const createdAt = input.publishedAt ?? now.toISOString();
  return {
    shortId,
    editionCode: input.editionCode,
    slug,
    kicker: input.kicker?.trim() ?? '',
    headline,
    teaser: input.teaser?.trim() ?? '',
    body: input.body,
    leadImageId: input.leadImageId ?? null,
    leadImageCaption: input.leadImageCaption ?? null,
    leadImageAlt: input.leadImageAlt ?? null,
    sectionId: input.sectionId,
    topicIds: input.topicIds ?? [],
    authorIds: input.authorIds ?? [],
    agencyIds: input.agencyIds ?? [],
    status,
    firstPublishedAt: input.publishedAt ?? null,
    updatedAt: input.updatedAt ?? createdAt,
    createdAt,
    publishAt: null,
    embargoUntil: input.embargoUntil ?? null,
    translationGroup: input.translationGroup ?? null,
    wireGuid: input.wireOrigin?.guid ?? null,
    wireVersion: input.wireOrigin?.version ?? null,
    createdBy,
  };
}

/** Creates an article as `actor`: any newsroom role may start a draft in an edition they work in; only editors create it published. */
export async function createArticle(ctx: OperationContext, input: CreateArticleInput, actor: Actor): Promise<number> {
  assertRole(actor, input.publishedAt ? 'editor' : 'reporter');
  assertEdition(actor, input.editionCode);
  const now = ctx.now();
  for (let length = SHORT_ID_MIN_LENGTH; length <= SHORT_ID_MAX_LENGTH; length++) {
    for (let attempt = 0; attempt < ATTEMPTS_PER_LENGTH; attempt++) {
      const article = buildNewArticle(input, now, generateShortId(length), actor.userId);
      let id: number | null;
      try {
        id = await ctx.store.transaction(async (tx) => {
          await checkArticleTarget(tx, actor, null, article);
          if (await tx.shortIdExists(article.shortId)) return null;
          const newId = await tx.insertArticle(article);
          await recordRevision(tx, newId, article.createdBy ?? null, () => 'created', now.toISOString(), { kind: 'created' });
          if (article.status === 'published') await enqueueWebhook(tx, 'article.published', { ...article, id: newId }, now.toISOString());
          return newId;
        });
      } catch (error) {
        // Another writer took the same short id between our check and insert.
        if (error instanceof HeraldError && error.code === 'HERALD_CONFLICT') continue;
        throw error;
      }
      if (id === null) continue;
      const at = now.toISOString();
      const scope = articleScope(article);
      ctx.events.emit({ type: 'article.saved', articleId: id, editionCode: article.editionCode, at, scope });
      if (article.status === 'published')
        ctx.events.emit({ type: 'article.published', articleId: id, editionCode: article.editionCode, at, scope });
      return id;
    }
  }
  throw new HeraldError('HERALD_STORAGE', 'Could not find a free short id; the short-id space may be exhausted.');
}
