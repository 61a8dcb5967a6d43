import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonForScriptElement, trustSanitizedHtml } from '../../../src/site/safe-html.js';
import { RawHtml } from '../../../src/site/views/raw-html.js';

const VIEWS_DIR = join(import.meta.dirname, '../../../src/site/views');

describe('SafeHtml', () => {
  it('is the only way raw markup reaches a page', () => {
    const html = RawHtml({ html: trustSanitizedHtml('<p>Sanitised <b>text</b></p>') }).html;
    expect(html).toBe('<div><p>Sanitised <b>text</b></p></div>');
  });

  it('serialises JSON-LD so it cannot close or open markup', () => {
    const json = jsonForScriptElement({ headline: '</script><script>alert(1)</script> & <!--', line: '\u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!--', line: '\u2028' });
  });

  it('is used by raw-html.tsx alone among the views', () => {
    const offenders = readdirSync(VIEWS_DIR)
      .filter((file) => file !== 'raw-html.tsx')
      .filter((file) => readFileSync(join(VIEWS_DIR, file), 'utf8').includes('dangerouslySetInnerHTML'));
    expect(offenders).toEqual([]);
  });

  it('has no second way in: only the JSX runtime (and chrome-parts.tsx, for its empty part) makes Html from a string', () => {
    const srcDir = join(import.meta.dirname, '../../../src');
    const offenders = (readdirSync(srcDir, { recursive: true }) as string[])
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) => !['site/html-jsx.ts', 'site/views/chrome-parts.tsx'].includes(file.split('\\').join('/')))
      .filter((file) => readFileSync(join(srcDir, file), 'utf8').includes('new Html('));
    expect(offenders).toEqual([]);
  });
});
