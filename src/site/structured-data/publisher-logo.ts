/**
 * The publisher's logo for structured data and link previews. Search engines
 * want a raster image, so the original SVG (src/site/assets/publisher-logo.svg)
 * is rendered to PNG once (on its first request) and served, like the stylesheet, under a
 * content-hashed name that may be cached forever. The name hashes the SVG
 * source, so it is known when modules load and pages can name it without
 * waiting for the rendering.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { loadSharp } from '../../media/image-limits.js';

const SOURCE = fs.readFileSync(new URL('../assets/publisher-logo.svg', import.meta.url));
const SIZE = 256;

export const PUBLISHER_LOGO = {
  href: `/assets/logo.${createHash('sha256').update(SOURCE).digest('hex').slice(0, 12)}.png`,
  width: SIZE,
  height: SIZE,
  contentType: 'image/png',
} as const;

/** The logo as PNG bytes. */
export async function renderPublisherLogo(): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(SOURCE).resize(SIZE, SIZE).png({ compressionLevel: 9 }).toBuffer();
}
