/**
 * A public article with everything its representations need (edition,
 * section, topics, authors, agencies, images, notices), loaded for a whole
 * page at once: one query each for images, authors and agencies, whatever
 * the page size. The JSON view and the ninjs mappings are pure functions of
 * this bundle.
 */
import type { ArticleNotice } from '../../domain/article.js';
import type { Edition } from '../../domain/edition.js';
import type { Agency, Author, Image, Topic } from '../../domain/taxonomy.js';
import type { SectionWithDescription, Store } from '../../operations/ports.js';
import type { PublicArticle } from '../../operations/public-content-ports.js';
import type { SiteDirectory } from '../../site/site-directory.js';

export type BundleImage = Image & { derivativeWidths?: number[] };

export interface ArticleBundle {
  article: PublicArticle;
  edition: Edition;
  section: SectionWithDescription;
  topics: Topic[];
  authors: Author[];
  agencies: Agency[];
  /** Every image the article shows, by id. */
  images: Map<number, BundleImage>;
  notices: ArticleNotice[];
  /** Absolute base URL of the public site, without a trailing slash. */
  publicUrl: string;
}

const pick = <T>(ids: number[], byId: Map<number, T>): T[] => ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as T] : []));

export async function loadBundles(
  deps: { store: Store; directory: () => SiteDirectory; publicUrl: string },
  articles: PublicArticle[],
): Promise<ArticleBundle[]> {
  if (articles.length === 0) return [];
  const { store } = deps;
  const directory = deps.directory();
  const imageIds = new Set<number>();
  for (const a of articles) {
    if (a.leadImageId !== null) imageIds.add(a.leadImageId);
    for (const block of a.body) if (block.type === 'image') imageIds.add(block.imageId);
  }
  const [images, authors, agencies, notices] = await Promise.all([
    store.getImages([...imageIds]),
    store.getAuthors([...new Set(articles.flatMap((a) => a.authorIds))]),
    store.getAgencies([...new Set(articles.flatMap((a) => a.agencyIds))]),
    Promise.all(articles.map((a) => store.listNotices(a.id))),
  ]);
  const imagesById = new Map(images.map((i) => [i.id, i as BundleImage]));
  const authorsById = new Map(authors.map((a) => [a.id, a]));
  const agenciesById = new Map(agencies.map((a) => [a.id, a]));

  const bundles: ArticleBundle[] = [];
  for (const [index, article] of articles.entries()) {
    const dir = directory.byCode.get(article.editionCode);
    // A section or edition created since the directory was loaded: read it from the store rather than fail.
    const section = dir?.sectionsById.get(article.sectionId) ?? (await store.listSections(article.editionCode)).find((s) => s.id === article.sectionId);
    const edition = dir?.edition ?? (await store.listEditions()).find((e) => e.code === article.editionCode);
    if (!section || !edition) continue;
    const topicsById = dir?.topicsById ?? new Map((await store.listTopics(article.editionCode)).map((t) => [t.id, t]));
    const shown = new Map<number, BundleImage>();
    for (const [id, image] of imagesById)
      if (id === article.leadImageId || article.body.some((b) => b.type === 'image' && b.imageId === id)) shown.set(id, image);
    bundles.push({
      article,
      edition,
      section,
      topics: pick(article.topicIds, topicsById),
      authors: pick(article.authorIds, authorsById),
      agencies: pick(article.agencyIds, agenciesById),
      images: shown,
      notices: notices[index] ?? [],
      publicUrl: deps.publicUrl,
    });
  }
  return bundles;
}
