/**
 * The site's stylesheets, read once and served under names that carry their
 * content hash, so browsers may cache them forever: `site.css` on every
 * page, and two that only some pages link after it (issue 12, page weight):
 * `media.css` for players and programme pages (live TV, audio, video, and
 * articles with a video player) and `live.css` for live coverage articles.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export interface HashedAsset {
  href: string;
  body: Buffer;
  contentType: string;
}

/** A string literal or anything else: reductions never reach inside strings (`content: " (" attr(href) ")"`). */
const STRING_OR_OTHER = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|[^"']+/g;

/**
 * Comments and layout whitespace are for people reading the .css files;
 * readers' browsers get them without. Only safe reductions: a space is never
 * removed where it could be a descendant combinator (`.a :focus`), and
 * strings are left as written.
 */
export function compactCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(STRING_OR_OTHER, (part, string: string | undefined) =>
      string !== undefined
        ? string
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            // After a colon only: before one, a space may be a descendant combinator.
            .replace(/:\s+/g, ':')
            .replace(/;}/g, '}'),
    )
    .trim();
}

function load(file: string, name: string): HashedAsset {
  const body = Buffer.from(compactCss(fs.readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')));
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { href: `/assets/${name}.${hash}.css`, body, contentType: 'text/css; charset=utf-8' };
}

/** The stylesheet of every page. */
export function loadStylesheet(): HashedAsset {
  return load('site.css', 'site');
}

export type ExtraStylesheet = 'media' | 'live';
let extras: Record<ExtraStylesheet, HashedAsset> | null = null;

/** The stylesheets only some pages link (after the base one), read on first use. */
export function extraStylesheets(): Record<ExtraStylesheet, HashedAsset> {
  extras ??= { media: load('media.css', 'media'), live: load('live.css', 'live') };
  return extras;
}
