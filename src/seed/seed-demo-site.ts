/**
 * What the demo newsroom's public site needs beyond its articles: footer links
 * per edition and enough stories for every section page to have a page 2.
 * Runs right after seedDemoNewsroom, with the ids it returned.
 */
import { systemActor } from '../domain/identity.js';
import type { OperationContext } from '../operations/context.js';
import { setFooterLinks } from '../operations/edition-footer.js';
import { demoFooterLinks } from './demo-content/footer-links.js';
import type { DemoNewsroom } from './demo-types.js';
import type { SeedIds } from './seed-demo.js';
import { seedSectionFill } from './seed-section-fill.js';
import { seedLiveCoverage } from './seed-live-coverage.js';
import { seedDemoLiveTv } from './seed-demo-live-tv.js';

export async function seedDemoSite(ctx: OperationContext, newsroom: DemoNewsroom, ids: SeedIds): Promise<void> {
  for (const edition of newsroom.editions) {
    const links = demoFooterLinks[edition.code];
    if (links) await setFooterLinks(ctx, edition.code, links, systemActor('seed'));
  }
  await seedSectionFill(ctx, newsroom, ids);
  await seedLiveCoverage(ctx, ids); // one live coverage page per edition
  await seedDemoLiveTv(ctx, newsroom.editions); // a live stream and three days of programmes per edition
}
