/**
 * A store with a few thousand articles spread like a real archive (mostly
 * published over months, some drafts, a few embargoed or scheduled), for the
 * query-plan and listing-count suites.
 */
import type { NewArticle, Store } from '../../src/operations/ports.js';
import type { FixtureIds } from './fixture-newsroom.js';

export const SEED_NOW = '2026-06-01T12:00:00.000Z';

export function listingArticle(ids: FixtureIds, n: number, overrides: Partial<NewArticle> = {}): NewArticle {
  const published = new Date(Date.parse(SEED_NOW) - (n + 1) * 3_600_000).toISOString();
  return {
    shortId: `s${n.toString(36).padStart(5, '0')}`,
    editionCode: 'en', slug: `story-${n}`, kicker: 'Kicker', headline: `Story ${n}`, teaser: 'Teaser',
    body: [{ type: 'paragraph', spans: [{ text: 'Body' }] }],
    leadImageId: null, sectionId: n % 3 === 0 ? ids.childSectionId : ids.sectionId, topicIds: n % 5 === 0 ? [ids.topicId] : [],
    authorIds: [ids.authorIds[n % 2] as number], agencyIds: [],
    status: 'published', firstPublishedAt: published, updatedAt: published, createdAt: published,
    publishAt: null, embargoUntil: null, translationGroup: null, wireGuid: null, wireVersion: null,
    ...overrides,
  };
}

/** `count` articles in the English edition; every 40th a draft, every 300th embargoed and every 500th scheduled past SEED_NOW. */
export async function seedListingArticles(store: Store, ids: FixtureIds, count: number): Promise<void> {
  const later = (hours: number) => new Date(Date.parse(SEED_NOW) + hours * 3_600_000).toISOString();
  const articles = Array.from({ length: count }, (_, n) =>
    n % 500 === 7
      ? listingArticle(ids, n, { status: 'scheduled', firstPublishedAt: null, publishAt: later(2) })
      : n % 300 === 5
        ? listingArticle(ids, n, { embargoUntil: later(3) })
        : n % 40 === 3
          ? listingArticle(ids, n, { status: 'draft', firstPublishedAt: null })
          : listingArticle(ids, n),
  );
  for (let i = 0; i < articles.length; i += 1000) await store.transaction((tx) => tx.insertArticles(articles.slice(i, i + 1000)));
}
