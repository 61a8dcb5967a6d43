/**
 * Tops up the demo newsroom so every section page of every edition has a
 * second page (more stories than one listing page holds, counting the
 * subsections' stories, as the section page does). The extra stories are
 * composed by the bulk generator (src/seed/bulk-articles.ts: invented places
 * and people, in the edition's language) and dated before the hand-written
 * demo articles, so those still lead the home and section pages. They go in
 * through the bulk import operation, a few hundred rows in one transaction.
 */
import type { BodyBlock } from '../domain/blocks.js';
import { systemActor } from '../domain/identity.js';
import type { OperationContext } from '../operations/context.js';
import { importArticles } from '../operations/import-articles.js';
import type { CreateArticleInput } from '../operations/create-article.js';
import { LISTING_PAGE_SIZE } from '../domain/taxonomy.js';
import { generateBulkArticles } from './bulk-articles.js';
import type { DemoNewsroom } from './demo-types.js';
import type { SeedIds } from './seed-demo.js';

/** A page and a bit: page 2 shows several stories, not a lone one. */
export const STORIES_PER_SECTION = LISTING_PAGE_SIZE + 6;

/** How many stories each section (by `edition:path`) gets on top of the hand-written ones; deepest sections first. */
export function sectionFillCounts(newsroom: DemoNewsroom, target = STORIES_PER_SECTION): Map<string, number> {
  const onPage = new Map<string, number>();
  const count = (edition: string, path: string, n: number) => {
    // A story in world/europe also shows on the world page.
    const parts = path.split('/');
    for (let depth = parts.length; depth > 0; depth--) {
      const key = `${edition}:${parts.slice(0, depth).join('/')}`;
      onPage.set(key, (onPage.get(key) ?? 0) + n);
    }
  };
  for (const article of newsroom.articles) count(article.edition, article.sectionPath, 1);
  const fill = new Map<string, number>();
  const deepestFirst = [...newsroom.sections].sort((a, b) => b.path.split('/').length - a.path.split('/').length);
  for (const section of deepestFirst) {
    const missing = target - (onPage.get(`${section.edition}:${section.path}`) ?? 0);
    if (missing <= 0) continue;
    fill.set(`${section.edition}:${section.path}`, missing);
    count(section.edition, section.path, missing);
  }
  return fill;
}

/** After seedDemoNewsroom, with the ids it returned; the fillers' pictures are the demo articles' lead pictures. */
export async function seedSectionFill(ctx: OperationContext, newsroom: DemoNewsroom, ids: SeedIds): Promise<number> {
  const fill = sectionFillCounts(newsroom);
  if (fill.size === 0) return 0;
  const authorIds = ids.authors;
  const agencyIds = ids.agencies;
  // Each edition's fillers reuse that edition's own lead pictures with that edition's caption and alt text,
  // so a German or Arabic page never shows the library's English words.
  const pictureTexts = new Map<string, Map<string, { caption: string | null; alt: string | null }>>();
  for (const a of newsroom.articles) {
    const id = ids.images.get(a.leadImageKey);
    if (id === undefined) continue;
    const own = pictureTexts.get(a.edition) ?? new Map<string, { caption: string | null; alt: string | null }>();
    if (!own.has(String(id))) own.set(String(id), { caption: a.leadImageCaption ?? null, alt: a.leadImageAlt ?? null });
    pictureTexts.set(a.edition, own);
  }
  const oldestDemo = Math.max(0, ...newsroom.articles.map((a) => a.hoursAgo));
  const now = ctx.now().getTime();
  const inputs: CreateArticleInput[] = [];
  let seed = 20261130;
  for (const [sectionKey, n] of fill) {
    const [edition, sectionPath] = sectionKey.split(':') as [string, string];
    const topicSlugs = newsroom.topics.filter((t) => t.edition === edition).map((t) => t.slug);
    const texts = pictureTexts.get(edition) ?? new Map<string, { caption: string | null; alt: string | null }>();
    const imageIds = [...texts.keys()];
    for (const article of generateBulkArticles(n, {
      editions: [edition], sectionPaths: { [edition]: [sectionPath] }, topicSlugs: { [edition]: topicSlugs },
      authorInitials: [...authorIds.keys()], agencyCodes: [...agencyIds.keys()], imageKeys: imageIds, seed: seed++,
    })) {
      const publishedAt = new Date(now - (oldestDemo + 24 + article.hoursAgo) * 3_600_000).toISOString();
      inputs.push({
        editionCode: edition,
        sectionId: ids.sections.get(sectionKey) as number,
        headline: article.headline,
        kicker: article.kicker,
        teaser: article.teaser,
        body: article.body.flatMap((b): BodyBlock[] => {
          if (b.type === 'related') return [];
          if (b.type !== 'image') return [b];
          const own = texts.get(b.imageKey);
          return [{ type: 'image', imageId: Number(b.imageKey), ...(own?.caption ? { caption: own.caption } : {}), ...(own?.alt ? { alt: own.alt } : {}) }];
        }),
        leadImageId: article.leadImageKey ? Number(article.leadImageKey) : null,
        leadImageCaption: article.leadImageKey ? (texts.get(article.leadImageKey)?.caption ?? null) : null,
        leadImageAlt: article.leadImageKey ? (texts.get(article.leadImageKey)?.alt ?? null) : null,
        topicIds: article.topicSlugs.flatMap((slug) => ids.topics.get(`${edition}:${slug}`) ?? []),
        authorIds: article.authors.flatMap((i) => authorIds.get(i) ?? []),
        agencyIds: article.agencies.flatMap((c) => agencyIds.get(c) ?? []),
        publishedAt,
        updatedAt: publishedAt,
      });
    }
  }
  await importArticles(ctx, inputs, systemActor('seed'));
  return inputs.length;
}
