/**
 * The Content API's OpenAPI 3.1 document, generated at start-up from the
 * zod schemas in contract.ts (the ones that validate requests and describe
 * responses) by @asteasolutions/zod-to-openapi. Nothing here is a hand-kept
 * copy of a shape: only paths, summaries and status codes are written out.
 * The search route adds its own path through `extraPaths` when present.
 */
import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z, type ZodType } from 'zod';
import {
  apiErrorSchema, articleFormatQuery, articleIdParams, articleListQuery, articlePageSchema, articleSchema, authorListSchema,
  editionFilterQuery, editionListSchema, ninjsSchema, sectionListSchema, shortIdParams, topicListSchema,
} from './contract.js';

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      {
        description: ({ 400: 'Bad request (e.g. an invalid cursor)', 401: 'Invalid or revoked API key, or a key is required', 404: 'Not found (or not public)', 422: 'Invalid parameters', 429: 'Rate limit reached; see Retry-After' } as Record<number, string>)[code] ?? 'Error',
        content: { 'application/json': { schema: apiErrorSchema } },
      },
    ]),
  );

const ok = (description: string, schema: ZodType) => ({
  description,
  headers: {
    ETag: { description: 'Strong validator of the body; send it back as If-None-Match to get a 304.', schema: { type: 'string' as const } },
    'Cache-Control': { description: '`public, max-age=60` without a key, `private, max-age=60` with one.', schema: { type: 'string' as const } },
  },
  content: { 'application/json': { schema } },
});

const notModified = { 304: { description: 'Not modified (If-None-Match matched the ETag)' } };

/** Every /api/v1 route this module documents (Fastify-style URL → OpenAPI path). */
export function contentApiPaths(): RouteConfig[] {
  const get = (path: string, summary: string, rest: Omit<RouteConfig, 'method' | 'path' | 'summary'>): RouteConfig => ({
    method: 'get', path, summary, security: [{}, { bearerAuth: [] }, { apiKeyHeader: [] }], ...rest,
  });
  return [
    get('/api/v1/editions', 'The editions (language services)', { responses: { 200: ok('Editions', editionListSchema), ...notModified, ...errors(401, 429) } }),
    get('/api/v1/sections', 'Sections, optionally of one edition', {
      request: { query: editionFilterQuery }, responses: { 200: ok('Sections', sectionListSchema), ...notModified, ...errors(401, 422, 429) },
    }),
    get('/api/v1/topics', 'Topics, optionally of one edition', {
      request: { query: editionFilterQuery }, responses: { 200: ok('Topics', topicListSchema), ...notModified, ...errors(401, 422, 429) },
    }),
    get('/api/v1/authors', 'Authors', { responses: { 200: ok('Authors', authorListSchema), ...notModified, ...errors(401, 429) } }),
    get('/api/v1/articles', 'Public articles, filtered, with cursor pagination', {
      description: 'Only published articles out of embargo. Ordered by (updatedAt, id); follow `nextCursor` until it is null.',
      request: { query: articleListQuery },
      responses: { 200: ok('A page of articles', articlePageSchema), ...notModified, ...errors(400, 401, 422, 429) },
    }),
    get('/api/v1/articles/{id}', 'One public article by id, as JSON or IPTC ninjs', {
      request: { params: articleIdParams, query: articleFormatQuery },
      responses: {
        200: { ...ok('The article', articleSchema), content: { 'application/json': { schema: articleSchema.or(ninjsSchema) } } },
        ...notModified, ...errors(401, 404, 422, 429),
      },
    }),
    get('/api/v1/articles/by-short-id/{shortId}', 'One public article by its short id (as in /p/{shortId})', {
      request: { params: shortIdParams, query: articleFormatQuery },
      responses: {
        200: { ...ok('The article', articleSchema), content: { 'application/json': { schema: articleSchema.or(ninjsSchema) } } },
        ...notModified, ...errors(401, 404, 422, 429),
      },
    }),
    get('/api/v1/openapi.json', 'This document', { responses: { 200: { description: 'OpenAPI 3.1 document' } } }),
  ];
}

export function buildOpenApiDocument(options: { publicUrl: string; extraPaths?: RouteConfig[] }): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', { type: 'http', scheme: 'bearer', description: 'An API key from the newsroom (hk_…)' });
  registry.registerComponent('securitySchemes', 'apiKeyHeader', { type: 'apiKey', in: 'header', name: 'X-Api-Key' });
  for (const path of [...contentApiPaths(), ...(options.extraPaths ?? [])]) registry.registerPath(path);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Herald Content API',
      version: '1.0.0',
      description:
        'Read-only access to the public content of this Herald site: editions, sections, topics, authors and articles (JSON or IPTC ninjs 2.x/3.x). ' +
        'Anonymous calls are allowed at a lower rate limit unless the site requires a key; send a key as `Authorization: Bearer <key>` or `X-Api-Key: <key>`. ' +
        'Errors are `{"error":{"code","message"}}`. Fields may be added within v1; nothing is removed or changes meaning.',
    },
    servers: [{ url: options.publicUrl }],
  });
}

/**
 * The reader search (src/api/v1/search-route.ts, another module): its own
 * schema is private to it, so its parameters are described here. It is
 * lenient by design (any text is a query), so this outline cannot reject
 * anything the route accepts.
 */
export function searchApiPath(): RouteConfig {
  const text = (description: string) => z.string().optional().meta({ description });
  return {
    method: 'get',
    path: '/api/v1/search',
    summary: 'Full-text search over public articles of one edition',
    security: [{}, { bearerAuth: [] }, { apiKeyHeader: [] }],
    request: {
      query: z.object({
        q: text('Words to find; operators are read as words, never as syntax.'),
        edition: text('Edition code (default: the default edition).'),
        section: text('Section path or id (with its subsections).'),
        from: text('Earliest publication date (YYYY-MM-DD).'),
        to: text('Latest publication date (YYYY-MM-DD).'),
        page: text('Page number, from 1.'),
      }),
    },
    responses: {
      200: { description: 'Results with escaped, highlighted snippets', content: { 'application/json': { schema: z.looseObject({ results: z.array(z.looseObject({ id: z.number().int() })) }) } } },
      ...errors(401, 404, 429),
    },
  };
}
