/**
 * Responsive images: AVIF and WebP sources before the JPEG fallback, widths
 * capped at what the widest slot needs at 2x, `sizes` that follow the CSS
 * slot widths (a lone card spans the page), and the page's largest picture
 * (top story, article lead) fetched eagerly with high priority.
 */
import { describe, expect, it } from 'vitest';
import type { StoredImage } from '../../../src/domain/taxonomy.js';
import { gridCardSizes, LEAD_IMAGE_SIZES, TEASER_IMAGE_SIZES, TOP_STORY_IMAGE_SIZES, toImageModel } from '../../../src/site/models/image-model.js';
import { renderArticlePage } from '../../../src/site/views/article-page.js';
import { renderHomePage } from '../../../src/site/views/home-page.js';
import { buildArticleModel, buildHomeModel, buildTeaser } from './fixtures.js';
import { attr, openingTags } from './html-helpers.js';

const stored = (width: number, derivativeWidths: number[]): StoredImage => ({
  id: 1, fileName: '0123456789abcdef.jpg', mimeType: 'image/jpeg', width, height: Math.round((width * 9) / 16), derivativeWidths,
  alt: 'A quay at dawn', caption: 'The quay', creditName: 'Jane Roe', creditAgency: 'AFP', creditDistributor: '', focalX: 0.5, focalY: 0.5,
} as StoredImage);

describe('image model', () => {
  it('offers AVIF and WebP at every width, the JPEG fallback from the stored derivatives', () => {
    const model = toImageModel(stored(1600, [320, 480, 640, 960, 1280, 1600]), LEAD_IMAGE_SIZES);
    expect(model.srcset).toBe(
      '/media/0123456789abcdef-320.jpg 320w, /media/0123456789abcdef-480.jpg 480w, /media/0123456789abcdef-640.jpg 640w, ' +
        '/media/0123456789abcdef-960.jpg 960w, /media/0123456789abcdef-1280.jpg 1280w, /media/0123456789abcdef.jpg 1600w',
    );
    expect(model.sources?.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
    expect(model.sources?.[0]?.srcset).toBe(
      '/media/0123456789abcdef-320.avif 320w, /media/0123456789abcdef-480.avif 480w, /media/0123456789abcdef-640.avif 640w, ' +
        '/media/0123456789abcdef-960.avif 960w, /media/0123456789abcdef-1280.avif 1280w, /media/0123456789abcdef-1600.avif 1600w',
    );
  });

  it('caps the widths at 2,240 px: a larger original is never offered', () => {
    const model = toImageModel(stored(4000, [320, 480, 640, 960, 1280, 1600, 2240, 4000]), LEAD_IMAGE_SIZES);
    expect(model.srcset).toContain('-2240.jpg 2240w');
    expect(model.srcset).not.toContain('4000w');
    for (const source of model.sources ?? []) expect(source.srcset).not.toContain('4000');
  });

  it('sizes cards by how many share the row, as the auto-fit grid does', () => {
    expect(gridCardSizes(1)).toBe('(min-width: 72rem) 70rem, calc(100vw - 2rem)');
    expect(gridCardSizes(2)).toBe('(min-width: 72rem) 34.25rem, (min-width: 35.5rem) calc((100vw - 3.5rem) / 2), calc(100vw - 2rem)');
    expect(gridCardSizes(4)).toBe(
      '(min-width: 72rem) 16.38rem, (min-width: 70.5rem) calc((100vw - 6.5rem) / 4), (min-width: 53rem) calc((100vw - 5rem) / 3), ' +
        '(min-width: 35.5rem) calc((100vw - 3.5rem) / 2), calc(100vw - 2rem)',
    );
    expect(gridCardSizes(9)).toBe(gridCardSizes(4)); // at most four 16rem columns fit in 70rem
    expect(TEASER_IMAGE_SIZES).toBe(gridCardSizes(4));
    // In the article column (40rem) at most two fit.
    expect(gridCardSizes(3, 'article')).toBe('(min-width: 42rem) 19.25rem, (min-width: 35.5rem) calc((100vw - 3.5rem) / 2), calc(100vw - 2rem)');
    expect(LEAD_IMAGE_SIZES).toBe('(min-width: 42rem) 40rem, calc(100vw - 2rem)');
  });
});

describe('responsive image markup', () => {
  const image = toImageModel(stored(1600, [320, 640, 960, 1600]), LEAD_IMAGE_SIZES);
  const teaser = (id: number) => buildTeaser('en', id, { image });
  const html = renderHomePage(buildHomeModel('en', {
    topStory: teaser(1),
    latest: [],
    sections: [
      { section: { label: 'World', href: '/en/world/' }, teasers: [teaser(11)] },
      { section: { label: 'Business', href: '/en/business/' }, teasers: [teaser(21), teaser(22)] },
    ],
  }));
  const pictures = [...html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map((m) => m[1] ?? '');

  it('renders a picture with AVIF, then WebP, then the JPEG img', () => {
    expect(pictures).toHaveLength(4);
    for (const picture of pictures) {
      const sources = openingTags(picture, 'source');
      expect(sources.map((s) => attr(s, 'type'))).toEqual(['image/avif', 'image/webp']);
      expect(attr(sources[0] ?? '', 'srcset')).toContain('-640.avif 640w');
      const img = openingTags(picture, 'img')[0] ?? '';
      expect(attr(img, 'src')).toBe('/media/0123456789abcdef-960.jpg');
      // Every source states the same sizes as the img (a source without sizes would mean 100vw).
      for (const source of sources) expect(attr(source, 'sizes')).toBe(attr(img, 'sizes'));
    }
  });

  it('loads the top story eagerly with high priority and sizes each slot', () => {
    const imgs = pictures.map((p) => openingTags(p, 'img')[0] ?? '');
    const [top, lone, ...pair] = imgs;
    expect(attr(top!, 'loading')).toBe('eager');
    expect(attr(top!, 'fetchpriority')).toBe('high');
    expect(attr(top!, 'sizes')).toBe(TOP_STORY_IMAGE_SIZES);
    expect(attr(lone!, 'sizes')).toBe(gridCardSizes(1));
    for (const img of pair) expect(attr(img, 'sizes')).toBe(gridCardSizes(2));
    for (const img of [lone!, ...pair]) {
      expect(attr(img, 'loading')).toBe('lazy');
      expect(attr(img, 'fetchpriority')).toBeUndefined();
    }
  });

  it('loads the article lead eagerly with high priority, body pictures lazily', () => {
    const page = renderArticlePage(buildArticleModel('en', { leadImage: image }));
    const imgs = openingTags(page, 'img');
    expect(attr(imgs[0]!, 'loading')).toBe('eager');
    expect(attr(imgs[0]!, 'fetchpriority')).toBe('high');
    expect(attr(imgs[0]!, 'sizes')).toBe(LEAD_IMAGE_SIZES);
    for (const img of imgs.slice(1)) expect(attr(img, 'fetchpriority')).toBeUndefined();
  });
});
