/**
 * Seeds the demo newsroom into an empty store: editions and their sections and
 * topics, authors, agencies, generated pictures, and published articles made
 * through the same operations an editor uses. Related-article blocks are
 * resolved in a second pass, once every article has an id.
 */
import type { BodyBlock } from '../domain/blocks.js';
import { HeraldError } from '../domain/errors.js';
import type { MediaStore } from '../media/media-store.js';
import type { OperationContext } from '../operations/context.js';
import { createArticle } from '../operations/create-article.js';
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

const key = (edition: string, name: string) => `${edition}:${name}`;
const lookup = (map: Map<string, number>, k: string, what: string): number => {
  const id = map.get(k);
  if (id === undefined) throw new HeraldError('HERALD_VALIDATION', `Demo data refers to an unknown ${what}: ${k}`);
  return id;
};

export async function seedTaxonomy(ctx: OperationContext, newsroom: DemoNewsroom): Promise<Omit<SeedIds, 'images' | 'articles'>> {
  return ctx.store.transaction(async (tx) => {
    const sections = new Map<string, number>();
    const topics = new Map<string, number>();
    const authors = new Map<string, number>();
    const agencies = new Map<string, number>();
    for (const [position, e] of newsroom.editions.entries()) await tx.upsertEdition({ ...e, position });
    for (const [position, s] of newsroom.sections.entries()) {
      const parentPath = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/')) : null;
      const id = await tx.insertSection({
        editionCode: s.edition,
        parentId: parentPath ? lookup(sections, key(s.edition, parentPath), 'parent section') : null,
        slug: s.path.slice(s.path.lastIndexOf('/') + 1),
        path: s.path,
        name: s.name,
        position,
        description: '',
      });
      sections.set(key(s.edition, s.path), id);
    }
    for (const t of newsroom.topics)
      topics.set(
        key(t.edition, t.slug),
        await tx.insertTopic({ editionCode: t.edition, slug: t.slug, name: t.name, description: t.description, focusPosition: t.focus ?? null }),
      );
    for (const a of newsroom.authors) authors.set(a.initials, await tx.insertAuthor(a));
    for (const a of newsroom.agencies) agencies.set(a.code, await tx.insertAgency(a));
    return { sections, topics, authors, agencies };
  });
}

export async function seedImages(ctx: OperationContext, media: MediaStore, newsroom: DemoNewsroom): Promise<Map<string, number>> {
  const images = new Map<string, number>();
  for (const image of newsroom.images) {
    const stored = await storeDemoPicture(media, image);
    const id = await ctx.store.transaction((tx) =>
      tx.insertImage({
        ...stored,
        alt: image.alt,
        caption: image.caption,
        creditName: image.creditName,
        creditAgency: image.creditAgency ?? null,
        creditDistributor: image.creditDistributor ?? null,
        focalX: image.focalX ?? 0.5,
        focalY: image.focalY ?? 0.5,
        createdAt: ctx.now().toISOString(),
      }),
    );
    images.set(image.key, id);
  }
  return images;
}

function resolveBody(article: DemoArticle, ids: SeedIds, withRelated: boolean): BodyBlock[] {
  return article.body.flatMap((block): BodyBlock[] => {
    if (block.type === 'image') {
      const { imageKey, ...rest } = block;
      return [{ ...rest, imageId: lookup(ids.images, imageKey, 'image') }];
    }
    if (block.type === 'related') {
      const articleId = ids.articles.get(block.articleKey);
      return withRelated && articleId !== undefined ? [{ type: 'related', articleId }] : [];
    }
    return [block];
  });
}

const hoursBefore = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

export async function seedDemoNewsroom(ctx: OperationContext, media: MediaStore, newsroom: DemoNewsroom): Promise<SeedIds> {
  const taxonomy = await seedTaxonomy(ctx, newsroom);
  const ids: SeedIds = { ...taxonomy, images: await seedImages(ctx, media, newsroom), articles: new Map() };
  const now = ctx.now();
  // Oldest first, so ids grow with publication time as they would in a real newsroom.
  const ordered = [...newsroom.articles].sort((a, b) => b.hoursAgo - a.hoursAgo);
  for (const article of ordered) {
    const publishedAt = hoursBefore(now, article.hoursAgo);
    const id = await createArticle(ctx, {
      editionCode: article.edition,
      sectionId: lookup(ids.sections, key(article.edition, article.sectionPath), 'section'),
      headline: article.headline,
      kicker: article.kicker,
      teaser: article.teaser,
      body: resolveBody(article, ids, false),
      leadImageId: lookup(ids.images, article.leadImageKey, 'image'),
      topicIds: article.topicSlugs.map((slug) => lookup(ids.topics, key(article.edition, slug), 'topic')),
      authorIds: article.authors.map((initials) => lookup(ids.authors, initials, 'author')),
      agencyIds: article.agencies.map((code) => lookup(ids.agencies, code, 'agency')),
      translationGroup: article.translationKey ? `demo-${article.translationKey}` : null,
      publishedAt,
      updatedAt: article.updatedAfterHours
        ? hoursBefore(now, Math.max(0, article.hoursAgo - article.updatedAfterHours))
        : publishedAt,
    });
    ids.articles.set(article.key, id);
  }
  for (const article of ordered) {
    if (!article.body.some((b) => b.type === 'related')) continue;
    const id = lookup(ids.articles, article.key, 'article');
    await ctx.store.transaction((tx) => tx.updateArticle(id, 1, { body: resolveBody(article, ids, true) }));
  }
  return ids;
}
