/** Section and topic pages: newest first, paginated. Returns null for a page past the end. */
import { LISTING_PAGE_SIZE } from '../../domain/taxonomy.js';
import type { SectionWithDescription, ContentReader } from '../../operations/ports.js';
import type { Topic } from '../../domain/taxonomy.js';
import { sectionFeedPath, topicFeedPath } from '../feeds/feed-paths.js';
import { feedTitle } from '../feeds/feed-responses.js';
import { formatMessage, type Messages } from '../i18n/messages.js';
import { editionHomePath, linkHref, sectionPagePath, topicPagePath } from '../paths.js';
import { sectionAncestry, sectionWithDescendants, type EditionDirectory, type SiteDirectory } from '../site-directory.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import type { LinkModel, ListingPageModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { toTeasers } from './teaser-models.js';

export const PAGE_SIZE = LISTING_PAGE_SIZE;

export type ListingSubject = { kind: 'section'; section: SectionWithDescription } | { kind: 'topic'; topic: Topic };

export async function buildListingPageModel(
  ctx: PageContext & { reader: ContentReader },
  dir: EditionDirectory,
  subject: ListingSubject,
  page: number,
): Promise<ListingPageModel | null> {
  const editionCode = dir.edition.code;
  const base = {
    editionCode,
    now: ctx.now.toISOString(),
    ...(subject.kind === 'section'
      ? { sectionIds: sectionWithDescendants(dir, subject.section.id) }
      : { topicId: subject.topic.id }),
  };
  const total = await ctx.reader.countPublished(base);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return null;
  const summaries = await ctx.reader.listPublished({ ...base, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const path =
    linkHref(subject.kind === 'section' ? sectionPagePath(editionCode, subject.section.path) : topicPagePath(editionCode, subject.topic.slug));
  const pageHref = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  const heading = subject.kind === 'section' ? subject.section.name : subject.topic.name;
  const description = subject.kind === 'section' ? subject.section.description : subject.topic.description;
  const ancestry = subject.kind === 'section' ? sectionAncestry(dir, subject.section.id) : [];
  const feedPath =
    subject.kind === 'section' ? sectionFeedPath(editionCode, subject.section.path) : topicFeedPath(editionCode, subject.topic.slug);
  const pageSuffix = page > 1 ? ` – ${formatMessage(ctx.messages.pageOf, { page, pages })}` : '';
  const breadcrumb: LinkModel[] = [
    { label: ctx.messages.home, href: editionHomePath(editionCode) },
    ...ancestry.slice(0, -1).map((s) => ({ label: s.name, href: sectionPagePath(editionCode, s.path) })),
  ];
  const teasers = await toTeasers(ctx.reader, dir, summaries);
  const pageUrl = ctx.publicUrl + pageHref(page);
  const structuredData = [
    collectionPageNode({
      edition: dir.edition, publicUrl: ctx.publicUrl, pageUrl, name: heading + pageSuffix, description, articleHrefs: teasers.map((t) => t.href),
    }),
    // The visible breadcrumb stops above the page; the structured one ends with it, as search engines expect.
    breadcrumbListNode(pageUrl, [...breadcrumb, { label: heading, href: pageHref(page) }], ctx.publicUrl),
  ];
  return {
    chrome: buildChrome(ctx, dir, {
      title: heading + pageSuffix,
      description: description || heading,
      canonicalPath: pageHref(page),
      ...(ancestry[0] ? { currentRootSectionId: ancestry[0].id } : {}),
      structuredData,
      feed: { title: feedTitle(dir, subject), path: feedPath },
    }),
    kind: subject.kind,
    heading,
    description,
    breadcrumb,
    teasers,
    children:
      subject.kind === 'section'
        ? (dir.childrenOf.get(subject.section.id) ?? []).map((c) => ({ label: c.name, href: sectionPagePath(editionCode, c.path) }))
        : [],
    pagination: {
      page,
      pages,
      previousHref: page > 1 ? pageHref(page - 1) : null,
      nextHref: page < pages ? pageHref(page + 1) : null,
    },
    feedHref: linkHref(feedPath),
  };
}
