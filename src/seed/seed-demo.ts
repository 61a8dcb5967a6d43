/**
 * Seeds the demo newsroom into an empty store: editions and their sections and
 * topics, authors, agencies, generated pictures, and published articles made
 * through the same operations an editor uses. Each article is created once,
 * after the articles its related-article blocks point to, so its history is
 * one complete revision (a later fix-up save would leave revisions no
 * history row describes).
 */
import type { BodyBlock } from '../domain/blocks.js';
import { HeraldError } from '../domain/errors.js';
import { systemActor } from '../domain/identity.js';
import type { MediaStore } from '../media/media-store.js';
import type { OperationContext } from '../operations/context.js';
import { createArticle } from '../operations/create-article.js';
import { importNewsroomStructure, structureKey } from '../operations/import-newsroom-structure.js';
import { recordStoredImage } from '../operations/upload-image.js';
import { storeDemoPicture } from './demo-picture-cache.js';
import type { DemoArticle, DemoNewsroom } from './demo-types.js';

export interface SeedIds {
  sections: Map<string, number>;
  topics: Map<string, number>;
  authors: Map<string, number>;
  agencies: Map<string, number>;
  images: Map<string, number>;
  articles: Map<string, number>;
}

const key = structureKey;
const SEED = systemActor('seed');
const lookup = (map: Map<string, number>, k: string, what: string): number => {
  const id = map.get(k);
  if (id === undefined) throw new HeraldError('HERALD_VALIDATION', `Demo data refers to an unknown ${what}: ${k}`);
  return id;
};

/**
 * The demo's structure and pictures go in through the same operations a
 * migration or an editor would use. Pictures come first: authors point at theirs.
 */
export async function seedTaxonomy(ctx: OperationContext, newsroom: DemoNewsroom, images: Map<string, number>): Promise<Omit<SeedIds, 'images' | 'articles'>> {
  const authors = newsroom.authors.map(({ imageKey, ...author }) => ({
    ...author,
    imageId: imageKey === undefined ? null : lookup(images, imageKey, 'image'),
  }));
  return importNewsroomStructure(ctx, { ...newsroom, authors }, SEED);
}

export async function seedImages(ctx: OperationContext, media: MediaStore, newsroom: DemoNewsroom): Promise<Map<string, number>> {
  const images = new Map<string, number>();
  for (const image of newsroom.images) {
    const stored = await storeDemoPicture(media, image);
    const metadata = {
      alt: image.alt, caption: image.caption, creditName: image.creditName, creditAgency: image.creditAgency ?? null,
      creditDistributor: image.creditDistributor ?? null, focalX: image.focalX ?? 0.5, focalY: image.focalY ?? 0.5,
    };
    images.set(image.key, await recordStoredImage(ctx, stored, metadata, SEED));
  }
  return images;
}

function resolveBody(article: DemoArticle, ids: SeedIds): BodyBlock[] {
  return article.body.map((block): BodyBlock => {
    if (block.type === 'image') {
      const { imageKey, ...rest } = block;
      return { ...rest, imageId: lookup(ids.images, imageKey, 'image') };
    }
    if (block.type === 'related') return { type: 'related', articleId: lookup(ids.articles, block.articleKey, 'related article') };
    return block;
  });
}

/**
 * Oldest first, so ids grow with publication time as they would in a real
 * newsroom, except that an article comes after the articles it links to.
 */
export function creationOrder(articles: readonly DemoArticle[]): DemoArticle[] {
  const byKey = new Map(articles.map((a) => [a.key, a]));
  const state = new Map<string, 'visiting' | 'done'>();
  const ordered: DemoArticle[] = [];
  const visit = (article: DemoArticle) => {
    if (state.get(article.key) === 'done') return;
    if (state.get(article.key) === 'visiting')
      throw new HeraldError('HERALD_VALIDATION', `Demo articles link to each other in a circle through ${article.key}; break the circle, since each is created after the ones it links to.`);
    state.set(article.key, 'visiting');
    for (const block of article.body) {
      if (block.type !== 'related') continue;
      const target = byKey.get(block.articleKey);
      if (!target) throw new HeraldError('HERALD_VALIDATION', `Demo article ${article.key} links to an unknown article: ${block.articleKey}`);
      visit(target);
    }
    state.set(article.key, 'done');
    ordered.push(article);
  };
  for (const article of [...articles].sort((a, b) => b.hoursAgo - a.hoursAgo)) visit(article);
  return ordered;
}

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

export async function seedDemoNewsroom(ctx: OperationContext, media: MediaStore, newsroom: DemoNewsroom): Promise<SeedIds> {
  const images = await seedImages(ctx, media, newsroom);
  const ids: SeedIds = { ...(await seedTaxonomy(ctx, newsroom, images)), images, articles: new Map() };
  const now = ctx.now();
  const seed = SEED;
  for (const article of creationOrder(newsroom.articles)) {
    const publishedAt = hoursBefore(now, article.hoursAgo);
    const id = await createArticle(ctx, {
      editionCode: article.edition,
      sectionId: lookup(ids.sections, key(article.edition, article.sectionPath), 'section'),
      headline: article.headline,
      kicker: article.kicker,
      teaser: article.teaser,
      body: resolveBody(article, ids),
      leadImageId: lookup(ids.images, article.leadImageKey, 'image'),
      leadImageCaption: article.leadImageCaption ?? null,
      leadImageAlt: article.leadImageAlt ?? null,
      topicIds: article.topicSlugs.map((slug) => lookup(ids.topics, key(article.edition, slug), 'topic')),
      authorIds: article.authors.map((initials) => lookup(ids.authors, initials, 'author')),
      agencyIds: article.agencies.map((code) => lookup(ids.agencies, code, 'agency')),
      translationGroup: article.translationKey ? `demo-${article.translationKey}` : null,
      publishedAt,
      updatedAt: article.updatedAfterHours
        ? hoursBefore(now, Math.max(0, article.hoursAgo - article.updatedAfterHours))
        : publishedAt,
    }, seed);
    ids.articles.set(article.key, id);
  }
  return ids;
}
