import { describe, expect, it } from 'vitest';
import { renderHomePage } from '../../../src/site/views/home-page.js';
import { buildHomeModel, buildTeaser } from './fixtures.js';
import { attr, focusableTags, innerOf, openingTags, textOf } from './html-helpers.js';

describe('renderHomePage', () => {
  const model = buildHomeModel('en');
  const html = renderHomePage(model);

  it('is a complete document with one h1 and the skip links first', () => {
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(openingTags(html, 'h1')).toHaveLength(1);
    expect(textOf(innerOf(html, 'h1') ?? '')).toBe('Herald');
    expect(focusableTags(html).slice(0, 3).map((tag) => attr(tag, 'href'))).toEqual([
      '#main-content',
      '#main-menu',
      '#language-menu',
    ]);
  });

  it('uses the site title alone as <title> when the page has none', () => {
    expect(textOf(innerOf(html, 'title') ?? '')).toBe('Herald');
  });

  it('marks Home as the current menu item', () => {
    expect(html).toContain('<a href="/en/" aria-current="page">Home</a>');
  });

  it('shows the top story as a large teaser article with a heading link', () => {
    const top = innerOf(html, 'section', /class="top-story"/) ?? '';
    expect(top).toContain('>Top story</h2>');
    expect(top).toMatch(/<article class="teaser-card teaser-card--large">/);
    expect(top).toMatch(/<h3 class="teaser-card__headline"><a href="\/en\/story-1\/a-1">Harbour towns test floating flood barriers<\/a><\/h3>/);
  });

  it('lists the latest articles, each an <article> with a linked heading and time', () => {
    const latest = innerOf(html, 'section', /class="latest"/) ?? '';
    expect(latest).toContain('>Latest news</h2>');
    expect(openingTags(latest, 'article')).toHaveLength(model.latest.length);
    expect(openingTags(latest, 'h3')).toHaveLength(model.latest.length);
    expect(latest).toContain('<time datetime="2025-03-12T09:30:00.000Z">12 March 2025</time>');
  });

  it('renders a block per section with a heading linking to the section', () => {
    const blocks = html.match(/<section class="section-block"[\s\S]*?<\/section>/g) ?? [];
    expect(blocks).toHaveLength(3);
    expect(blocks[0]).toMatch(/<h2 class="block-heading" id="section-block-0"><a href="\/en\/section-0">World<\/a><\/h2>/);
    expect(blocks[0]).toContain('>All articles in World</a>');
    expect(openingTags(blocks[0] ?? '', 'article')).toHaveLength(3);
    expect(openingTags(blocks[0] ?? '', 'img').every((tag) => attr(tag, 'loading') === 'lazy')).toBe(true);
  });

  it('leaves out empty sections and says so when there is nothing at all', () => {
    const empty = renderHomePage(buildHomeModel('en', { topStory: null, latest: [], sections: [{ section: { label: 'World', href: '/en/world' }, teasers: [] }] }));
    expect(empty).toContain('There are no articles here yet.');
    expect(empty).not.toContain('section-block');
    expect(openingTags(empty, 'h1')).toHaveLength(1);
  });

  it('escapes teaser text', () => {
    const page = renderHomePage(buildHomeModel('en', { topStory: buildTeaser('en', 1, { headline: '<script>x</script>' }) }));
    expect(page).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
    expect(page).toContain('&lt;script>x&lt;/script>');
  });

  it('renders the Arabic home right-to-left', () => {
    const arabic = renderHomePage(buildHomeModel('ar'));
    expect(arabic).toMatch(/^<!doctype html><html lang="ar" dir="rtl">/);
    expect(arabic).toContain('>آخر الأخبار</h2>');
    expect(arabic).toContain('جميع المقالات في قسم العالم');
  });
});
