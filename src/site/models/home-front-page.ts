/**
 * Which articles the edition home shows, and where: the editors' pins
 * (src/domain/front-page.ts) first, recency for everything else. Shared by
 * the public home (home-page-model.ts) and the admin's "live now" view, so
 * both always agree.
 *
 * A pin is honoured only while it is active at `now` (not expired) and its
 * article is visible at `now` (published, out of embargo, still in this
 * edition and, for a section lead, still in that section); otherwise its slot
 * falls back to the automatic choice. Judging this at render time means an
 * expiry needs no job to take effect: the next render after it is automatic.
 * Cached pages live at most the page cache's max age (60 s), so an expiry
 * shows on the public home within that time (see README, "The newsroom").
 */
import { isPinActive } from '../../domain/front-page.js';
import type { ArticleSummary, ContentReader } from '../../operations/ports.js';

export interface SectionBlockQuery {
  sectionId: number;
  /** The section and its descendants (a block lists them all). */
  sectionIds: number[];
}

export interface ResolvedFrontPage {
  top: ArticleSummary | null;
  topPinned: boolean;
  /** Pinned leads that show, in the editors' order. */
  leads: ArticleSummary[];
  /** The newest of the rest. */
  latest: ArticleSummary[];
  sections: { sectionId: number; items: ArticleSummary[]; leadPinned: boolean }[];
}

export async function resolveFrontPage(
  reader: Pick<ContentReader, 'frontPage' | 'getPublishedSummaries' | 'listPublished'>,
  query: { editionCode: string; now: string; blocks: SectionBlockQuery[]; latestCount: number; perSection: number },
): Promise<ResolvedFrontPage> {
  const { editionCode, now } = query;
  const pins = (await reader.frontPage.listPins(editionCode)).filter((p) => isPinActive(p, now));
  const visible = new Map(
    (await reader.getPublishedSummaries([...new Set(pins.map((p) => p.articleId))], now))
      .filter((s) => s.editionCode === editionCode)
      .map((s) => [s.id, s]),
  );
  const used = new Set<number>();
  const take = (id: number | undefined, fits: (s: ArticleSummary) => boolean = () => true) => {
    const summary = id === undefined ? undefined : visible.get(id);
    if (!summary || used.has(summary.id) || !fits(summary)) return null;
    used.add(summary.id);
    return summary;
  };

  const pinnedTop = take(pins.find((p) => p.slot === 'top')?.articleId);
  const leads = pins
    .filter((p) => p.slot === 'lead')
    .sort((a, b) => a.position - b.position)
    .flatMap((p) => take(p.articleId) ?? []);
  const sectionPins = new Map<number, ArticleSummary>();
  for (const block of query.blocks) {
    const pin = pins.find((p) => p.slot === 'section' && p.sectionId === block.sectionId);
    const summary = take(pin?.articleId, (s) => block.sectionIds.includes(s.sectionId));
    if (summary) sectionPins.set(block.sectionId, summary);
  }

  // Pinned articles show once, where they are pinned; recency fills the rest around them.
  const newest = await reader.listPublished({
    editionCode, now, limit: query.latestCount + (pinnedTop ? 0 : 1), offset: 0, excludeIds: [...used],
  });
  const top = pinnedTop ?? newest.shift() ?? null;
  const shownIds = [...used, ...(pinnedTop ? [] : top ? [top.id] : []), ...newest.map((s) => s.id)];
  const sections = await Promise.all(
    query.blocks.map(async (block) => {
      const pinned = sectionPins.get(block.sectionId);
      const rest = await reader.listPublished({
        editionCode, now, sectionIds: block.sectionIds, excludeIds: shownIds, limit: query.perSection - (pinned ? 1 : 0), offset: 0,
      });
      return { sectionId: block.sectionId, items: pinned ? [pinned, ...rest] : rest, leadPinned: Boolean(pinned) };
    }),
  );
  return { top, topPinned: Boolean(pinnedTop), leads, latest: newest, sections };
}
