/**
 * Stores an uploaded picture: the type is sniffed from its bytes (JPEG, PNG or
 * WebP only), its header must be within the pixel limits (422 otherwise, before
 * any pixel is decoded), it must decode, and derivatives are made before the
 * row is written, so a failed upload leaves no half-stored image behind.
 */
import { HeraldError } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import { storePicture, type StoredPicture } from '../media/image-derivatives.js';
import { readImageHeader } from '../media/image-limits.js';
import type { MediaStore } from '../media/media-store.js';
import { sniffImageType } from '../media/sniff-image-type.js';
import { assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';

import type { ImageMetadata } from '../domain/taxonomy.js';

export type { ImageMetadata } from '../domain/taxonomy.js';

export async function uploadImage(
  ctx: OperationContext,
  media: MediaStore,
  input: { bytes: Uint8Array; declaredType: string; metadata: ImageMetadata; actor: Actor },
): Promise<number> {
  assertRole(input.actor, 'reporter');
  // Checked before any file is written, so a refused upload leaves nothing behind in the media store.
  const withNul = Object.entries(input.metadata).find(([, v]) => typeof v === 'string' && v.includes('\u0000'));
  if (withNul) throw new HeraldError('HERALD_VALIDATION', `${withNul[0]} must not contain the NUL character.`, { details: { field: withNul[0] } });
  const sniffed = sniffImageType(input.bytes);
  if (!sniffed) throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', 'This file is not a JPEG, PNG or WebP image.');
  if (sniffed !== input.declaredType.split(';')[0]?.trim().toLowerCase())
    throw new HeraldError('HERALD_UNSUPPORTED_MEDIA', `The file is a ${sniffed} image but was sent as ${input.declaredType}.`);
  // The header alone is read here (limits from HERALD_MAX_IMAGE_PIXELS); storePicture then decodes once, in a decode slot.
  const header = await readImageHeader(input.bytes, media.imageLimits);
  const stored = await storePicture(media, input.bytes, header);
  return recordStoredImage(ctx, stored, input.metadata, input.actor);
}

/** Records a picture whose files (original and derivatives) are already in the media store, e.g. the demo's generated ones. */
export async function recordStoredImage(ctx: OperationContext, stored: StoredPicture, metadata: ImageMetadata, actor: Actor): Promise<number> {
  assertRole(actor, 'reporter');
  const at = ctx.now().toISOString();
  return ctx.store.transaction(async (tx) => {
    const id = await tx.insertImage({ ...stored, ...metadata, createdAt: at });
    await tx.insertAudit({ at, userId: actor.userId, action: 'image_uploaded', articleId: null, details: `added image ${id} (${stored.width}×${stored.height})` });
    return id;
  });
}
