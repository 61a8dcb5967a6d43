/**
 * The closing initials line (`nek (AFP)`) in a right-to-left edition: the
 * paragraph keeps the page's direction so it sits at the start side (right),
 * while the text inside is isolated so Latin initials keep their own order.
 */
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../src/site/views/article-page.js';
import { buildArticleModel } from './fixtures.js';
import { attr, innerOf, openingTags, textOf } from './html-helpers.js';

describe('byline direction', () => {
  for (const lang of ['ar', 'en'] as const) {
    it(`keeps the page direction on the byline paragraph and isolates its text (${lang})`, () => {
      const html = renderArticlePage(buildArticleModel(lang, { byline: 'nek (AFP)' }));
      const tag = openingTags(html, 'p').find((t) => attr(t, 'class') === 'byline') ?? '';
      expect(tag).not.toBe('');
      // A dir on the paragraph would align it by its own (Latin) text: left in an Arabic page.
      expect(attr(tag, 'dir')).toBeUndefined();
      const inner = innerOf(html, 'p', /class="byline"/) ?? '';
      expect(inner).toBe('<bdi>nek (AFP)</bdi>');
      expect(textOf(inner)).toBe('nek (AFP)');
    });
  }

  it('escapes the byline inside the isolate', () => {
    const html = renderArticlePage(buildArticleModel('ar', { byline: '<b>es</b>' }));
    expect(innerOf(html, 'p', /class="byline"/)).toBe('<bdi>&lt;b>es&lt;/b></bdi>');
  });
});
