/**
 * Adds N generated articles to an already seeded newsroom (benchmark datasets):
 * batches of 1,000 through the bulk import operation.
 */
import type { BodyBlock } from '../domain/blocks.js';
import { systemActor } from '../domain/identity.js';
import type { OperationContext } from '../operations/context.js';
import { importArticles } from '../operations/import-articles.js';
import type { CreateArticleInput } from '../operations/create-article.js';
import { generateBulkArticles } from './bulk-articles.js';

const BATCH = 1000;

export async function seedBulkArticles(
  ctx: OperationContext,
  count: number,
  onProgress: (done: number) => void = () => {},
): Promise<number> {
  const editions = await ctx.store.listEditions();
  const sectionPaths: Record<string, string[]> = {};
  const topicSlugs: Record<string, string[]> = {};
  const sectionIds = new Map<string, number>();
  const topicIds = new Map<string, number>();
  for (const e of editions) {
    const sections = await ctx.store.listSections(e.code);
    const topics = await ctx.store.listTopics(e.code);
    sectionPaths[e.code] = sections.map((s) => s.path);
    topicSlugs[e.code] = topics.map((t) => t.slug);
    for (const s of sections) sectionIds.set(`${e.code}:${s.path}`, s.id);
    for (const t of topics) topicIds.set(`${e.code}:${t.slug}`, t.id);
  }
  const authors = await ctx.store.listAuthors();
  const agencies = await ctx.store.listAgencies();
  const images = await ctx.store.getImages(Array.from({ length: 200 }, (_, i) => i + 1));
  const authorIds = new Map(authors.map((a) => [a.initials, a.id]));
  const agencyIds = new Map(agencies.map((a) => [a.code, a.id]));
  const now = ctx.now().getTime();

  let batch: CreateArticleInput[] = [];
  let done = 0;
  for (const article of generateBulkArticles(count, {
    editions: editions.map((e) => e.code),
    sectionPaths,
    topicSlugs,
    authorInitials: [...authorIds.keys()],
    agencyCodes: [...agencyIds.keys()],
    imageKeys: images.map((i) => String(i.id)),
    seed: 20261127,
  })) {
    const publishedAt = new Date(now - article.hoursAgo * 3_600_000).toISOString();
    batch.push({
      editionCode: article.edition,
      sectionId: sectionIds.get(`${article.edition}:${article.sectionPath}`) as number,
      headline: article.headline,
      kicker: article.kicker,
      teaser: article.teaser,
      body: article.body.flatMap((b): BodyBlock[] =>
        b.type === 'image' ? [{ type: 'image', imageId: Number(b.imageKey) }] : b.type === 'related' ? [] : [b],
      ),
      leadImageId: article.leadImageKey ? Number(article.leadImageKey) : null,
      topicIds: article.topicSlugs.flatMap((slug) => topicIds.get(`${article.edition}:${slug}`) ?? []),
      authorIds: article.authors.flatMap((i) => authorIds.get(i) ?? []),
      agencyIds: article.agencies.flatMap((c) => agencyIds.get(c) ?? []),
      publishedAt,
      updatedAt: publishedAt,
    });
    if (batch.length === BATCH) {
      await importArticles(ctx, batch, systemActor('bulk seed'));
      done += batch.length;
      onProgress(done);
      batch = [];
    }
  }
  if (batch.length) {
    await importArticles(ctx, batch, systemActor('bulk seed'));
    done += batch.length;
    onProgress(done);
  }
  return done;
}
