import { describe, expect, it } from 'vitest';
import { authorSlug, isValidSlug, SLUG_MAX_LENGTH, slugify } from '../../src/domain/slug.js';

describe('slugify', () => {
  it('lower-cases and hyphenates Latin headlines', () => {
    expect(slugify('Storm Hits the Coast: 3 Towns Evacuated')).toBe('storm-hits-the-coast-3-towns-evacuated');
  });
  it('transliterates German umlauts and folds accents', () => {
    expect(slugify('Größte Bühne für Café-Kultur')).toBe('groesste-buehne-fuer-cafe-kultur');
  });
  it('transliterates Latin letters that have no decomposition (ø, æ, ł …)', () => {
    expect(slugify('Elena Sørensen, Łukasz Ærø, Þóra')).toBe('elena-sorensen-lukasz-aero-thora');
  });
  it('makes author slugs unique with -2, -3 … and a fallback for names without letters', () => {
    const taken = new Set(['anna-berg', 'anna-berg-2']);
    expect(authorSlug('Anna Berg', (s) => taken.has(s))).toBe('anna-berg-3');
    expect(authorSlug('Änne Berg', (s) => taken.has(s))).toBe('aenne-berg');
    expect(authorSlug('???', () => false)).toBe('author');
    const long = 'x'.repeat(SLUG_MAX_LENGTH);
    const next = authorSlug(long, (s) => s === long);
    expect(next.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(next.endsWith('-2')).toBe(true);
    expect(isValidSlug(next)).toBe(true);
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
