/**
 * The Content API's contract, version 1: the zod schemas that validate every
 * request (query and path parameters) and describe every response. The
 * OpenAPI document (src/api/v1/openapi.ts) is generated from these same
 * schemas, and the tests parse real responses with them, so the document,
 * the validation and the answers cannot drift apart.
 *
 * Versioning: fields may be added to responses within v1; nothing is removed
 * or changes meaning. A breaking change is a new `/api/v2/`.
 */
import type { ApiKeyRecord } from '../../operations/api-key-ports.js';
import { z } from 'zod';

const id = z.coerce.number().int().positive().max(2_147_483_647);
const isoTime = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time, e.g. 2026-05-01T08:00:00Z' });
const editionCode = z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/, 'an edition code such as en, de or ar');

// ---------- requests ----------

export const editionFilterQuery = z.object({
  edition: editionCode.optional().meta({ description: 'Only this edition (e.g. `en`).' }),
});

export const articleListQuery = z.object({
  edition: editionCode.optional().meta({ description: 'Only this edition.' }),
  section: id.optional().meta({ description: 'Only this section (by id) and its subsections.' }),
  topic: id.optional().meta({ description: 'Only articles tagged with this topic (by id).' }),
  author: id.optional().meta({ description: 'Only articles by this author (by id).' }),
  updated_since: isoTime.optional().meta({ description: 'Only articles that changed (or left their embargo) at or after this time.' }),
  order: z.enum(['desc', 'asc']).default('desc').meta({
    description: '`desc` (default): newest change first. `asc`: oldest first; use it with `updated_since` to sync, since an article changed during the walk then moves to the end instead of being missed.',
  }),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Articles per page, at most 100.' }),
  cursor: z.string().max(200).optional().meta({ description: 'The `nextCursor` of the previous page, unchanged. Use it with the same filters and order.' }),
});
export type ArticleListQuery = z.infer<typeof articleListQuery>;

export const ARTICLE_FORMATS = ['json', 'ninjs', 'ninjs-2'] as const;
export const articleFormatQuery = z.object({
  format: z.enum(ARTICLE_FORMATS).default('json').meta({ description: '`json` (this API\'s shape), `ninjs` (IPTC ninjs 3.x) or `ninjs-2` (IPTC ninjs 2.x).' }),
});

export const articleIdParams = z.object({ id });
export const shortIdParams = z.object({ shortId: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'a short id as in /p/{shortId}') });

// ---------- responses ----------

export const editionSchema = z
  .object({
    code: z.string(), lang: z.string(), name: z.string(), dir: z.enum(['ltr', 'rtl']), timeZone: z.string(), locale: z.string(),
    siteTitle: z.string(), isDefault: z.boolean(), url: z.url(),
  })
  .meta({ id: 'Edition' });

export const sectionSchema = z
  .object({
    id: z.number().int(), editionCode: z.string(), parentId: z.number().int().nullable(), slug: z.string(),
    path: z.string().meta({ description: 'Slash-joined slugs from the top section, e.g. `world/europe`.' }),
    name: z.string(), description: z.string(), url: z.url(),
  })
  .meta({ id: 'Section' });

export const topicSchema = z
  .object({ id: z.number().int(), editionCode: z.string(), slug: z.string(), name: z.string(), description: z.string(), url: z.url() })
  .meta({ id: 'Topic' });

export const authorSchema = z
  .object({ id: z.number().int(), name: z.string(), initials: z.string(), bio: z.string() })
  .meta({ id: 'Author' });

export const agencySchema = z.object({ id: z.number().int(), code: z.string(), name: z.string() }).meta({ id: 'Agency' });

export const imageSchema = z
  .object({
    id: z.number().int(), url: z.url(), mimeType: z.string(), width: z.number().int(), height: z.number().int(),
    alt: z.string(), caption: z.string(), credit: z.string(),
    renditions: z.array(z.object({ width: z.number().int(), url: z.url() })).meta({ description: 'Smaller copies, narrowest first.' }),
  })
  .meta({ id: 'Image' });

