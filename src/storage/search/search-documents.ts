/**
 * Which articles the search index holds, and what it holds of them: every
 * article whose status is `published` (embargo and publication time are
 * judged when searching, since they lift with time), with its headline,
 * teaser and body as normalised plain text. Shared by both stores and the
 * migration that fills the index.
 */
import type { Kysely } from 'kysely';
import { bodyToPlainText, type BodyBlock } from '../../domain/blocks.js';
import { normalizeSearchText } from '../../domain/search-query.js';
import type { SearchDocument, SearchIndexWriter } from '../../operations/search-ports.js';

export interface SearchableArticle {
  id: number;
  editionCode: string;
  sectionId: number;
  headline: string;
  teaser: string;
  body: readonly BodyBlock[];
  status: string;
  firstPublishedAt: string | null;
  embargoUntil: string | null;
}

/** The document for an article, or null when it must not be in the index. */
export function searchDocumentOf(a: SearchableArticle): SearchDocument | null {
  if (a.status !== 'published' || !a.firstPublishedAt) return null;
  return {
    articleId: a.id,
    editionCode: a.editionCode,
    sectionId: a.sectionId,
    headline: normalizeSearchText(a.headline),
    teaser: normalizeSearchText(a.teaser),
    bodyText: normalizeSearchText(bodyToPlainText(a.body)),
    firstPublishedAt: a.firstPublishedAt,
    embargoUntil: a.embargoUntil,
  };
}

/** Brings the index in step with these articles as stored now (published → indexed, anything else or gone → removed). */
export async function syncSearchDocuments(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read by the migration too, before the typed schema exists
  db: Kysely<any>,
  writer: SearchIndexWriter,
  ids: readonly number[],
): Promise<void> {
  if (ids.length === 0) return;
  const rows: {
    id: number; edition_code: string; section_id: number; headline: string; teaser: string; body: string;
    status: string; first_published_at: string | null; embargo_until: string | null;
  }[] = await db
    .selectFrom('articles')
    .select(['id', 'edition_code', 'section_id', 'headline', 'teaser', 'body', 'status', 'first_published_at', 'embargo_until'])
    .where('id', 'in', ids)
    .execute();
  const documents: SearchDocument[] = [];
  for (const r of rows) {
    const document = searchDocumentOf({
      id: Number(r.id), editionCode: r.edition_code, sectionId: Number(r.section_id), headline: r.headline, teaser: r.teaser,
      body: JSON.parse(r.body) as BodyBlock[], status: r.status, firstPublishedAt: r.first_published_at, embargoUntil: r.embargo_until,
    });
    if (document) documents.push(document);
  }
  const indexed = new Set(documents.map((d) => d.articleId));
  const removed = ids.filter((id) => !indexed.has(id));
  if (removed.length) await writer.remove(removed);
  if (documents.length) await writer.index(documents);
}
