import { describe, expect, it } from 'vitest';
import { isValidSlug, SLUG_MAX_LENGTH, slugify } from '../../src/domain/slug.js';

describe('slugify', () => {
  it('lower-cases and hyphenates Latin headlines', () => {
    expect(slugify('Storm Hits the Coast: 3 Towns Evacuated')).toBe('storm-hits-the-coast-3-towns-evacuated');
  });
  it('transliterates German umlauts and folds accents', () => {
    expect(slugify('Größte Bühne für Café-Kultur')).toBe('groesste-buehne-fuer-cafe-kultur');
  });
  it('keeps Arabic letters', () => {
    const slug = slugify('الأمطار تعود إلى المدينة');
    expect(slug).toBe('الامطار-تعود-الى-المدينة');
    expect(isValidSlug(slug)).toBe(true);
  });
  it('never returns an empty or over-long slug', () => {
    expect(slugify('!!!')).toBe('article');
    const long = slugify('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(long.endsWith('-')).toBe(false);
  });
  it('rejects slugs with separators or markup', () => {
    for (const bad of ['', 'a--b', '-a', 'a/b', 'a b', '<script>', 'x'.repeat(81)]) expect(isValidSlug(bad)).toBe(false);
  });
});
