/**
 * The scripts of pages with a video player, served under content-hashed
 * names like the stylesheet: `video-player.js` (small; plays HLS natively
 * where the browser can, and only otherwise loads hls.js) and hls.js itself,
 * read from node_modules once. Only pages with a player name them and send
 * VIDEO_PAGE_CSP; every other page keeps `script-src 'none'`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { HashedAsset } from './stylesheet.js';

const hashed = (name: string, body: Buffer): HashedAsset => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { href: `/assets/${name}.${hash}.js`, body, contentType: 'text/javascript; charset=utf-8' };
};

let player: HashedAsset | null = null;
let hls: HashedAsset | null = null;

export function videoPlayerScript(): HashedAsset {
  player ??= hashed('video-player', fs.readFileSync(new URL('./video-player.js', import.meta.url)));
  return player;
}

/** The "light" build: plain HLS playback without alternate audio, subtitles-in-playlist or DRM, a third smaller. */
export function hlsLibrary(): HashedAsset {
  if (hls) return hls;
  const require = createRequire(import.meta.url);
  const main = require.resolve('hls.js');
  hls = hashed('hls', fs.readFileSync(path.join(path.dirname(main), 'hls.light.min.js')));
  return hls;
}

/**
 * The site's policy with the page's own scripts allowed. hls.js fetches
 * playlists and segments (connect-src) from wherever the editor's HLS address
 * points (https only) and plays them through MediaSource (blob: media).
 */
export const VIDEO_PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self' https:; media-src 'self' https: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
