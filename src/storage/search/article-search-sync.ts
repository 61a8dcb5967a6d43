/**
 * The hook the store's article writes call so the search index never lags:
 * inserted articles are indexed from the values just written, changed ones
 * re-read and re-indexed (or removed) in the same transaction. Deletions
 * need no call: `search_documents` cascades from `articles`.
 */
import type { Kysely } from 'kysely';
import type { ArticleChanges, NewArticle } from '../../operations/ports.js';
import type { StoreDialect } from '../dialect.js';
import { SEARCH_ENGINES } from './search-engines.js';
import { searchDocumentOf, syncSearchDocuments } from './search-documents.js';

/** Fields whose change can change what the index holds for an article. */
const SEARCHED_FIELDS: (keyof ArticleChanges)[] = [
  'status', 'headline', 'teaser', 'body', 'sectionId', 'editionCode', 'firstPublishedAt', 'embargoUntil',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function articleSearchSync(db: Kysely<any>, dialect: StoreDialect) {
  const writer = SEARCH_ENGINES[dialect.kind].writer(db);
  return {
    async inserted(articles: readonly NewArticle[], ids: readonly number[]): Promise<void> {
      const documents = articles.flatMap((a, i) => searchDocumentOf({ ...a, id: ids[i] as number }) ?? []);
      if (documents.length) await writer.index(documents);
    },
    async changed(id: number, changes: ArticleChanges): Promise<void> {
      if (SEARCHED_FIELDS.some((field) => changes[field] !== undefined)) await syncSearchDocuments(db, writer, [id]);
    },
  };
}
