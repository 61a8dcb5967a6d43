/**
 * The admin API's contract: request and response shapes shared by the server
 * (src/api/admin/*) and the editor UI (admin/). Bodies are validated with the
 * zod schemas here at the edge; errors are always
 * `{"error":{"code","message","details"?}}` with the HTTP status of the code.
 *
 * Auth: `POST /api/admin/session` sets an HttpOnly `herald_session` cookie and
 * returns a CSRF token; every other state-changing request must send it in the
 * `x-csrf-token` header. Anonymous → 401, wrong role or edition → 403.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, type Article, type ArticleNotice, type ArticleStatus } from '../../domain/article.js';
import type { BodyBlock } from '../../domain/blocks.js';
import type { Image } from '../../domain/taxonomy.js';
import { isSafeUrl, UNSAFE_URL_MESSAGE } from '../../domain/safe-url.js';

import { ROLES, type SessionUser } from '../../domain/identity.js';
import type { RevisionKind } from '../../domain/revision-kinds.js';

// Identity is domain data (src/domain/identity.ts); the contract hands it on to the editor UI.
export { ROLES, type AuditEntry, type Role, type SessionUser } from '../../domain/identity.js';

// ---------- session ----------
export const loginBody = z.object({ email: z.string().email().max(200), password: z.string().min(1).max(500) });
export type LoginBody = z.infer<typeof loginBody>;

/** GET/POST /api/admin/session */
export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

// ---------- users (admin) ----------
export const createUserBody = z.object({
  email: z.string().email().max(200),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
  // Length is the password policy's (src/domain/password-policy.ts), checked by the operation with a message a person can act on.
  password: z.string().min(1).max(2000),
  editionCodes: z.array(z.string().max(16)).max(50).default([]),
  authorId: z.number().int().positive().nullable().default(null),
});

// ---------- body blocks ----------
const span = z.object({
  text: z.string().max(20_000),
  marks: z.array(z.enum(['bold', 'italic'])).max(2).optional(),
  href: z.string().refine((v) => isSafeUrl(v, 'link'), UNSAFE_URL_MESSAGE.link).optional(),
});
export const bodyBlockSchema: z.ZodType<BodyBlock> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), spans: z.array(span).max(500) }),
  z.object({ type: z.literal('subheading'), text: z.string().min(1).max(300) }),
  z.object({
    type: z.literal('image'),
    imageId: z.number().int().positive(),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(300).optional(),
    alt: z.string().max(500).optional(),
  }),
  z.object({ type: z.literal('related'), articleId: z.number().int().positive() }),
  z.object({ type: z.literal('quote'), text: z.string().min(1).max(5000), attribution: z.string().max(300).optional() }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(span).max(100)).max(200) }),
  z.object({ type: z.literal('embed'), kind: z.enum(['video', 'audio']), title: z.string().max(300), url: z.string().refine((v) => isSafeUrl(v, 'embed'), UNSAFE_URL_MESSAGE.embed).optional(), mediaId: z.number().int().positive().optional() }),
]) as z.ZodType<BodyBlock>;

// ---------- articles ----------
export const WORKFLOW_STATUSES = ARTICLE_STATUSES;
export type WorkflowStatus = ArticleStatus;

/** Text that falls back to the media library's when null; blank counts as null. */
function inheritableText(max: number) {
  return z.string().max(max).nullable().transform((v) => (v !== null && v.trim() ? v.trim() : null));
}

/** The editable fields of an article, without defaults (so a partial save leaves missing fields alone). */
const articleFieldShapes = {
  editionCode: z.string().min(2).max(16),
  sectionId: z.number().int().positive(),
  kicker: z.string().max(120),
  headline: z.string().trim().min(1, 'the headline must not be empty').max(300),
  teaser: z.string().max(1000),
  slug: z.string().max(80).optional(),
  body: z.array(bodyBlockSchema).max(2000),
  leadImageId: z.number().int().positive().nullable(),
  // The lead image's caption/alt in this article's language; empty means "use the media library's text".
  leadImageCaption: inheritableText(1000),
  leadImageAlt: inheritableText(500),
  topicIds: z.array(z.number().int().positive()).max(50),
  authorIds: z.array(z.number().int().positive()).max(20),
  agencyIds: z.array(z.number().int().positive()).max(20),
  translationGroup: z.string().max(64).nullable(),
  embargoUntil: z.string().datetime().nullable(),
};
const articleFieldsBase = z.object(articleFieldShapes);

