/**
 * What both ninjs versions say about an article, built once from its bundle;
 * ninjs-3.ts and ninjs-2.ts only spell it (3.x camelCase, 2.x lower case).
 *
 * Choices where ninjs leaves room:
 * - `uri` is the article's short link (`/p/{shortId}`): stable across slug
 *   changes and resolvable, as a ninjs identifier should be.
 * - `version` is the article's revision; `versionCreated` its last public
 *   change (or embargo end), `firstCreated` its first publication.
 * - Authors are `people` with rel `author` and the byline is `by`; agencies
 *   are `infoSources` with role `agency`.
 * - The section and topics are `subjects` (rel `section` / `about`), with the
 *   public page as `uri` and the slug or path as `literal`.
 * - Pictures (lead image and body images) are `associations` of type
 *   `picture`: the lead image is named `lead`, the others `image-{id}`.
 * - Correction and update notices are `descriptions` with role `correction`
 *   or `update`, after the teaser (role `summary`).
 */
import { shortLinkPath, articlePath } from '../../../domain/article.js';
import { bodyToPlainText } from '../../../domain/blocks.js';
import { formatByline } from '../../../domain/byline.js';
import { formatImageCredit } from '../../../domain/image-credit.js';
import { derivativeName } from '../../../media/image-derivatives.js';
import { mediaPath, sectionPagePath, topicPagePath } from '../../../site/paths.js';
import type { ArticleBundle, BundleImage } from '../article-bundle.js';
import { bodyToHtml } from './body-html.js';

export interface NinjsRendition {
  name: string;
  href: string;
  contentType: string;
  width: number;
  height: number;
}

export interface NinjsPicture {
  name: string;
  uri: string;
  caption: string;
  alt: string;
  by: string;
  versionCreated: string;
  renditions: NinjsRendition[];
}

export interface NinjsModel {
  uri: string;
  version: string;
  firstCreated: string;
  versionCreated: string;
  contentCreated: string;
  language: string;
  copyrightHolder: string;
  headlines: { role: string; value: string }[];
  descriptions: { role: string; value: string }[];
  body: { html: string; charCount: number; wordCount: number };
  by: string;
  people: { name: string; rel: string }[];
  subjects: { name: string; rel: string; uri: string; literal: string }[];
  infoSources: { name: string; role: string; literal: string }[];
  altIds: { role: string; value: string }[];
  pictures: NinjsPicture[];
}

function picture(image: BundleImage, name: string, publicUrl: string): NinjsPicture {
  const original = { name: 'original', href: publicUrl + mediaPath(image.fileName), contentType: image.mimeType, width: image.width, height: image.height };
  const smaller = [...(image.derivativeWidths ?? [])]
    .filter((w) => w < image.width)
    .sort((a, b) => a - b)
    .map((w) => ({
      name: `w${w}`,
      href: publicUrl + mediaPath(derivativeName(image.fileName, w)),
      contentType: 'image/jpeg',
      width: w,
      height: Math.round((image.height * w) / image.width),
    }));
  return {
    name,
    uri: original.href,
    caption: image.caption,
    alt: image.alt,
    by: formatImageCredit({ name: image.creditName, agency: image.creditAgency, distributor: image.creditDistributor }),
    versionCreated: image.createdAt,
    renditions: [original, ...smaller],
  };
}

export function ninjsModel(bundle: ArticleBundle): NinjsModel {
  const { article, publicUrl } = bundle;
  const text = bodyToPlainText(article.body);
  const pictures: NinjsPicture[] = [];
  const lead = article.leadImageId === null ? undefined : bundle.images.get(article.leadImageId);
  if (lead) pictures.push(picture(lead, 'lead', publicUrl));
  for (const image of bundle.images.values()) if (image !== lead) pictures.push(picture(image, `image-${image.id}`, publicUrl));
  const firstPublished = article.firstPublishedAt ?? article.changedAt;
  return {
    uri: publicUrl + shortLinkPath(article.shortId),
    version: String(article.revision),
    firstCreated: firstPublished,
    versionCreated: article.changedAt,
    contentCreated: article.createdAt,
    language: bundle.edition.lang,
    copyrightHolder: bundle.edition.siteTitle,
    headlines: [{ role: 'main', value: article.headline }, ...(article.kicker ? [{ role: 'kicker', value: article.kicker }] : [])],
    descriptions: [
      ...(article.teaser ? [{ role: 'summary', value: article.teaser }] : []),
      ...bundle.notices.map((n) => ({ role: n.kind, value: n.text })),
    ],
    body: { html: bodyToHtml(article.body, bundle.images, publicUrl), charCount: [...text].length, wordCount: text.split(/\s+/u).filter(Boolean).length },
    by: formatByline({ initials: bundle.authors.map((a) => a.initials), agencies: bundle.agencies.map((a) => a.code) }),
    people: bundle.authors.map((a) => ({ name: a.name, rel: 'author' })),
    subjects: [
      { name: bundle.section.name, rel: 'section', uri: publicUrl + sectionPagePath(bundle.section.editionCode, bundle.section.path), literal: bundle.section.path },
      ...bundle.topics.map((t) => ({ name: t.name, rel: 'about', uri: publicUrl + topicPagePath(t.editionCode, t.slug), literal: t.slug })),
    ],
    infoSources: bundle.agencies.map((a) => ({ name: a.name, role: 'agency', literal: a.code })),
    altIds: [
      { role: 'id', value: String(article.id) },
      { role: 'shortId', value: article.shortId },
      { role: 'url', value: publicUrl + articlePath(article) },
    ],
    pictures,
  };
}
