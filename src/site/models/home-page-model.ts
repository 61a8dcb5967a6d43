/** The edition home: top story, latest, and a block per top-level section. */
import type { ContentReader } from '../../operations/ports.js';
import { formatMessage, type Messages } from '../i18n/messages.js';
import { editionHomePath, sectionPagePath } from '../paths.js';
import { sectionWithDescendants, type EditionDirectory, type SiteDirectory } from '../site-directory.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import type { HomePageModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { LEAD_IMAGE_SIZES } from './image-model.js';
import { loadImagesById, toTeaser } from './teaser-models.js';

const LATEST_COUNT = 8;
const PER_SECTION = 4;

export async function buildHomePageModel(
  ctx: PageContext & { reader: ContentReader },
  dir: EditionDirectory,
): Promise<HomePageModel> {
  const now = ctx.now.toISOString();
  const editionCode = dir.edition.code;
  const newest = await ctx.reader.listPublished({ editionCode, now, limit: LATEST_COUNT + 1, offset: 0 });
  const shownIds = newest.map((s) => s.id);
  const sectionLists = await Promise.all(
    dir.rootSections.map((section) =>
      ctx.reader.listPublished({
        editionCode,
        now,
        sectionIds: sectionWithDescendants(dir, section.id),
        excludeIds: shownIds,
        limit: PER_SECTION,
        offset: 0,
      }),
    ),
  );
  const images = await loadImagesById(ctx.reader, [...newest, ...sectionLists.flat()].map((s) => s.leadImageId));
  const [top, ...latest] = newest;
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
  const latestTeasers = latest.map((s) => toTeaser(dir, s, images));
  const shownHrefs = [topStory, ...latestTeasers, ...sections.flatMap((b) => b.teasers)].flatMap((t) => (t ? [t.href] : []));
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
    latest: latestTeasers,
    sections,
  };
}
