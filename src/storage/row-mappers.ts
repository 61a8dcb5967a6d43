/** Row ↔ domain conversions, in one place so both stores map identically. */
import type { Selectable } from 'kysely';
import type { Article, ArticleStatus } from '../domain/article.js';
import type { BodyBlock } from '../domain/blocks.js';
import type { Edition } from '../domain/edition.js';
import type { Author, Image, Topic } from '../domain/taxonomy.js';
import type { ArticleSummary, SectionWithDescription } from '../operations/ports.js';
import type { ArticleTable, AuthorTable, EditionTable, ImageTable, SectionTable, TopicTable } from './database.js';

export const toEdition = (row: Selectable<EditionTable>): Edition => ({
  code: row.code,
  lang: row.lang,
  name: row.name,
  dir: row.dir === 'rtl' ? 'rtl' : 'ltr',
  timeZone: row.time_zone,
  locale: row.locale,
  numberingSystem: row.numbering_system,
  siteTitle: row.site_title,
  position: Number(row.position),
  isDefault: Number(row.is_default) === 1,
});

export const toSection = (row: Selectable<SectionTable>): SectionWithDescription => ({
  id: Number(row.id),
  editionCode: row.edition_code,
  parentId: row.parent_id === null ? null : Number(row.parent_id),
  slug: row.slug,
  path: row.path,
  name: row.name,
  position: Number(row.position),
  description: row.description,
});

export const toTopic = (row: Selectable<TopicTable>): Topic => ({
  id: Number(row.id),
  editionCode: row.edition_code,
  slug: row.slug,
  name: row.name,
  description: row.description,
  focusPosition: row.focus_position === null ? null : Number(row.focus_position),
});

export const toAuthor = (row: Selectable<AuthorTable>): Author => ({
  id: Number(row.id),
  name: row.name,
  initials: row.initials,
  bio: row.bio,
  slug: row.slug,
  title: row.title,
  imageId: row.image_id === null ? null : Number(row.image_id),
});

export const toImage = (row: Selectable<ImageTable>): Image & { derivativeWidths: number[] } => ({
  id: Number(row.id),
  fileName: row.file_name,
  mimeType: row.mime_type,
  width: Number(row.width),
  height: Number(row.height),
  derivativeWidths: row.derivative_widths ? row.derivative_widths.split(',').map(Number) : [],
  alt: row.alt,
  caption: row.caption,
  creditName: row.credit_name,
  creditAgency: row.credit_agency,
  creditDistributor: row.credit_distributor,
  focalX: Number(row.focal_x),
  focalY: Number(row.focal_y),
  createdAt: row.created_at,
});

export type SummaryRow = Pick<
  Selectable<ArticleTable>,
  | 'id' | 'short_id' | 'edition_code' | 'slug' | 'kicker' | 'headline' | 'teaser'
  | 'lead_image_id' | 'lead_image_alt' | 'section_id' | 'first_published_at' | 'updated_at'
>;

export const SUMMARY_COLUMNS = [
  'id', 'short_id', 'edition_code', 'slug', 'kicker', 'headline', 'teaser',
  'lead_image_id', 'lead_image_alt', 'section_id', 'first_published_at', 'updated_at',
] as const;

export const toSummary = (row: SummaryRow): ArticleSummary => ({
  id: Number(row.id),
  shortId: row.short_id,
  editionCode: row.edition_code,
  slug: row.slug,
  kicker: row.kicker,
  headline: row.headline,
  teaser: row.teaser,
  leadImageId: row.lead_image_id === null ? null : Number(row.lead_image_id),
  leadImageAlt: row.lead_image_alt ?? null,
  sectionId: Number(row.section_id),
  firstPublishedAt: row.first_published_at ?? row.updated_at,
  updatedAt: row.updated_at,
});

export function toArticle(
  row: Selectable<ArticleTable>,
  relations: { topicIds: number[]; authorIds: number[]; agencyIds: number[] },
): Article {
  return {
    id: Number(row.id),
    shortId: row.short_id,
    editionCode: row.edition_code,
    slug: row.slug,
    kicker: row.kicker,
    headline: row.headline,
    teaser: row.teaser,
    body: JSON.parse(row.body) as BodyBlock[],
    leadImageId: row.lead_image_id === null ? null : Number(row.lead_image_id),
    leadImageCaption: row.lead_image_caption ?? null,
    leadImageAlt: row.lead_image_alt ?? null,
    sectionId: Number(row.section_id),
    ...relations,
    status: row.status as ArticleStatus,
    firstPublishedAt: row.first_published_at,
    updatedAt: row.updated_at,
    createdAt: row.created_at,
    publishAt: row.publish_at,
    embargoUntil: row.embargo_until,
    translationGroup: row.translation_group,
    wireOrigin: row.wire_guid ? { guid: row.wire_guid, version: Number(row.wire_version ?? 1) } : null,
    revision: Number(row.revision),
    createdBy: row.created_by === null || row.created_by === undefined ? null : Number(row.created_by),
  };
}
