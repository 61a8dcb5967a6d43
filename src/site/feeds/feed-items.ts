/**
 * The newest published articles of an edition, a section (with its
 * subsections) or a topic, with what a feed item shows: byline, categories
 * and the lead image as a sized derivative. Visibility (published, embargo
 * over) is the listing query's, the same rule the pages use.
 */
import { articlePath } from '../../domain/article.js';
import { formatByline } from '../../domain/byline.js';
import { formatImageCredit } from '../../domain/image-credit.js';
import type { StoredImage } from '../../domain/taxonomy.js';
import { derivativeName } from '../../media/image-derivatives.js';
import type { ContentReader } from '../../operations/ports.js';
import { loadImagesById } from '../models/teaser-models.js';
import { mediaPath } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';

export const FEED_ITEM_LIMIT = 50;
/** Feed readers show pictures small; the 960 px derivative is sharp enough and a tenth of the original's bytes. */
const FEED_IMAGE_WIDTH = 960;

export interface FeedImage {
  url: string;
  width: number;
  height: number;
  type: string;
  credit: string;
  caption: string;
}

export interface FeedItem {
  id: number;
  title: string;
  /** Absolute URL of the article. */
  link: string;
  firstPublishedAt: string;
  updatedAt: string;
  description: string;
  /** The newsroom byline (`es/wmd (AFP, dpa)`), empty when none. */
  creator: string;
  /** Section name first, then topic names. */
  categories: string[];
  image: FeedImage | null;
}

/** The derivative closest above `width` (or the original when it is smaller), with its own size. */
export function feedImage(image: StoredImage, publicUrl: string, width = FEED_IMAGE_WIDTH): FeedImage {
  const widths = [...image.derivativeWidths].sort((a, b) => a - b);
  const chosen = widths.find((w) => w >= width) ?? widths[widths.length - 1] ?? image.width;
  const isOriginal = chosen >= image.width;
  return {
    url: publicUrl + mediaPath(isOriginal ? image.fileName : derivativeName(image.fileName, chosen)),
    width: isOriginal ? image.width : chosen,
    height: isOriginal ? image.height : Math.round((image.height * chosen) / image.width),
    type: image.mimeType,
    credit: formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor }),
    caption: image.caption || image.alt,
  };
}

export async function loadFeedItems(
  reader: ContentReader,
  dir: EditionDirectory,
  publicUrl: string,
  filter: { sectionIds?: number[]; topicId?: number },
  now: Date,
): Promise<FeedItem[]> {
  const summaries = await reader.listPublished({ editionCode: dir.edition.code, now: now.toISOString(), limit: FEED_ITEM_LIMIT, offset: 0, ...filter });
  const ids = summaries.map((s) => s.id);
  const [refs, images] = await Promise.all([reader.listArticleRefs(ids), loadImagesById(reader, summaries.map((s) => s.leadImageId))]);
  const refsById = new Map(refs.map((r) => [r.id, r]));
  const [authors, agencies] = await Promise.all([
    reader.getAuthors([...new Set(refs.flatMap((r) => r.authorIds))]),
    reader.getAgencies([...new Set(refs.flatMap((r) => r.agencyIds))]),
  ]);
  const authorsById = new Map(authors.map((a) => [a.id, a]));
  const agenciesById = new Map(agencies.map((a) => [a.id, a]));
  return summaries.map((summary) => {
    const ref = refsById.get(summary.id);
    const image = summary.leadImageId === null ? undefined : images.get(summary.leadImageId);
    const section = dir.sectionsById.get(summary.sectionId);
    return {
      id: summary.id,
      title: summary.headline,
      link: publicUrl + articlePath(summary),
      firstPublishedAt: summary.firstPublishedAt,
      updatedAt: summary.updatedAt,
      description: summary.teaser,
      creator: formatByline({
        initials: (ref?.authorIds ?? []).flatMap((id) => authorsById.get(id)?.initials ?? []),
        agencies: (ref?.agencyIds ?? []).flatMap((id) => agenciesById.get(id)?.code ?? []),
      }),
      categories: [
        ...(section ? [section.name] : []),
        ...(ref?.topicIds ?? []).flatMap((id) => dir.topicsById.get(id)?.name ?? []),
      ],
      image: image ? feedImage(image, publicUrl) : null,
    };
  });
}
