/**
 * The reader search page: reads the query string (never failing on it: a bad
 * filter is dropped, a long query cut), asks the search index, and builds
 * results with marked headline and snippet, pagination, and for no results a
 * page that still helps (tips, latest articles, topics in focus).
 */
import {
  cleanSearchText, isEmptySearch, MAX_SEARCH_PAGE, parseSearchQuery, SEARCH_PAGE_SIZE, searchDateBound, searchPageNumber,
  type SnippetPart,
} from '../../domain/search-query.js';
import { isHeraldError } from '../../domain/errors.js';
import type { ContentReader } from '../../operations/ports.js';
import type { SearchIndex, SearchOptions } from '../../operations/search-ports.js';
import { formatDateLabel, formatNumber } from '../date-labels.js';
import { formatMessage } from '../i18n/messages.js';
import { articlePath, linkHref } from '../paths.js';
import { searchPagePath } from '../search-path.js';
import { sectionWithDescendants, type EditionDirectory } from '../site-directory.js';
import type { LinkModel, PageChromeModel, PaginationModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';

export interface SearchResultModel {
  id: number;
  href: string;
  headline: SnippetPart[];
  snippet: SnippetPart[];
  sectionName: string;
  publishedAt: string;
  publishedLabel: string;
}

export interface SearchPageModel {
  chrome: PageChromeModel;
  /** What the reader searched for, cleaned, for the form and headings. */
  query: string;
  /** `prompt`: nothing to search yet; `results`; `empty`: searched, nothing found; `busy`: the search queue is full (503). */
  state: 'prompt' | 'results' | 'empty' | 'busy';
  heading: string;
  countLabel: string;
  results: SearchResultModel[];
  pagination: PaginationModel;
  filters: { sections: { value: string; label: string; selected: boolean }[]; from: string; to: string };
  /** Shown when nothing was found. */
  latest: LinkModel[];
  focusTopics: LinkModel[];
}

const LATEST_SUGGESTIONS = 5;

export async function buildSearchPageModel(
  ctx: PageContext & { reader: ContentReader; search: SearchIndex },
  dir: EditionDirectory,
  params: URLSearchParams,
  options: SearchOptions = {},
): Promise<SearchPageModel> {
  const { messages, now } = ctx;
  const code = dir.edition.code;
  const query = cleanSearchText(params.get('q') ?? '');
  const parsed = parseSearchQuery(query);
  const section = dir.sectionsByPath.get(params.get('section') ?? '');
  const fromDay = searchDateBound(params.get('from'), 'from') ? (params.get('from') as string) : '';
  const toDay = searchDateBound(params.get('to'), 'to') ? (params.get('to') as string) : '';
  const page = searchPageNumber(params.get('page'));

  let busy = false;
  const found = isEmptySearch(parsed)
    ? null
    : await ctx.search.search({
        editionCode: code,
        query: parsed,
        now: now.toISOString(),
        limit: SEARCH_PAGE_SIZE,
        offset: (page - 1) * SEARCH_PAGE_SIZE,
        ...(section ? { sectionIds: sectionWithDescendants(dir, section.id) } : {}),
        ...(fromDay ? { from: searchDateBound(fromDay, 'from') as string } : {}),
        ...(toDay ? { to: searchDateBound(toDay, 'to') as string } : {}),
      }, options).catch((error: unknown) => {
        // A full search queue is a page that says so (and a 503), not an error page.
        if (!isHeraldError(error) || error.code !== 'HERALD_BUSY') throw error;
        busy = true;
        return null;
      });
  // Slugs and visibility from the articles themselves (the index holds no URLs).
  const summaries = found?.hits.length ? await ctx.reader.getPublishedSummaries(found.hits.map((h) => h.articleId), now.toISOString()) : [];
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const results: SearchResultModel[] = (found?.hits ?? []).flatMap((hit) => {
    const summary = byId.get(hit.articleId);
    if (!summary) return [];
    return [{
      id: hit.articleId,
      href: linkHref(articlePath(summary)),
      headline: hit.headline.length ? hit.headline : [{ text: summary.headline, hit: false }],
      snippet: hit.snippet.length ? hit.snippet : [{ text: summary.teaser, hit: false }],
      sectionName: dir.sectionsById.get(hit.sectionId)?.name ?? '',
      publishedAt: hit.firstPublishedAt,
      publishedLabel: formatDateLabel(dir.edition, hit.firstPublishedAt),
    }];
  });

  const total = found?.total ?? 0;
  const capped = found ? total >= found.totalCap : false;
  const pages = Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)));
  const pageHref = (n: number) => {
    const next = new URLSearchParams({ q: query });
    if (section) next.set('section', section.path);
    if (fromDay) next.set('from', fromDay);
    if (toDay) next.set('to', toDay);
    if (n > 1) next.set('page', String(n));
    return `${searchPagePath(code)}?${next.toString()}`;
  };
  const state = busy ? 'busy' : !found ? 'prompt' : results.length ? 'results' : 'empty';
  const latest =
    state === 'empty'
      ? (await ctx.reader.listPublished({ editionCode: code, now: now.toISOString(), limit: LATEST_SUGGESTIONS, offset: 0 })).map((s) => ({
          label: s.headline,
          href: linkHref(articlePath(s)),
        }))
      : [];
  // First-strong isolates keep a Latin query inside Arabic quotation marks (and the reverse) in order.
  const heading = query ? formatMessage(messages.searchResultsFor, { query: `\u2068${query}\u2069` }) : messages.searchLabel;
  const count = formatNumber(dir.edition, capped ? total - 1 : total);
  const chrome = buildChrome(ctx, dir, { title: heading, description: messages.searchPrompt });
  return {
    chrome,
    query,
    state,
    heading,
    countLabel: formatMessage(capped ? messages.searchResultCountMore : messages.searchResultCount, { count }),
    results,
    pagination: {
      page: Math.min(page, pages),
      pages,
      previousHref: page > 1 && page <= pages ? pageHref(page - 1) : null,
      nextHref: page < pages ? pageHref(page + 1) : null,
    },
    filters: {
      sections: [
        { value: '', label: messages.searchAllSections, selected: !section },
        ...dir.rootSections.flatMap((root) => [root, ...(dir.childrenOf.get(root.id) ?? [])]).map((s) => ({
          value: s.path, label: s.parentId === null ? s.name : `– ${s.name}`, selected: s.id === section?.id,
        })),
      ],
      from: fromDay,
      to: toDay,
    },
    latest,
    focusTopics: state === 'empty' ? chrome.focusTopics : [],
  };
}
