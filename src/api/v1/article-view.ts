/** The Content API's own JSON shape of an article (contract: articleSchema), from its bundle. Pure. */
import { articlePath, shortLinkPath } from '../../domain/article.js';
import { formatByline } from '../../domain/byline.js';
import { formatImageCredit } from '../../domain/image-credit.js';
import type { Edition } from '../../domain/edition.js';
import type { Author, Topic } from '../../domain/taxonomy.js';
import type { SectionWithDescription } from '../../operations/ports.js';
import { derivativeName } from '../../media/image-derivatives.js';
import { mediaPath, sectionPagePath, topicPagePath, editionHomePath } from '../../site/paths.js';
import type { ArticleBundle, BundleImage } from './article-bundle.js';
import type { ApiArticle } from './contract.js';

export function imageView(image: BundleImage, publicUrl: string) {
  const widths = [...(image.derivativeWidths ?? [])].filter((w) => w < image.width).sort((a, b) => a - b);
  return {
    id: image.id,
    url: publicUrl + mediaPath(image.fileName),
    mimeType: image.mimeType,
    width: image.width,
    height: image.height,
    alt: image.alt,
    caption: image.caption,
    credit: formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor }),
    renditions: widths.map((width) => ({ width, url: publicUrl + mediaPath(derivativeName(image.fileName, width)) })),
  };
}

export const editionView = (e: Edition, publicUrl: string) => ({
  code: e.code, lang: e.lang, name: e.name, dir: e.dir, timeZone: e.timeZone, locale: e.locale, siteTitle: e.siteTitle,
  isDefault: e.isDefault, url: publicUrl + editionHomePath(e.code),
});

export const sectionView = (s: SectionWithDescription, publicUrl: string) => ({
  id: s.id, editionCode: s.editionCode, parentId: s.parentId, slug: s.slug, path: s.path, name: s.name, description: s.description,
  url: publicUrl + sectionPagePath(s.editionCode, s.path),
});

export const topicView = (t: Topic, publicUrl: string) => ({
  id: t.id, editionCode: t.editionCode, slug: t.slug, name: t.name, description: t.description, url: publicUrl + topicPagePath(t.editionCode, t.slug),
});

export const authorView = (a: Author) => ({ id: a.id, name: a.name, initials: a.initials, bio: a.bio });

export function articleView(bundle: ArticleBundle): ApiArticle {
  const { article, publicUrl } = bundle;
  const lead = article.leadImageId === null ? undefined : bundle.images.get(article.leadImageId);
  return {
    id: article.id,
    shortId: article.shortId,
    editionCode: article.editionCode,
    language: bundle.edition.lang,
    url: publicUrl + articlePath(article),
    shortUrl: publicUrl + shortLinkPath(article.shortId),
    slug: article.slug,
    kicker: article.kicker,
    headline: article.headline,
    teaser: article.teaser,
    byline: formatByline({ initials: bundle.authors.map((a) => a.initials), agencies: bundle.agencies.map((a) => a.code) }),
    body: article.body,
    section: { id: bundle.section.id, path: bundle.section.path, name: bundle.section.name },
    topics: bundle.topics.map((t) => ({ id: t.id, slug: t.slug, name: t.name })),
    authors: bundle.authors.map(authorView),
    agencies: bundle.agencies.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    leadImage: lead ? imageView(lead, publicUrl) : null,
    images: [...bundle.images.values()].map((image) => imageView(image, publicUrl)),
    notices: bundle.notices.map((n) => ({ kind: n.kind, text: n.text, createdAt: n.createdAt })),
    // Visible articles always have a first publication time (the query requires it).
    firstPublishedAt: article.firstPublishedAt ?? article.changedAt,
    updatedAt: article.changedAt,
  };
}
