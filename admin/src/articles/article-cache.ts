/** Headlines of articles teased by related blocks, by id. */
import { api } from '../api/endpoints.js';
import { createIdCache } from '../lib/id-cache.js';

export interface ArticleSummary {
  id: number;
  headline: string;
  editionCode: string;
  status: string;
}

export const articleCache = createIdCache<ArticleSummary>(async (id) => {
  const a = await api.article(id);
  return { id: a.id, headline: a.headline, editionCode: a.editionCode, status: a.status };
});