const spanSchema = z.object({ text: z.string(), marks: z.array(z.enum(['bold', 'italic'])).optional(), href: z.string().optional() });
export const bodyBlockSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), spans: z.array(spanSchema) }),
    z.object({ type: z.literal('subheading'), text: z.string() }),
    z.object({ type: z.literal('image'), imageId: z.number().int(), caption: z.string().optional(), credit: z.string().optional(), alt: z.string().optional() }),
    z.object({ type: z.literal('related'), articleId: z.number().int() }),
    z.object({ type: z.literal('quote'), text: z.string(), attribution: z.string().optional() }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(spanSchema)) }),
    z.object({ type: z.literal('embed'), kind: z.enum(['video', 'audio']), title: z.string(), url: z.string().optional(), mediaId: z.number().int().optional().meta({ description: 'The media item the player plays: a video id for kind video, a podcast episode id for kind audio.' }) }),
  ])
  .meta({ id: 'BodyBlock', description: 'One block of the structured body; text is plain (never HTML), marks and links are data.' });

export const articleSchema = z
  .object({
    id: z.number().int(),
    shortId: z.string(),
    editionCode: z.string(),
    language: z.string(),
    url: z.url(),
    shortUrl: z.url(),
    slug: z.string(),
    kicker: z.string(),
    headline: z.string(),
    teaser: z.string(),
    byline: z.string().meta({ description: 'Newsroom form, e.g. `es/wmd (AFP, dpa)`.' }),
    body: z.array(bodyBlockSchema),
    section: z.object({ id: z.number().int(), path: z.string(), name: z.string() }),
    topics: z.array(z.object({ id: z.number().int(), slug: z.string(), name: z.string() })),
    authors: z.array(authorSchema),
    agencies: z.array(agencySchema),
    leadImage: imageSchema.nullable(),
    images: z.array(imageSchema).meta({ description: 'Every image the article shows (lead image and body), by id.' }),
    notices: z.array(z.object({ kind: z.enum(['correction', 'update']), text: z.string(), createdAt: isoTime })),
    firstPublishedAt: isoTime,
    updatedAt: isoTime.meta({ description: 'The last published change, or the end of the embargo when that is later. Articles are ordered by (updatedAt, id).' }),
  })
  .meta({ id: 'Article' });
export type ApiArticle = z.infer<typeof articleSchema>;

export const articlePageSchema = z
  .object({
    items: z.array(articleSchema),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'ArticlePage' });

export const editionListSchema = z.object({ items: z.array(editionSchema) }).meta({ id: 'EditionList' });
export const sectionListSchema = z.object({ items: z.array(sectionSchema) }).meta({ id: 'SectionList' });
export const topicListSchema = z.object({ items: z.array(topicSchema) }).meta({ id: 'TopicList' });
export const authorListSchema = z.object({ items: z.array(authorSchema) }).meta({ id: 'AuthorList' });

export const apiErrorSchema = z
  .object({ error: z.object({ code: z.string().meta({ description: 'Stable, e.g. HERALD_NOT_FOUND' }), message: z.string(), details: z.unknown().optional() }) })
  .meta({ id: 'Error' });

/** ninjs documents are validated against IPTC's own JSON schemas (see test/api/ninjs.test.ts); here only their outline. */
export const ninjsSchema = z
  .looseObject({ uri: z.string() })
  .meta({ id: 'Ninjs', description: 'An IPTC ninjs document (3.x for `format=ninjs`, 2.x for `format=ninjs-2`), see https://iptc.org/standards/ninjs/' });

// ---------- API keys (admin API) ----------

export const apiKeyCreateBody = z.object({ name: z.string().trim().min(1).max(200) });

/** A key as admins see it: the stored record (never the key itself; `prefix` recognises it, e.g. `hk_AbC123…`). */
export type ApiKeyView = ApiKeyRecord;
