/** Seeds one live coverage page per demo edition (src/seed/demo-content/live-coverage.ts), after the demo articles. */
import { systemActor } from '../domain/identity.js';
import type { OperationContext } from '../operations/context.js';
import { createArticle } from '../operations/create-article.js';
import { addLiveEntry, pinLiveEntry, setLiveKeyPoints, setLiveState } from '../operations/live-coverage.js';
import { demoLiveCoverage } from './demo-content/live-coverage.js';
import type { SeedIds } from './seed-demo.js';

const SEED = systemActor('seed');

export async function seedLiveCoverage(ctx: OperationContext, ids: SeedIds): Promise<number[]> {
  const now = ctx.now().getTime();
  const at = (minutesAgo: number) => () => new Date(now - minutesAgo * 60_000);
  const picture = ids.images.get('womens-final') ?? null;
  const articleIds: number[] = [];
  for (const live of demoLiveCoverage) {
    const sectionId = ids.sections.get(`${live.edition}:${live.sectionPath}`);
    if (sectionId === undefined) continue;
    const first = live.entries[0]?.minutesAgo ?? 0;
    const startedAt = at(first + 20);
    const articleId = await createArticle({ ...ctx, now: startedAt }, {
      editionCode: live.edition, sectionId, kicker: live.kicker, headline: live.headline, teaser: live.teaser,
      body: [{ type: 'paragraph', spans: [{ text: live.intro }] }], leadImageId: picture,
      leadImageCaption: live.leadImageCaption, leadImageAlt: live.leadImageAlt,
      // The reporters who write its entries sign it; the three editions' pages are one story in three languages.
      authorIds: [...new Set(live.entries.map((e) => e.initials))].flatMap((initials) => ids.authors.get(initials) ?? []),
      translationGroup: 'demo-live-continental-final',
      publishedAt: startedAt().toISOString(),
    }, SEED);
    await setLiveState({ ...ctx, now: startedAt }, articleId, 'open', SEED);
    const entryIds: number[] = [];
    for (const entry of live.entries) {
      const added = await addLiveEntry({ ...ctx, now: at(entry.minutesAgo) }, articleId, {
        body: entry.text.map((text) => ({ type: 'paragraph' as const, spans: [{ text }] })),
        imageId: entry.withPicture ? picture : null,
        initials: entry.initials,
      }, SEED);
      entryIds.push(added.id);
    }
    const pinned = entryIds[live.pinned];
    if (pinned !== undefined) await pinLiveEntry(ctx, articleId, pinned, SEED);
    await setLiveKeyPoints(ctx, articleId, live.keyPoints, SEED);
    articleIds.push(articleId);
  }
  return articleIds;
}
