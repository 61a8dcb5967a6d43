import { describe, expect, it } from 'vitest';
import { renderListingPage } from '../../../src/site/views/listing-page.js';
import { buildListingModel } from './fixtures.js';
import { attr, innerOf, openingTags, textOf } from './html-helpers.js';

describe('renderListingPage', () => {
  const model = buildListingModel('en');
  const html = renderListingPage(model);

  it('has one h1 with the heading and the description', () => {
    expect(openingTags(html, 'h1')).toHaveLength(1);
    expect(textOf(innerOf(html, 'h1') ?? '')).toBe('World');
    expect(html).toContain(`<p class="listing__description">${model.description}</p>`);
  });

  it('links the subsections', () => {
    const nav = innerOf(html, 'nav', /class="subsections"/) ?? '';
    expect(openingTags(nav, 'a').map((tag) => attr(tag, 'href'))).toEqual(['/en/world/s0', '/en/world/s1', '/en/world/s2']);
  });

  it('renders each teaser as an <article> with an h2 link under the page h1', () => {
    expect(openingTags(html, 'article')).toHaveLength(4);
    expect(html).toMatch(/<h2 class="teaser-card__headline"><a href="\/en\/story-21\/a-21">/);
  });

  it('paginates with rel links and "Page X of Y"', () => {
    const nav = innerOf(html, 'nav', /aria-label="Pagination"/) ?? '';
    expect(nav).toMatch(/<a [^>]*href="\/en\/world" rel="prev">Previous page<\/a>/);
    expect(nav).toMatch(/<a [^>]*href="\/en\/world\?page=3" rel="next">Next page<\/a>/);
    expect(nav).toContain('Page 2 of 5');
  });

  it('omits links that do not exist and the whole nav for a single page', () => {
    const first = renderListingPage(buildListingModel('en', { pagination: { page: 1, pages: 5, previousHref: null, nextHref: '/en/world?page=2' } }));
    expect(first).not.toContain('rel="prev"');
    expect(first).toContain('rel="next"');
    const single = renderListingPage(buildListingModel('en', { pagination: { page: 1, pages: 1, previousHref: null, nextHref: null } }));
    expect(single).not.toContain('aria-label="Pagination"');
  });

  it('labels topic pages and says when there are no articles', () => {
    const topic = renderListingPage(buildListingModel('en', { kind: 'topic', heading: 'Elections', children: [], teasers: [] }));
    expect(topic).toContain('<p class="kicker">Topic</p>');
    expect(topic).toContain('There are no articles here yet.');
    expect(topic).not.toContain('class="subsections"');
  });

  it('writes page numbers in the edition numbering system', () => {
    const arabic = renderListingPage(buildListingModel('ar'));
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toContain('الصفحة ٢ من ٥');
    expect(arabic).toMatch(/aria-label="التنقل بين الصفحات"/);
  });
});
