/**
 * Seeds a podcast show per demo edition with its episodes, through the same
 * operations an editor uses: square artwork drawn here (sound waves, no text,
 * so no font is needed) and uploaded like any picture; the committed demo
 * MP3s streamed in like any upload (sniffed, duration read from the file).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { systemActor } from '../domain/identity.js';
import type { MediaStore } from '../media/media-store.js';
import type { OperationContext } from '../operations/context.js';
import { createEpisode, createShow, setEpisodePublished, uploadEpisodeAudio } from '../operations/podcasts.js';
import { recordStoredImage } from '../operations/upload-image.js';
import { storeCachedPicture } from './demo-picture-cache.js';
import { demoShows, type DemoShow } from './demo-content/podcasts.js';

const SEED = systemActor('seed');
const ARTWORK_SIZE = 1400;
const AUDIO_DIRECTORY = fileURLToPath(new URL('./demo-media/audio/', import.meta.url));

/** Concentric sound waves on a plain ground: recognisably "audio" in a podcast app's grid. */
export function showArtworkSvg(palette: DemoShow['palette'], seed: number): string {
  const [ground, wave] = palette;
  const bars = Array.from({ length: 15 }, (_, i) => {
    const height = 160 + Math.round(Math.abs(Math.sin((i + 1) * (seed + 1.7))) * 640);
    const x = 180 + i * 72;
    return `<rect x="${x}" y="${700 - height / 2}" width="40" height="${height}" rx="20" fill="${wave}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ARTWORK_SIZE}" height="${ARTWORK_SIZE}" viewBox="0 0 1400 1400"><rect width="1400" height="1400" fill="${ground}"/>${bars}</svg>`;
}

export async function seedDemoPodcasts(ctx: OperationContext, media: MediaStore, shows: readonly DemoShow[] = demoShows): Promise<void> {
  const editions = new Set((await ctx.store.listEditions()).map((e) => e.code));
  for (const [index, demo] of shows.entries()) {
    if (!editions.has(demo.edition)) continue;
    const { edition, palette, episodes, ...input } = demo;
    const svg = showArtworkSvg(palette, index);
    // Rendered once per machine (src/seed/demo-picture-cache.ts): every fresh demo store would otherwise re-encode it.
    const stored = await storeCachedPicture(media, `${svg}|jpeg82`, () => sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer());
    const artworkImageId = await recordStoredImage(ctx, stored, { alt: '', caption: '', creditName: 'Herald', creditAgency: null, creditDistributor: null, focalX: 0.5, focalY: 0.5 }, SEED);
    const show = await createShow(ctx, edition, { ...input, artworkImageId }, SEED);
    for (const demoEpisode of [...episodes].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
      const episode = await createEpisode(ctx, show.id, { title: demoEpisode.title, description: demoEpisode.description, transcript: demoEpisode.transcript }, SEED);
      await uploadEpisodeAudio(ctx, { directory: media.directory, maxBytes: 1024 * 1024 }, episode.id, {
        source: fs.createReadStream(`${AUDIO_DIRECTORY}${demoEpisode.audioFile}`), declaredName: demoEpisode.audioFile,
      }, SEED);
      const publishedAt = new Date(ctx.now().getTime() - demoEpisode.hoursAgo * 3_600_000).toISOString();
      await setEpisodePublished(ctx, episode.id, true, SEED, { publishedAt });
    }
  }
}
