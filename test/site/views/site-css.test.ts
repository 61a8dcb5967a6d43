import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactCss, extraStylesheets, loadStylesheet } from '../../../src/site/assets/stylesheet.js';

const read = (file: string) => readFileSync(join(import.meta.dirname, '../../../src/site/assets', file), 'utf8');
const css = read('site.css');
const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
/** All three sheets: the direction rules hold for every one. */
const allWithoutComments = ['site.css', 'media.css', 'live.css'].map(read).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
const brotliSize = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength;

describe('site.css', () => {
  it('stays small as served: compressed, well inside the first round trip (~14 KB) with the HTML', () => {
    // Served brotli/gzip-compressed (src/http/encoded-asset.ts). Every page loads it, so the players' and live
    // coverage's rules live in media.css and live.css instead (issue 12: an article's HTML + CSS under 50 KB).
    const body = loadStylesheet().body;
    expect(brotliSize(body)).toBeLessThan(4 * 1024);
    expect(body.byteLength).toBeLessThan(15 * 1024);
    for (const sheet of Object.values(extraStylesheets())) expect(sheet.body.byteLength, sheet.href).toBeLessThan(4 * 1024);
  });

  it('keeps the rules of media pages and live coverage out of the sheet every page loads', () => {
    const base = loadStylesheet().body.toString();
    const { media, live } = extraStylesheets();
    for (const selector of ['.live-tv__player', '.schedule__item', '.episode-item', '.video-player__video', '.video__title'])
      expect(base).not.toContain(selector), expect(media.body.toString()).toContain(selector);
    for (const selector of ['.live-entry', '.live__notice']) expect(base).not.toContain(selector), expect(live.body.toString()).toContain(selector);
    // The header's media links are on every page.
    expect(base).toContain('.media-nav');
    expect(new Set([loadStylesheet().href, media.href, live.href]).size).toBe(3);
    for (const sheet of [loadStylesheet(), media, live]) expect(sheet.href).toMatch(/^\/assets\/(site|media|live)\.[0-9a-f]{12}\.css$/);
  });

  it('is served without comments or layout whitespace, and nothing else changes', () => {
    expect(compactCss('/* why */\n.a :focus {\n  color: red;\n}\n\n.b > .c, .d { margin-block: 0 1rem; font-family: a, b }')).toBe(
      '.a :focus{color:red}.b>.c,.d{margin-block:0 1rem;font-family:a,b}',
    );
    // Strings are left as written, spaces, colons, commas and all.
    expect(compactCss('a::after { content: " (" attr(href) ": a, b; }") "; }')).toBe('a::after{content:" (" attr(href) ": a, b; }") "}');
    expect(compactCss("q::before { content: '  ,  '; }")).toBe("q::before{content:'  ,  '}");
    expect(loadStylesheet().body.toString()).not.toContain('/*');
  });

  it('has a rule for every focal-point class the views can emit', () => {
    expect(withoutComments).toMatch(/img \{ object-position: var\(--focal-x, 50%\) var\(--focal-y, 50%\); \}/);
    for (const axis of ['x', 'y'])
      for (const step of [0, 25, 75, 100])
        expect(withoutComments).toContain(`.focal-${axis}-${step} { --focal-${axis}: ${step}%; }`);
  });

  it('uses logical properties only, so one stylesheet serves both directions', () => {
    const withoutComments = allWithoutComments;
    expect(withoutComments).not.toMatch(/(^|[\s;{])(left|right|top|bottom)\s*:/m);
    expect(withoutComments).not.toMatch(/(margin|padding|border)-(left|right|top|bottom)/);
    expect(withoutComments).not.toMatch(/text-align:\s*(left|right)/);
    expect(withoutComments).not.toMatch(/float:\s*(left|right)/);
    expect(withoutComments).not.toMatch(/(^|[\s;{])(max-|min-)?(width|height)\s*:/m);
  });

  it('has visible focus, skip links, a visually-hidden utility, reduced motion and print rules', () => {
    expect(withoutComments).toMatch(/:focus-visible\s*\{[^}]*outline:\s*3px solid/);
    expect(withoutComments).toMatch(/\.skip-link:focus\s*\{/);
    expect(withoutComments).toMatch(/\.visually-hidden/);
    expect(withoutComments).toMatch(/@media \(prefers-reduced-motion: reduce\)/);
    expect(withoutComments).toMatch(/@media print\s*\{[^}]*\.main-menu[^}]*display: none/);
  });

  it('has an Arabic-capable font fallback', () => {
    expect(css).toContain('"Noto Naskh Arabic"');
    expect(css).toContain('Tahoma');
  });
});
