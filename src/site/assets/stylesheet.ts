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

/**
 * Comments and layout whitespace are for people reading site.css; readers'
 * browsers get it without them. Only safe reductions: a space is never
 * removed where it could be a descendant combinator (`.a :focus`).
 */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
}

export function loadStylesheet(): HashedAsset {
  const body = Buffer.from(compactCss(fs.readFileSync(new URL('./site.css', import.meta.url), 'utf8')));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { href: `/assets/site.${hash}.css`, body, contentType: 'text/css; charset=utf-8' };
}
