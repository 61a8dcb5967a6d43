/**
 * An author page: name, role, bio, picture with credit, and the author's
 * articles in this edition, newest first and paginated like section pages.
 * Authors belong to the whole newsroom, so every edition has a page for each;
 * one with no articles in the edition still shows who they are. Returns null
 * for a page past the end.
 */
import type { Author } from '../../domain/taxonomy.js';
import type { ContentReader } from '../../operations/ports.js';
import { formatMessage } from '../i18n/messages.js';
import { authorPagePath, editionHomePath, linkHref, mediaPath } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import { jsonLdIds } from '../structured-data/json-ld.js';
import { personNode } from '../structured-data/person-node.js';
import { breadcrumbListNode, collectionPageNode } from '../structured-data/site-nodes.js';
import type { AuthorPageModel, LinkModel } from '../view-models.js';
import { buildChrome, type PageContext } from './chrome-model.js';
import { toImageModel } from './image-model.js';
import { PAGE_SIZE } from './listing-page-model.js';
import { loadImagesById, toTeasers } from './teaser-models.js';

/** The portrait is shown at most 10rem wide. */
const PORTRAIT_SIZES = '10rem';

export async function buildAuthorPageModel(
  ctx: PageContext & { reader: ContentReader },
  dir: EditionDirectory,
  author: Author,
  page: number,
): Promise<AuthorPageModel | null> {
  const editionCode = dir.edition.code;
  const query = { editionCode, now: ctx.now.toISOString(), authorId: author.id };
  const total = await ctx.reader.countPublished(query);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return null;
  const [summaries, images] = await Promise.all([
    ctx.reader.listPublished({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    loadImagesById(ctx.reader, [author.imageId]),
  ]);
  const teasers = await toTeasers(ctx.reader, dir, summaries);
  const picture = author.imageId === null ? undefined : images.get(author.imageId);

  const path = linkHref(authorPagePath(editionCode, author.slug));
  const pageHref = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  const pageUrl = ctx.publicUrl + pageHref(page);
  const authorUrl = ctx.publicUrl + path;
  const pageSuffix = page > 1 ? ` – ${formatMessage(ctx.messages.pageOf, { page, pages })}` : '';
  const breadcrumb: LinkModel[] = [{ label: ctx.messages.home, href: editionHomePath(editionCode) }];
  const description = author.title ? `${author.title}. ${author.bio}`.trim() : author.bio;

  return {
    chrome: buildChrome(ctx, dir, {
      title: author.name + pageSuffix,
      description: description || formatMessage(ctx.messages.articlesBy, { name: author.name }),
      canonicalPath: pageHref(page),
      structuredData: [
        collectionPageNode({
          edition: dir.edition,
          publicUrl: ctx.publicUrl,
          pageUrl,
          name: author.name + pageSuffix,
          description,
          articleHrefs: teasers.map((t) => t.href),
          alsoTypes: ['ProfilePage'],
          mainEntityId: jsonLdIds.person(authorUrl),
        }),
        personNode({
          name: author.name,
          url: authorUrl,
          publicUrl: ctx.publicUrl,
          jobTitle: author.title,
          description: author.bio,
          image: picture ? { url: ctx.publicUrl + mediaPath(picture.fileName), width: picture.width, height: picture.height } : null,
        }),
        breadcrumbListNode(pageUrl, [...breadcrumb, { label: author.name, href: pageHref(page) }], ctx.publicUrl),
      ],
    }),
    name: author.name,
    title: author.title,
    bio: author.bio,
    picture: picture ? toImageModel(picture, PORTRAIT_SIZES) : null,
    breadcrumb,
    teasers,
    pagination: {
      page,
      pages,
      previousHref: page > 1 ? pageHref(page - 1) : null,
      nextHref: page < pages ? pageHref(page + 1) : null,
    },
  };
}
