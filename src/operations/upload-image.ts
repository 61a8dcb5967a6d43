/**
 * Stores an uploaded picture: the type is sniffed from its bytes (JPEG, PNG or
 * WebP only), it must decode, and derivatives are made before the row is
 * written, so a failed upload leaves no half-stored image behind.
 */
import sharp from 'sharp';
import { HeraldError } from '../domain/errors.js';
import { storePicture } from '../media/image-derivatives.js';
import type { MediaStore } from '../media/media-store.js';
import { sniffImageType } from '../media/sniff-image-type.js';
import type { OperationContext } from './context.js';
import type { NewImage } from './ports.js';

/** Larger images than this are refused before decoding (a decompression-bomb guard). */
const MAX_PIXELS = 60_000_000;

export type ImageMetadata = Pick<NewImage, 'alt' | 'caption' | 'creditName' | 'creditAgency' | 'creditDistributor' | 'focalX' | 'focalY'>;

export async function uploadImage(
  ctx: OperationContext,
  media: MediaStore,
  input: { bytes: Uint8Array; declaredType: string; metadata: ImageMetadata },
): Promise<number> {
  const sniffed = sniffImageType(input.bytes);
  if (!sniffed) throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', 'This file is not a JPEG, PNG or WebP image.');
  if (sniffed !== input.declaredType.split(';')[0]?.trim().toLowerCase())
    throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', `The file is a ${sniffed} image but was sent as ${input.declaredType}.`);
  try {
    const meta = await sharp(input.bytes, { limitInputPixels: MAX_PIXELS }).metadata();
    if (!meta.width || !meta.height) throw new Error('no dimensions');
  } catch (cause) {
    throw new HeraldError('HERALD_VALIDATION', 'The image could not be read: it is damaged, truncated or too large in pixels.', { cause });
  }
  const stored = await storePicture(media, input.bytes);
  return ctx.store.transaction((tx) => tx.insertImage({ ...stored, ...input.metadata, createdAt: ctx.now().toISOString() }));
}
