/**
 * The whole demo newsroom in one sequence, shared by the server's first start,
 * the cluster primary and `herald seed`: articles and pictures, the site's
 * extras (footer, page-2 fill, live coverage, Live TV), podcasts and videos.
 */
import type { MediaStore } from '../media/media-store.js';
import type { OperationContext } from '../operations/context.js';
import { demoNewsroom } from './demo-content/index.js';
import { seedDemoNewsroom } from './seed-demo.js';
import { seedDemoPodcasts } from './seed-demo-podcasts.js';
import { seedDemoSite } from './seed-demo-site.js';
import { seedDemoVideos } from './seed-demo-videos.js';

export async function seedFullDemo(ctx: OperationContext, media: MediaStore): Promise<void> {
  await seedDemoSite(ctx, demoNewsroom, await seedDemoNewsroom(ctx, media, demoNewsroom));
  await seedDemoPodcasts(ctx, media); // a show with three episodes per edition
  await seedDemoVideos(ctx, media); // two test-pattern videos with captions per edition
}
