/**
 * How large a picture Herald agrees to decode, checked from the file's header
 * before any pixel is decoded (a decompression-bomb guard), and how many
 * pictures are decoded at once.
 *
 * 40 megapixels covers every camera a newsroom uses (a 45 MP full-frame
 * sensor is 8192×5464 = 44.8 MP, which photo desks export downsized; agency
 * pictures arrive at 3,000–6,000 px). 12,000 px on a side refuses panoramas
 * and 1-pixel-high strips that pass a pixel count but blow up resizing.
 */
import os from 'node:os';
import type Sharp from 'sharp';
import { HeraldError } from '../domain/errors.js';
import { createSemaphore } from './decode-slots.js';

export interface ImageLimits {
  maxPixels: number;
  maxSide: number;
}

export const DEFAULT_MAX_IMAGE_PIXELS = 40_000_000;
export const MAX_IMAGE_SIDE = 12_000;
export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: DEFAULT_MAX_IMAGE_PIXELS, maxSide: MAX_IMAGE_SIDE };

/** Two decodes at once: a 40 MP picture is ~160 MB of pixels while decoded, so this bounds uploads to ~320 MB. */
export const MAX_CONCURRENT_DECODES = 2;
export const imageDecodes = createSemaphore(MAX_CONCURRENT_DECODES);

let loadedSharp: typeof Sharp | undefined;
let loadingSharp: Promise<typeof Sharp> | undefined;

/**
 * sharp (libvips), loaded with the first picture rather than with the server: a public page names pictures but
 * never decodes one, and loading the native library costs every start (docs/adr/0010-cold-start.md).
 */
export function loadSharp(): Promise<typeof Sharp> {
  return (loadingSharp ??= import('sharp').then(({ default: sharp }) => {
    // libvips threads per picture: share the cores between the decodes that may run together.
    sharp.concurrency(Math.max(1, Math.floor(os.availableParallelism() / MAX_CONCURRENT_DECODES)));
    // Uploads are all different pictures: libvips' operation cache would only hold their pixels longer.
    sharp.cache(false);
    return (loadedSharp = sharp);
  }));
}

/** sharp, for code that only runs after a `loadSharp()` resolved (on pixels it decoded). */
export function sharpLoaded(): typeof Sharp {
  if (!loadedSharp) throw new Error('sharp is used before loadSharp() resolved.');
  return loadedSharp;
}

export interface ImageHeader {
  /** Size after EXIF orientation is applied. */
  width: number;
  height: number;
}

/** Reads the header only (no pixel is decoded) and refuses pictures over the limits with HERALD_VALIDATION. */
export async function readImageHeader(bytes: Uint8Array, limits: ImageLimits): Promise<ImageHeader> {
  const sharp = await loadSharp();
  let meta: Sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: limits.maxPixels }).metadata();
  } catch (cause) {
    const tooLarge = cause instanceof Error && /pixel limit/i.test(cause.message);
    throw tooLarge
      ? tooLargeError(limits, cause)
      : new HeraldError('HERALD_VALIDATION', 'The image could not be read: it is damaged or truncated.', { cause });
  }
  const { width = 0, height = 0 } = meta;
  if (!width || !height) throw new HeraldError('HERALD_VALIDATION', 'The image could not be read: it has no dimensions.');
  if (width * height > limits.maxPixels || width > limits.maxSide || height > limits.maxSide) {
    throw tooLargeError(limits, undefined, `${width}×${height} px`);
  }
  return meta.autoOrient ?? { width, height };
}

function tooLargeError(limits: ImageLimits, cause?: unknown, size?: string): HeraldError {
  const mp = Math.round(limits.maxPixels / 100_000) / 10;
  return new HeraldError(
    'HERALD_VALIDATION',
    `The image is too large${size ? ` (${size})` : ''}: at most ${mp} megapixels and ${limits.maxSide.toLocaleString('en')} px on a side are accepted. Export it smaller and upload again.`,
    cause === undefined ? {} : { cause },
  );
}
