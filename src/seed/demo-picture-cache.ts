/**
 * Rendering and resizing the demo's generated pictures takes seconds; the
 * result is deterministic, so it is cached in node_modules/.cache (the usual
 * home for build caches) and copied into each new data folder. Keys hash the
 * picture's definition and the generator's source, so a change re-renders.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivativeName, storePicture, type StoredPicture } from '../media/image-derivatives.js';
import { createLocalMediaStore, type MediaStore } from '../media/media-store.js';
import { renderDemoImage } from './demo-images.js';
import type { DemoImage } from './demo-types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = path.join(root, 'node_modules', '.cache', 'herald-demo-pictures');
// '.ts' when run from source (tsx), '.js' when run from the compiled build in dist/.
const ext = path.extname(fileURLToPath(import.meta.url));
const generatorHash = createHash('sha256')
  .update(fs.readFileSync(new URL(`./demo-images${ext}`, import.meta.url)))
  .update(fs.readFileSync(new URL(`../media/image-derivatives${ext}`, import.meta.url)))
  .digest('hex')
  .slice(0, 12);

const filesOf = (picture: StoredPicture) =>
  picture.derivativeWidths.map((w) => (w >= picture.width ? picture.fileName : derivativeName(picture.fileName, w)));

export async function storeDemoPicture(media: MediaStore, image: DemoImage): Promise<StoredPicture> {
  return storeCachedPicture(media, JSON.stringify(image), () => renderDemoImage(image, 1600, 900, 'jpeg'));
}

/**
 * Stores a generated picture (a demo image, a podcast's artwork, a video's
 * poster) with its derivatives, from the cache when the same definition was
 * rendered before. `definition` must change whenever the picture would.
 */
export async function storeCachedPicture(media: MediaStore, definition: string, render: () => Promise<Buffer>): Promise<StoredPicture> {
  const key = createHash('sha256').update(generatorHash).update(definition).digest('hex').slice(0, 24);
  const manifest = path.join(cacheDir, `${key}.json`);
  try {
    const picture = JSON.parse(fs.readFileSync(manifest, 'utf8')) as StoredPicture;
    for (const file of filesOf(picture)) await media.put(file, fs.readFileSync(path.join(cacheDir, file)));
    return picture;
  } catch {
    // Not cached yet (or the cache is unreadable): render, then try to fill the cache.
  }
  const picture = await storePicture(media, await render());
  try {
    const cache = createLocalMediaStore(cacheDir);
    for (const file of filesOf(picture)) await cache.put(file, fs.readFileSync(path.join(media.directory, file)));
    fs.writeFileSync(manifest, JSON.stringify(picture));
  } catch {
    // A read-only node_modules only costs speed.
  }
  return picture;
}
