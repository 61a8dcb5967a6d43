/**
 * Everything the live coverage part of an article page shows: state, key
 * points, the pinned entry, one page of entries newest first (older ones on
 * `?page=N`), and what the page's script needs to follow new entries.
 * The same entry model renders the SSE fragments (src/http/live-stream-routes.ts),
 * so a streamed entry is escaped and laid out exactly like a rendered one.
 */
import { bodyImageIds, bodyToPlainText } from '../../domain/blocks.js';
import type { Edition } from '../../domain/edition.js';
import { LIVE_ENTRIES_PER_PAGE, type LiveCoverage, type LiveEntry, type LiveState } from '../../domain/live-coverage.js';
import type { ContentReader } from '../../operations/ports.js';
import { extraStylesheets } from '../assets/stylesheet.js';
import { articlePath, linkHref } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import { liveBlogPostingNode } from '../structured-data/live-blog-node.js';
import type { ArticlePageModel, ImageModel, PaginationModel, RenderBlock } from '../view-models.js';
import { toRenderBlocks } from './body-models.js';
import { LEAD_IMAGE_SIZES, toImageModel } from './image-model.js';
import { loadImagesById } from './teaser-models.js';

export interface LiveEntryModel {
  id: number;
  anchor: string;
  at: string;
  timeLabel: string;
  initials: string;
  body: RenderBlock[];
  image: ImageModel | null;
  /** A stable link to the entry wherever it has moved (src/http/live-stream-routes.ts redirects to its page). */
  permalink: string;
  pinned: boolean;
}

export interface LiveCoverageModel {
  state: LiveState;
  keyPoints: string[];
  pinned: LiveEntryModel | null;
  entries: LiveEntryModel[];
  pagination: PaginationModel;
  /** The newest entry id on the page (pinned included); the stream sends what came after it. */
  newestEntryId: number;
  eventsHref: string;
  scriptHref: string;
}

/** How many entries `liveBlogUpdate` lists (the newest on the page). */
const JSON_LD_UPDATES = 5;

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** "30 Nov, 14:02 CET": entries of a coverage spanning days need the day, never the year. */
export function formatLiveTime(edition: Pick<Edition, 'locale' | 'timeZone' | 'numberingSystem'>, iso: string): string {
  const key = `${edition.locale}|${edition.timeZone}|${edition.numberingSystem}`;
  let formatter = timeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(edition.locale, {
      day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
      timeZone: edition.timeZone, numberingSystem: edition.numberingSystem,
    });
    timeFormatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

export const liveEventsPath = (editionCode: string, articleId: number) => `/${editionCode}/live/${articleId}/events`;
export const liveEntryPermalink = (editionCode: string, articleId: number, entryId: number) =>
  `/${editionCode}/live/${articleId}/entries/${entryId}`;

/** Entry models for these entries, their pictures loaded in one read. */
export async function buildLiveEntryModels(reader: ContentReader, dir: EditionDirectory, entries: LiveEntry[]): Promise<LiveEntryModel[]> {
  const images = await loadImagesById(reader, entries.flatMap((e) => [e.imageId, ...bodyImageIds(e.body)]));
  return entries.map((entry) => {
    const image = entry.imageId === null ? undefined : images.get(entry.imageId);
    return {
      id: entry.id,
      anchor: `entry-${entry.id}`,
      at: entry.createdAt,
      timeLabel: formatLiveTime(dir.edition, entry.createdAt),
      initials: entry.authorInitials,
      body: toRenderBlocks(dir, entry.body, images, new Map()),
      image: image ? toImageModel(image, LEAD_IMAGE_SIZES) : null,
      permalink: liveEntryPermalink(dir.edition.code, entry.articleId, entry.id),
      pinned: entry.pinned,
    };
  });
}

/** Null when `page` is past the last page (the route answers 404). */
export async function buildLiveCoverageModel(
  reader: ContentReader, dir: EditionDirectory, article: { id: number; editionCode: string; slug: string }, coverage: LiveCoverage,
  page: number, scriptHref: string,
): Promise<{ model: LiveCoverageModel; entries: LiveEntry[] } | null> {
  const [total, pinned, entries] = await Promise.all([
    reader.live.countLiveEntries(article.id),
    page === 1 ? reader.live.getPinnedLiveEntry(article.id) : Promise.resolve(null),
    reader.live.listLiveEntries(article.id, { limit: LIVE_ENTRIES_PER_PAGE, offset: (page - 1) * LIVE_ENTRIES_PER_PAGE }),
  ]);
  const pages = Math.max(1, Math.ceil(total / LIVE_ENTRIES_PER_PAGE));
  if (page > pages) return null;
  const models = await buildLiveEntryModels(reader, dir, [...(pinned ? [pinned] : []), ...entries]);
  const base = linkHref(articlePath(article));
  const hrefOf = (p: number) => (p === 1 ? base : `${base}?page=${p}`);
  return {
    entries: [...(pinned ? [pinned] : []), ...entries],
    model: {
      state: coverage.state,
      keyPoints: coverage.keyPoints,
      pinned: pinned ? (models[0] as LiveEntryModel) : null,
      entries: pinned ? models.slice(1) : models,
      pagination: { page, pages, previousHref: page > 1 ? hrefOf(page - 1) : null, nextHref: page < pages ? hrefOf(page + 1) : null },
      newestEntryId: Math.max(0, pinned?.id ?? 0, entries[0]?.id ?? 0),
      eventsHref: liveEventsPath(dir.edition.code, article.id),
      scriptHref,
    },
  };
}

/** The article page as a live page: its live part, and `LiveBlogPosting` in place of `NewsArticle`. */
export function withLiveCoverage(
  page: ArticlePageModel, live: LiveCoverageModel, coverage: LiveCoverage, entries: LiveEntry[], publicUrl: string,
): ArticlePageModel {
  const structuredData = page.chrome.structuredData?.map((node) =>
    node['@type'] === 'NewsArticle'
      ? liveBlogPostingNode(node, {
          coverageStartTime: coverage.startedAt,
          coverageEndTime: coverage.state === 'closed' ? coverage.endedAt : null,
          // The newest few: every entry's text again would double the page's weight.
          updates: [...entries].sort((a, b) => b.id - a.id).slice(0, JSON_LD_UPDATES).map((e) => {
            const text = bodyToPlainText(e.body);
            const firstLine = text.split('\n')[0] ?? '';
            return {
              url: `${String(node.url ?? publicUrl)}#entry-${e.id}`,
              headline: firstLine.length > 110 ? `${firstLine.slice(0, 109)}…` : firstLine,
              text,
              datePublished: e.createdAt,
              dateModified: e.updatedAt,
            };
          }),
        })
      : node,
  );
  const extraStylesheetHrefs = [...(page.chrome.extraStylesheetHrefs ?? []), extraStylesheets().live.href];
  return { ...page, live, chrome: { ...page.chrome, extraStylesheetHrefs, ...(structuredData ? { structuredData } : {}) } };
}
