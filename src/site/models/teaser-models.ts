/** Article summaries → teasers, loading all their images in one query. */
import type { ArticleSummary, ContentReader } from '../../operations/ports.js';
import { formatDateLabel } from '../date-labels.js';
import { articlePath, linkHref } from '../paths.js';
import type { EditionDirectory } from '../site-directory.js';
import type { TeaserModel } from '../view-models.js';
import { TEASER_IMAGE_SIZES, toImageModel, type StoredImage } from './image-model.js';

export async function loadImagesById(reader: ContentReader, ids: (number | null)[]): Promise<Map<number, StoredImage>> {
  const unique = [...new Set(ids.filter((id): id is number => id !== null))];
  const images = (await reader.getImages(unique)) as StoredImage[];
  return new Map(images.map((i) => [i.id, i]));
}

export function toTeaser(dir: EditionDirectory, summary: ArticleSummary, images: Map<number, StoredImage>, sizes = TEASER_IMAGE_SIZES): TeaserModel {
  const image = summary.leadImageId === null ? undefined : images.get(summary.leadImageId);
  return {
    id: summary.id,
    href: linkHref(articlePath(summary)),
    kicker: summary.kicker,
    headline: summary.headline,
    teaser: summary.teaser,
    // The alt text in the article's language when it has one: a German teaser must not describe its picture in English.
    image: image ? toImageModel(image, sizes, { alt: summary.leadImageAlt ?? undefined }) : null,
    publishedAt: summary.firstPublishedAt,
    publishedLabel: formatDateLabel(dir.edition, summary.firstPublishedAt),
    sectionName: dir.sectionsById.get(summary.sectionId)?.name ?? '',
  };
}

export async function toTeasers(reader: ContentReader, dir: EditionDirectory, summaries: ArticleSummary[]): Promise<TeaserModel[]> {
  const images = await loadImagesById(reader, summaries.map((s) => s.leadImageId));
  return summaries.map((s) => toTeaser(dir, s, images));
}
