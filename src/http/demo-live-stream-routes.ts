/**
 * The demo's live stream, served from the package (src/seed/demo-media/live/,
 * copied to dist/ by the build) so the demo plays offline: an HLS playlist,
 * its fMP4 init segment and three 4-second segments. Only those names are
 * served; never from the request path.
 */
import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';

const DIRECTORY = new URL('../seed/demo-media/live/', import.meta.url);
export const HLS_PLAYLIST_TYPE = 'application/vnd.apple.mpegurl';

const FILES: Record<string, string> = {
  'stream.m3u8': HLS_PLAYLIST_TYPE,
  'init.mp4': 'video/mp4',
  'segment0.m4s': 'video/iso.segment',
  'segment1.m4s': 'video/iso.segment',
  'segment2.m4s': 'video/iso.segment',
};

export function registerDemoLiveStreamRoutes(app: FastifyInstance): void {
  app.get('/live-demo/:file', async (request, reply) => {
    const file = (request.params as { file: string }).file;
    const type = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
    if (!type) return reply.callNotFound();
    const body = await fs.readFile(new URL(file, DIRECTORY));
    // Not content-hashed: an hour, so a replaced demo stream shows up the same day.
    return reply.type(type).header('cache-control', 'public, max-age=3600').header('access-control-allow-origin', '*').send(body);
  });
}
