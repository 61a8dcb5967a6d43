/**
 * Focal points reach the page as classes, never as `style` attributes: the
 * site's own CSP (`style-src 'self'`) blocks inline styles, so an inline
 * `object-position` never applied.
 */
import { describe, expect, it } from 'vitest';
import { focalClass, toImageModel, type StoredImage } from '../../src/site/models/image-model.js';
import { renderArticlePage } from '../../src/site/views/article-page.js';
import { renderHomePage } from '../../src/site/views/home-page.js';
import { renderListingPage } from '../../src/site/views/listing-page.js';
import { buildArticleModel, buildHomeModel, buildImage, buildListingModel, buildTeaser } from './views/fixtures.js';

describe('focalClass', () => {
  it.each([
    [0.5, 0.5, ''],
    [0, 0, 'focal-x-0 focal-y-0'],
    [1, 1, 'focal-x-100 focal-y-100'],
    [0.2, 0.9, 'focal-x-25 focal-y-100'],
    [0.4, 0.3, 'focal-y-25'],
    [0.62, 0.5, ''],
    [0.63, 0.12, 'focal-x-75 focal-y-0'],
    [-3, 7, 'focal-x-0 focal-y-100'],
    [Number.NaN, 0.75, 'focal-y-75'],
  ])('snaps (%f, %f) to "%s"', (x, y, expected) => {
    expect(focalClass(x, y)).toBe(expected);
  });

  it('comes with the image model built from a stored image', () => {
    const stored = {
      id: 1, fileName: 'a.webp', mimeType: 'image/webp', width: 1600, height: 900, alt: 'A', caption: 'C',
      creditName: null, creditAgency: null, creditDistributor: null, focalX: 0.8, focalY: 0.1, createdAt: '2024-01-01T00:00:00Z',
      derivativeWidths: [480, 960],
    } as unknown as StoredImage;
    expect(toImageModel(stored, '100vw').focalClass).toBe('focal-x-75 focal-y-0');
  });
});

describe('no inline styles on any page', () => {
  for (const lang of ['en', 'ar'] as const) {
    const teaser = buildTeaser(lang, 7, { image: buildImage(lang, { focalClass: 'focal-x-75 focal-y-0' }) });
    const pages: Record<string, string> = {
      article: renderArticlePage(buildArticleModel(lang, { leadImage: buildImage(lang, { focalClass: 'focal-x-75 focal-y-0' }) })),
      home: renderHomePage(buildHomeModel(lang, { topStory: teaser, latest: [teaser] })),
      listing: renderListingPage(buildListingModel(lang, { teasers: [teaser] })),
    };
    for (const [name, html] of Object.entries(pages)) {
      it(`${lang} ${name} page has no style attribute and puts the focal classes on its image`, () => {
        expect(html).not.toMatch(/\sstyle=/i);
        expect(html).toMatch(/<img class="[^"]*\bfocal-x-75 focal-y-0"/);
      });
    }
  }
});
