/**
 * `GET /api/v1/search?q=&edition=&section=&from=&to=&page=`: the reader
 * search as JSON for apps and partners. Like the search page it never fails
 * on what a reader typed (a long query is cut, operators are words, a bad
 * date is no filter); only an unknown edition or section is a 404.
 * Each result carries its snippet as plain text and as `snippetHtml`, whose
 * text is HTML-escaped before `<mark>` is added around the hits.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { articlePath } from '../../domain/article.js';
import { HeraldError, isHeraldError } from '../../domain/errors.js';
import {
  cleanSearchText, isEmptySearch, MAX_SEARCH_PAGE, parseSearchQuery, SEARCH_PAGE_SIZE, searchDateBound, searchPageNumber,
  type SnippetPart,
} from '../../domain/search-query.js';
import type { Store } from '../../operations/ports.js';
import { sendApiError } from '../../http/api-errors.js';
import { clientGoneSignal } from '../../http/client-gone.js';

export interface SearchRouteDeps {
  store: Pick<Store, 'search' | 'listEditions' | 'listSections' | 'getPublishedSummaries'>;
  publicUrl: string;
  now: () => Date;
}

// Strings are read leniently (and cut to size below): the API answers any query, it does not judge it.
// A repeated parameter (`?q=a&q=b`) counts once, with its first value.
const one = (max: number) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(max).optional());
const searchQuery = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional()),
  edition: one(16),
  section: one(500),
  from: one(32),
  to: one(32),
  page: one(16),
});

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** Escaped text with `<mark>` around hits; the only markup is what this function adds. */
export function markedHtml(parts: SnippetPart[]): string {
  return parts.map((p) => (p.hit ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join('');
}

const plain = (parts: SnippetPart[]) => parts.map((p) => p.text).join('');

export function registerSearchRoute(app: FastifyInstance, deps: SearchRouteDeps): void {
  app.get('/api/v1/search', async (request, reply) => {
    try {
      const params = searchQuery.parse(request.query);
      const editions = await deps.store.listEditions();
      const edition = params.edition ? editions.find((e) => e.code === params.edition) : (editions.find((e) => e.isDefault) ?? editions[0]);
      if (!edition) throw new HeraldError('HERALD_NOT_FOUND', `There is no edition "${params.edition ?? ''}".`);
      let sectionIds: number[] | undefined;
      if (params.section) {
        const sections = await deps.store.listSections(edition.code);
        const section = sections.find((s) => s.path === params.section || String(s.id) === params.section);
        if (!section) throw new HeraldError('HERALD_NOT_FOUND', `The edition "${edition.code}" has no section "${params.section}".`);
        // A section includes its subsections, as on the site.
        const ids = new Set([section.id]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const s of sections) if (s.parentId !== null && ids.has(s.parentId) && !ids.has(s.id)) ids.add(s.id), (grew = true);
        }
        sectionIds = [...ids];
      }
      const text = cleanSearchText(params.q ?? '');
      const query = parseSearchQuery(text);
      const page = searchPageNumber(params.page);
      const now = deps.now().toISOString();
      const from = searchDateBound(params.from, 'from');
      const to = searchDateBound(params.to, 'to');
      const found = isEmptySearch(query)
        ? { hits: [], total: 0, totalCap: Infinity }
        : await deps.store.search.search({
            editionCode: edition.code, query, now, limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE,
            ...(sectionIds ? { sectionIds } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
          }, { signal: clientGoneSignal(reply) });
      const summaries = found.hits.length ? await deps.store.getPublishedSummaries(found.hits.map((h) => h.articleId), now) : [];
      const byId = new Map(summaries.map((s) => [s.id, s]));
      const capped = found.total >= found.totalCap;
      return reply.header('cache-control', 'private, max-age=60').send({
        query: text,
        edition: edition.code,
        page,
        pageSize: SEARCH_PAGE_SIZE,
        maxPage: MAX_SEARCH_PAGE,
        total: capped ? found.total - 1 : found.total,
        totalIsLowerBound: capped,
        results: found.hits.flatMap((hit) => {
          const summary = byId.get(hit.articleId);
          if (!summary) return [];
          return [{
            id: hit.articleId,
            headline: summary.headline,
            headlineHtml: markedHtml(hit.headline.length ? hit.headline : [{ text: summary.headline, hit: false }]),
            url: deps.publicUrl + articlePath(summary),
            snippet: plain(hit.snippet),
            snippetHtml: markedHtml(hit.snippet),
            sectionId: hit.sectionId,
            publishedAt: hit.firstPublishedAt,
          }];
        }),
      });
    } catch (error) {
      // A full search queue (src/storage/search/off-thread-search.ts): the same request a moment later will do.
      if (isHeraldError(error) && error.code === 'HERALD_BUSY') reply.header('retry-after', '1');
      // A client that left mid-search (HERALD_ABORTED): answered into its closed socket, never logged as an error.
      if (isHeraldError(error) && error.code === 'HERALD_ABORTED') return reply.code(error.status).send();
      return sendApiError(error, request, reply);
    }
  });
}
