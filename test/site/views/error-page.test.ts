import { describe, expect, it } from 'vitest';
import { renderErrorPage } from '../../../src/site/views/error-page.js';
import { buildErrorModel } from './fixtures.js';
import { attr, focusableTags, innerOf, openingTags, textOf } from './html-helpers.js';

describe('renderErrorPage', () => {
  const cases = [
    { status: 404, title: 'Page not found', text: 'Sorry, we could not find the page' },
    { status: 400, title: 'Invalid request', text: 'The address of this page is not valid.' },
    { status: 500, title: 'Something went wrong', text: 'a technical problem prevented this page from loading' },
  ] as const;

  for (const { status, title, text } of cases) {
    it(`renders ${status} with chrome, one h1, help text, the search hint and a link home`, () => {
      const html = renderErrorPage(buildErrorModel(status));
      expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
      expect(openingTags(html, 'h1')).toHaveLength(1);
      expect(textOf(innerOf(html, 'h1') ?? '')).toBe(title);
      expect(html).toContain(text);
      expect(html).toContain('Use the main menu or the topics in focus to find what you are looking for.');
      expect(html).toMatch(/<a class="button" href="\/en\/">Back to the home page<\/a>/);
      expect(html).toContain('<meta name="robots" content="noindex"');
      expect(html).not.toContain('rel="canonical"');
      expect(html).toMatch(/<nav id="main-menu"/);
      expect(html).toMatch(/<footer class="site-footer">/);
      expect(focusableTags(html).slice(0, 3).map((tag) => attr(tag, 'href'))).toEqual([
        '#main-content',
        '#main-menu',
        '#language-menu',
      ]);
    });
  }

  it('uses the edition language for the message', () => {
    const html = renderErrorPage(buildErrorModel(404, 'de'));
    expect(html).toMatch(/<html lang="de" dir="ltr">/);
    expect(textOf(innerOf(html, 'h1') ?? '')).toBe('Seite nicht gefunden');
    const arabic = renderErrorPage(buildErrorModel(500, 'ar'));
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(textOf(innerOf(arabic, 'h1') ?? '')).toBe('حدث خطأ ما');
  });

  it('shows nothing from the request or the server', () => {
    const html = renderErrorPage(buildErrorModel(404));
    const main = textOf(innerOf(html, 'main') ?? '');
    expect(main).not.toMatch(/stack|Error:|at .*\(|\/src\/|node_modules|undefined|null/i);
  });
});
