/**
 * `/media/{hash}-{width}.avif|webp` for a picture stored before the site
 * served modern formats: made from the stored JPEGs on the first request
 * (src/media/image-derivatives.ts ensureModernDerivative), then served by the
 * ordinary media route like any other file. A name that is not a derivative
 * the site links to stays a 404.
 */
import type { FastifyInstance } from 'fastify';
import { ensureModernDerivative } from '../media/image-derivatives.js';
import type { MediaStore } from '../media/media-store.js';

const MODERN_MEDIA_PATH = /^\/media\/([0-9a-f]{16}-\d{2,5}\.(?:avif|webp))$/;

export function registerModernImageFallback(app: FastifyInstance, media: MediaStore, onError: (error: unknown) => void): void {
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    const match = MODERN_MEDIA_PATH.exec(request.url);
    if (!match || (await media.exists(match[1] as string))) return;
    // A picture that cannot be made (damaged, gone) is the media route's 404, not a 500.
    await ensureModernDerivative(media, match[1] as string).catch(onError);
  });
}
