import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactCss, loadStylesheet } from '../../../src/site/assets/stylesheet.js';

const css = readFileSync(join(import.meta.dirname, '../../../src/site/assets/site.css'), 'utf8');
const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');

describe('site.css', () => {
  it('stays small as served: compressed, well inside the first round trip (~14 KB) with the HTML', () => {
    // Served brotli/gzip-compressed (src/http/encoded-asset.ts); the media pages' rules ship on every page, so watch both sizes.
    const body = loadStylesheet().body;
    expect(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength).toBeLessThan(6 * 1024);
    expect(body.byteLength).toBeLessThan(22 * 1024);
  });

  it('is served without comments or layout whitespace, and nothing else changes', () => {
    expect(compactCss('/* why */\n.a :focus {\n  color: red;\n}\n\n.b>.c { margin-block: 0 }')).toBe('.a :focus{color: red;}.b>.c{margin-block: 0}');
    expect(loadStylesheet().body.toString()).not.toContain('/*');
  });

  it('has a rule for every focal-point class the views can emit', () => {
    expect(withoutComments).toMatch(/img \{ object-position: var\(--focal-x, 50%\) var\(--focal-y, 50%\); \}/);
    for (const axis of ['x', 'y'])
      for (const step of [0, 25, 75, 100])
        expect(withoutComments).toContain(`.focal-${axis}-${step} { --focal-${axis}: ${step}%; }`);
  });

  it('uses logical properties only, so one stylesheet serves both directions', () => {
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
