/**
 * The site stylesheet, read once at start-up and served under a name that
 * carries its content hash, so browsers may cache it forever.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface HashedAsset {
  href: string;
  body: Buffer;
  contentType: string;
}

export function loadStylesheet(): HashedAsset {
  const body = fs.readFileSync(new URL('./site.css', import.meta.url));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { href: `/assets/site.${hash}.css`, body, contentType: 'text/css; charset=utf-8' };
}
