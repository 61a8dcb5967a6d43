/** Which cached pages an article change purges: the site decides, from how its sections nest. */
import { describe, expect, it } from 'vitest';
import type { SectionWithDescription } from '../../src/operations/ports.js';
import { purgeKeysForArticleEvent } from '../../src/site/page-purge-keys.js';
import type { EditionDirectory, SiteDirectory } from '../../src/site/site-directory.js';

const section = (id: number, parentId: number | null, path: string): SectionWithDescription => ({
  id, editionCode: 'en', parentId, slug: path.split('/').pop() ?? path, path, name: path, position: id, description: '',
});
const sections = [section(1, null, 'world'), section(2, 1, 'world/europe'), section(3, 2, 'world/europe/baltics'), section(4, null, 'sport')];
const site = {
  byCode: new Map([['en', { sectionsById: new Map(sections.map((s) => [s.id, s])) } as unknown as EditionDirectory]]),
} as unknown as SiteDirectory;
const at = '2026-06-01T12:00:00.000Z';

describe('purgeKeysForArticleEvent', () => {
  it('purges the article, its edition home, its section with every ancestor, its topics and translations', () => {
    const keys = purgeKeysForArticleEvent(site, {
      type: 'article.updated', articleId: 9, editionCode: 'en', at,
      scope: { sectionIds: [3, 2], topicIds: [5], translationGroups: ['g1'] },
    });
    expect(keys.sort()).toEqual(['article:9', 'home:en', 'section:1', 'section:2', 'section:3', 'topic:5', 'translations:g1'].sort());
    expect(keys).not.toContain('section:4');
  });

  it('purges the author pages of the article’s authors', () => {
    const keys = purgeKeysForArticleEvent(site, {
      type: 'article.published', articleId: 9, editionCode: 'en', at,
      scope: { sectionIds: [4], topicIds: [], translationGroups: [], authorIds: [7, 8] },
    });
    expect(keys).toEqual(expect.arrayContaining(['author:7', 'author:8']));
    expect(keys).not.toContain('author:9');
  });

  it('purges the edition’s listings when the event has no scope or the edition is unknown', () => {
    expect(purgeKeysForArticleEvent(site, { type: 'article.published', articleId: 9, editionCode: 'en', at })).toEqual(['article:9', 'listing:en']);
    expect(
      purgeKeysForArticleEvent(site, { type: 'article.published', articleId: 9, editionCode: 'fr', at, scope: { sectionIds: [1], topicIds: [], translationGroups: [] } }),
    ).toEqual(['article:9', 'listing:fr']);
  });
});
