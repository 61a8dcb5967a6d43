/**
 * The live coverage script (live-updates.js), read once and served under a
 * content-hashed name like the stylesheet. The only script of the public
 * site: live pages allow `script-src 'self'` (LIVE_PAGE_CSP), every other
 * page keeps `script-src 'none'`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { HashedAsset } from './stylesheet.js';

let loaded: HashedAsset | null = null;
export function liveScript(): HashedAsset {
  if (loaded) return loaded;
  const body = fs.readFileSync(new URL('./live-updates.js', import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  loaded = { href: `/assets/live.${hash}.js`, body, contentType: 'text/javascript; charset=utf-8' };
  return loaded;
}

/** The site's policy with the page's own scripts allowed: sent with live coverage pages only. */
export const LIVE_PAGE_CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