/** A new article: what is not given gets its default. */
export const articleFieldsSchema = articleFieldsBase.extend({
  kicker: articleFieldShapes.kicker.default(''),
  teaser: articleFieldShapes.teaser.default(''),
  body: articleFieldShapes.body.default([]),
  leadImageId: articleFieldShapes.leadImageId.default(null),
  leadImageCaption: articleFieldShapes.leadImageCaption.default(null),
  leadImageAlt: articleFieldShapes.leadImageAlt.default(null),
  topicIds: articleFieldShapes.topicIds.default([]),
  authorIds: articleFieldShapes.authorIds.default([]),
  agencyIds: articleFieldShapes.agencyIds.default([]),
  translationGroup: articleFieldShapes.translationGroup.default(null),
  embargoUntil: articleFieldShapes.embargoUntil.default(null),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

/** POST /api/admin/articles → 201 AdminArticle */
export const createArticleBody = articleFieldsSchema;
/** PUT /api/admin/articles/:id → 200 AdminArticle, or 409 {error, details: {current: AdminArticle}} */
export const saveArticleBody = articleFieldsBase.partial().extend({ revision: z.number().int().positive() });
/** PUT /api/admin/articles/:id as the route reads it: `minor` marks a fix to a published article that leaves its "Updated" time alone. */
export const saveArticleRequest = saveArticleBody.extend({ minor: z.boolean().default(false) });
/** POST /api/admin/articles/:id/{submit|publish|unpublish} */
export const transitionBody = z.object({ revision: z.number().int().positive() });
/** POST /api/admin/articles/:id/submit: an optional note for the editors. */
export const submitBody = transitionBody.extend({ note: z.string().max(2000).optional() });
/** POST /api/admin/articles/:id/send-back (editors): in review → draft; the note for the reporter is required. */
export const sendBackBody = transitionBody.extend({ note: z.string().max(2000) });
/** POST /api/admin/articles/:id/schedule */
export const scheduleBody = z.object({ revision: z.number().int().positive(), publishAt: z.string().datetime() });
/** POST /api/admin/articles/:id/correct: publishes a change with a visible notice. */
export const correctBody = saveArticleBody.extend({
  notice: z.object({ kind: z.enum(['correction', 'update']), text: z.string().min(1).max(2000) }),
});

export type { ArticleNotice } from '../../domain/article.js';

export interface AdminArticle
  extends Omit<ArticleFields, 'slug'>,
    Pick<Article, 'id' | 'shortId' | 'slug' | 'status' | 'revision' | 'firstPublishedAt' | 'updatedAt' | 'createdAt' | 'publishAt' | 'createdBy' | 'wireOrigin'> {
  notices: ArticleNotice[];
  /** Public URL when published, else null. */
  publicUrl: string | null;
  /** Private preview URL rendering the public template. */
  previewUrl: string;
  /** Open wire alerts (kills, corrections) about this article's source. */
  wireAlerts: { id: number; kind: string; message: string; createdAt: string }[];
  /** The latest review step (submitted or sent back), who took it and their note; null if there was none. */
  reviewNote: { kind: 'submitted' | 'sent_back'; note: string | null; userName: string | null; createdAt: string; revision: number } | null;
}

/** GET /api/admin/articles?edition&section&status&author&from&to&q&page&pageSize */
export const articleListQuery = z.object({
  edition: z.string().max(16).optional(),
  section: z.coerce.number().int().positive().optional(),
  status: z.enum(WORKFLOW_STATUSES).optional(),
  author: z.coerce.number().int().positive().optional(),
  from: z.string().datetime().optional(),
  to: z.string().datetime().optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export interface ArticleListItem {
  id: number;
  shortId: string;
  editionCode: string;
  sectionId: number;
  headline: string;
  status: WorkflowStatus;
  updatedAt: string;
  firstPublishedAt: string | null;
  publishAt: string | null;
  authorIds: number[];
  revision: number;
  /** Kinds of the open (unacknowledged) wire alerts on this article: the list marks it. */
  openWireAlerts: ('canceled' | 'withheld' | 'correction')[];
}

export interface ArticleListResponse {
  items: ArticleListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/admin/articles/:id/revisions */
export interface RevisionSummary {
  revision: number;
  userId: number | null;
  userName: string | null;
  createdAt: string;
  /** e.g. "headline, body" or "published". */
  summary: string;
  /** What happened: created, submitted, sent_back, published, updated, minor_fix, corrected, restored, unpublished… */
  kind: RevisionKind;
  /** The history's label for `kind`, e.g. "Minor fix". */
  label: string;
  /** The note left with a review step, else null. */
  note: string | null;
}

/** GET /api/admin/review: articles in review in the user's editions, longest waiting first. */
export interface ReviewQueueItem {
  articleId: number;
  editionCode: string;
  headline: string;
  revision: number;
  submittedAt: string;
  submittedBy: number | null;
  submitterName: string | null;
  note: string | null;
}

export interface ReviewQueueResponse {
  items: ReviewQueueItem[];
  total: number;
}

/** GET /api/admin/articles/:id/diff?from=N&to=M */
export interface RevisionDiff {
  from: number;
  to: number;
  /**
   * `coarse`: the field was too large or too changed to compare word by word (the diff's work is bounded),
   * so `changes` are whole paragraphs, or the whole old text deleted and the whole new text inserted.
   */
  fields: {
    field: string; before: string; after: string; changes: { op: 'equal' | 'insert' | 'delete'; text: string }[];
    coarse?: 'paragraphs' | 'whole';
  }[];
}

// ---------- images ----------
/** POST /api/admin/images (raw image bytes, Content-Type image/jpeg|png|webp; metadata in query) → 201 AdminImage */
export const imageMetadataBody = z.object({
  alt: z.string().max(500).default(''),
  caption: z.string().max(1000).default(''),
  creditName: z.string().max(200).nullable().default(null),
  creditAgency: z.string().max(200).nullable().default(null),
  creditDistributor: z.string().max(200).nullable().default(null),
  focalX: z.number().min(0).max(1).default(0.5),
  focalY: z.number().min(0).max(1).default(0.5),
});

export type AdminImage = Omit<Image, 'fileName' | 'mimeType'> & { url: string; thumbnailUrl: string };

// ---------- reference data ----------
/** GET /api/admin/reference → everything the article form needs, for the user's editions. */
export interface ReferenceData {
  editions: { code: string; name: string; dir: 'ltr' | 'rtl'; lang: string }[];
  sections: { id: number; editionCode: string; path: string; name: string; parentId: number | null }[];
  topics: { id: number; editionCode: string; slug: string; name: string; focusPosition: number | null }[];
  authors: { id: number; name: string; initials: string }[];
  agencies: { id: number; code: string; name: string }[];
}


// ---------- curation and structure ----------
/** PUT /api/admin/editions/:code/focus (editor) */
export const focusBody = z.object({ topicIds: z.array(z.number().int().positive()).max(30) });
/** PUT /api/admin/editions/:code/section-order (editor) */
export const sectionOrderBody = z.object({ sectionIds: z.array(z.number().int().positive()).max(500) });
/** POST /api/admin/sections (admin) */
export const createSectionBody = z.object({
  editionCode: z.string().min(2).max(16),
  parentId: z.number().int().positive().nullable().default(null),
  slug: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).default(''),
});
/** PATCH /api/admin/sections/:id and /api/admin/topics/:id (admin) */
export const renameBody = z.object({ name: z.string().trim().min(1).max(80).optional(), description: z.string().max(500).optional() });
/** PATCH /api/admin/sections/:id (admin): rename, describe, or nest under a top-level section of the same edition (null: top level). */
export const updateSectionBody = renameBody.extend({ parentId: z.number().int().positive().nullable().optional() }).strict();
/** PATCH /api/admin/agencies/:id (admin): the code stays. */
export const updateAgencyBody = z.object({ name: z.string().trim().min(1).max(120) }).strict();
/** GET /api/admin/structure → everything the structure screens show, for the user's editions (editors see what they may order). */
export interface StructureData {
  editions: { code: string; name: string; dir: 'ltr' | 'rtl' }[];
  sections: { id: number; editionCode: string; parentId: number | null; slug: string; path: string; name: string; description: string; position: number }[];
  topics: { id: number; editionCode: string; slug: string; name: string; description: string; focusPosition: number | null }[];
  authors: { id: number; name: string; initials: string; bio: string; title: string; slug: string }[];
  agencies: { id: number; code: string; name: string }[];
}
/** POST /api/admin/topics (admin) */
export const createTopicBody = z.object({
  editionCode: z.string().min(2).max(16),
  slug: z.string().min(1).max(80),
  name: z.string().trim().min(1).max(80),
  description: z.string().max(500).default(''),
});
/** POST /api/admin/authors (admin) */
export const createAuthorBody = z.object({
  name: z.string().trim().min(1).max(120),
  initials: z.string().max(6).optional(),
  bio: z.string().max(1000).default(''),
  /** Role or title shown on the author page, e.g. "Correspondent, Brussels". */
  title: z.string().trim().max(120).default(''),
  imageId: z.number().int().positive().nullable().default(null),
});
/** PATCH /api/admin/authors/:id (admin): any of the fields; a new slug moves the author page. */
export const updateAuthorBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    initials: z.string().max(6),
    bio: z.string().max(1000),
    title: z.string().trim().max(120),
    slug: z.string().min(1).max(80),
    imageId: z.number().int().positive().nullable(),
  })
  .partial()
  .strict();
/** POST /api/admin/agencies (admin) */
export const createAgencyBody = z.object({ code: z.string().trim().min(1).max(20), name: z.string().trim().min(1).max(120) });
/** PUT /api/admin/editions/:code (admin) */
export const editionSettingsBody = z.object({
  name: z.string().trim().min(1).max(60),
  lang: z.string().min(2).max(20),
  dir: z.enum(['ltr', 'rtl']),
  timeZone: z.string().min(1).max(60),
  locale: z.string().min(2).max(30),
  numberingSystem: z.string().min(2).max(10),
  siteTitle: z.string().trim().min(1).max(80),
  position: z.number().int().min(0).max(1000),
  isDefault: z.boolean(),
});

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
