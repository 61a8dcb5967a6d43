/** Images seen by this editor session, for thumbnails in the body and the lead image field. */
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { api } from '../api/endpoints.js';
import { createIdCache } from '../lib/id-cache.js';

export const imageCache = createIdCache<AdminImage>((id) => api.image(id));

export function rememberImages(images: readonly AdminImage[]): void {
  for (const image of images) imageCache.remember(image.id, image);
}
