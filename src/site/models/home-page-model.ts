/** The edition home: top story, the editors' leads, latest, and a block per top-level section. */
import type { ContentReader } from '../../operations/ports.js';
import { formatMessage, type Messages } from '../i18n/messages.js';
import { editionHomePath, sectionPagePath } from '../paths.js';
import { sectionWithDescendants, type EditionDirectory, type SiteDirectory } from '../site-directory.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import type { HomePageModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { LEAD_IMAGE_SIZES } from './image-model.js';
import { loadImagesById, toTeaser } from './teaser-models.js';
import { resolveFrontPage } from './home-front-page.js';

const LATEST_COUNT = 8;
const PER_SECTION = 4;

export async function buildHomePageModel(
  ctx: PageContext & { reader: ContentReader; mostRead?: (editionCode: string) => readonly number[] },
  dir: EditionDirectory,
): Promise<HomePageModel> {
  const now = ctx.now.toISOString();
  const editionCode = dir.edition.code;
  // Editors' pins first, recency for the rest (src/site/models/home-front-page.ts).
  const resolved = await resolveFrontPage(ctx.reader, {
    editionCode,
    now,
    blocks: dir.rootSections.map((section) => ({ sectionId: section.id, sectionIds: sectionWithDescendants(dir, section.id) })),
    latestCount: LATEST_COUNT,
    perSection: PER_SECTION,
  });
  const sectionLists = resolved.sections.map((block) => block.items);
  // Ids from the timer-refreshed board (src/site/most-read.ts); the summaries re-check visibility now.
  const mostReadIds = ctx.mostRead?.(editionCode) ?? [];
  const mostReadById = new Map((await ctx.reader.getPublishedSummaries([...mostReadIds], now)).map((s) => [s.id, s]));
  const mostRead = mostReadIds.flatMap((id) => mostReadById.get(id) ?? []);
  const images = await loadImagesById(
    ctx.reader,
    [...(resolved.top ? [resolved.top] : []), ...resolved.leads, ...resolved.latest, ...sectionLists.flat()].map((s) => s.leadImageId),
  );
  const top = resolved.top;
  const latest = resolved.latest;
  const homePath = editionHomePath(editionCode);
  const pageUrl = ctx.publicUrl + homePath;
  const description = formatMessage(ctx.messages.footerAbout, { siteTitle: dir.edition.siteTitle });
  const sections = dir.rootSections
    .map((section, i) => ({
      section: { label: section.name, href: sectionPagePath(editionCode, section.path) },
      teasers: (sectionLists[i] ?? []).map((s) => toTeaser(dir, s, images)),
    }))
    .filter((block) => block.teasers.length > 0);
  const topStory = top ? toTeaser(dir, top, images, LEAD_IMAGE_SIZES) : null;
  const leadTeasers = resolved.leads.map((s) => toTeaser(dir, s, images));
  const latestTeasers = latest.map((s) => toTeaser(dir, s, images));
  const shownHrefs = [topStory, ...leadTeasers, ...latestTeasers, ...sections.flatMap((b) => b.teasers)].flatMap((t) => (t ? [t.href] : []));
  return {
    chrome: buildChrome(ctx, dir, {
      title: dir.edition.siteTitle,
      description,
      canonicalPath: homePath,
      structuredData: [
        collectionPageNode({ edition: dir.edition, publicUrl: ctx.publicUrl, pageUrl, name: dir.edition.siteTitle, description, articleHrefs: shownHrefs }),
        breadcrumbListNode(pageUrl, [{ label: ctx.messages.home, href: homePath }], ctx.publicUrl),
      ],
    }),
    topStory,
    leads: leadTeasers,
    latest: latestTeasers,
    sections,
    mostRead: mostRead.map((s) => toTeaser(dir, s, images)),
  };
}
