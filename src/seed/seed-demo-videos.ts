/**
 * Seeds two videos per demo edition through the operations an editor uses:
 * a poster drawn here (colour bars, no text) uploaded like any picture, the
 * committed test-pattern MP4 and its WebVTT captions streamed in like any
 * upload (sniffed, duration read from the file), then published.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { systemActor } from '../domain/identity.js';
import type { MediaStore } from '../media/media-store.js';
import type { OperationContext } from '../operations/context.js';
import { recordStoredImage } from '../operations/upload-image.js';
import { storeCachedPicture } from './demo-picture-cache.js';
import { createVideo, setVideoPublished, uploadVideoCaptions, uploadVideoFile } from '../operations/videos.js';
import { CAPTION_LABELS, demoVideos, type DemoVideo } from './demo-content/videos.js';

const SEED = systemActor('seed');
const VIDEO_DIRECTORY = fileURLToPath(new URL('./demo-media/video/', import.meta.url));
const BARS = ['#c0c0c0', '#c0c000', '#00c0c0', '#00c000', '#c000c0', '#c00000', '#0000c0'];

/** Seven vertical colour bars, in a different order per video. */
export function posterSvg(shift: number): string {
  const bars = BARS.map((_, i) => `<rect x="${i * 183}" y="0" width="184" height="720" fill="${BARS[(i + shift) % BARS.length]}"/>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="720" viewBox="0 0 1280 720">${bars}</svg>`;
}

export async function seedDemoVideos(ctx: OperationContext, media: MediaStore, videos: readonly DemoVideo[] = demoVideos): Promise<void> {
  const target = { directory: media.directory, maxBytes: 1024 * 1024 };
  for (const [index, demo] of [...videos].entries()) {
    const section = (await ctx.store.listSections(demo.edition)).find((s) => s.path === demo.sectionPath);
    if (!section) continue;
    const svg = posterSvg(index);
    // Rendered once per machine (src/seed/demo-picture-cache.ts): every fresh demo store would otherwise re-encode it.
    const stored = await storeCachedPicture(media, `${svg}|jpeg80`, () => sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer());
    const posterImageId = await recordStoredImage(ctx, stored, { alt: '', caption: demo.posterCaption, creditName: 'Herald', creditAgency: null, creditDistributor: null, focalX: 0.5, focalY: 0.5 }, SEED);
    const video = await createVideo(ctx, demo.edition, {
      title: demo.title, teaser: demo.teaser, sectionId: section.id, posterImageId, posterCaption: demo.posterCaption,
    }, SEED);
    await uploadVideoFile(ctx, target, video.id, { source: fs.createReadStream(VIDEO_DIRECTORY + demo.file), declaredName: demo.file }, SEED);
    for (const lang of ['en', 'de', 'ar']) {
      const file = `${demo.captions}-${lang}.vtt`;
      await uploadVideoCaptions(ctx, target, video.id, {
        source: fs.createReadStream(VIDEO_DIRECTORY + file), lang, label: CAPTION_LABELS[lang] ?? lang, declaredName: file,
      }, SEED);
    }
    await setVideoPublished(ctx, video.id, true, SEED, { publishAt: new Date(ctx.now().getTime() - demo.hoursAgo * 3_600_000).toISOString() });
  }
}
