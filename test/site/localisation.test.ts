/**
 * Numbers, dates, list separators and list markers follow the edition's
 * locale: Arabic-Indic digits in the Arabic edition (dates, "page N of M",
 * counts), the Arabic comma between names, named time zones, and ordered
 * list markers in the same digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/edition.js';
import { formatDateLabel, formatNumber } from '../../src/site/date-labels.js';
import { getMessages as messagesFor } from '../../src/site/i18n/registry.js';
import { Byline } from '../../src/site/views/byline.js';
import { formatList } from '../../src/site/views/list-parts.js';
import { Pagination } from '../../src/site/views/pagination.js';

const edition = (code: string, locale: string, timeZone: string, numberingSystem: string): Edition => ({
  code, lang: code, name: code, dir: code === 'ar' ? 'rtl' : 'ltr', timeZone, locale, numberingSystem, siteTitle: 'Herald', position: 0, isDefault: code === 'en',
});
const en = edition('en', 'en-GB', 'Europe/Berlin', 'latn');
const de = edition('de', 'de-DE', 'Europe/Berlin', 'latn');
const ar = edition('ar', 'ar-EG', 'Africa/Cairo', 'arab');

const WINTER = '2026-01-15T03:08:00.000Z';
const SUMMER = '2026-07-15T03:08:00.000Z';
const LATIN_DIGIT = /[0-9]/;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/;

describe('date labels', () => {
  it('name the edition\'s time zone, in its own clock', () => {
    expect(formatDateLabel(en, WINTER)).toBe('15 January 2026 at 04:08 CET');
    expect(formatDateLabel(en, SUMMER)).toBe('15 July 2026 at 05:08 CEST');
    expect(formatDateLabel(de, WINTER)).toBe('15. Januar 2026 um 04:08 MEZ');
  });

  it('are written in Arabic-Indic digits in the Arabic edition, time zone included', () => {
    const label = formatDateLabel(ar, WINTER);
    expect(label).not.toMatch(LATIN_DIGIT);
    expect(label).toContain('١٥');
    expect(label).toContain('٠٥:٠٨'); // 05:08 in Cairo (UTC+2)
    expect(label).toMatch(/غرينتش\+٢|EET|توقيت/);
  });
});

describe('numbers and lists', () => {
  it('counts in the edition\'s digits and separators', () => {
    expect(formatNumber(ar, 12345)).toBe('١٢٬٣٤٥');
    expect(formatNumber(de, 12345)).toBe('12.345');
    expect(formatNumber(en, 12345)).toBe('12,345');
  });

  it('joins names with the Arabic comma in Arabic, and as each language does elsewhere', () => {
    expect(formatList('ar', ['ليلى', 'عمر', 'سارة'])).toBe('ليلى، عمر وسارة');
    expect(formatList('ar', ['ليلى', 'عمر'])).toBe('ليلى وعمر');
    expect(formatList('de', ['Anna', 'Ben', 'Cem'])).toBe('Anna, Ben und Cem');
    expect(formatList('en-GB', ['Anna', 'Ben', 'Cem'])).toBe('Anna, Ben and Cem');
  });

  it('renders "page N of M" in Arabic-Indic digits', () => {
    const html = Pagination({ pagination: { page: 2, pages: 12, previousHref: '/ar/x/', nextHref: '/ar/x/?page=3' }, messages: messagesFor('ar'), edition: ar })?.html ?? '';
    expect(html).toContain('٢');
    expect(html).toContain('١٢');
    expect(html.replace(/href="[^"]*"/g, '')).not.toMatch(LATIN_DIGIT);
  });

  it('renders the byline\'s author names with the Arabic comma', () => {
    const authors = [{ label: 'ليلى حداد', href: '/ar/author/a/' }, { label: 'عمر فاروق', href: '/ar/author/b/' }, { label: 'سارة نجم', href: '/ar/author/c/' }];
    const html = Byline({ byline: 'lh/ofs', authors, messages: messagesFor('ar'), lang: 'ar' })?.html ?? '';
    expect(html).toContain('</a>، <a');
    expect(html).toMatch(/title="[^"]*ليلى حداد، عمر فاروق وسارة نجم"/);
  });
});

describe('ordered list markers', () => {
  it('are Arabic-Indic in Arabic article bodies and the home page\'s numbered lists (site.css)', () => {
    const css = readFileSync(join(import.meta.dirname, '../../src/site/assets/site.css'), 'utf8');
    expect(css).toMatch(/\.article__body ol:lang\(ar\)\s*\{\s*list-style-type:\s*arabic-indic;\s*\}/);
    expect(css).toMatch(/\.most-read__list:lang\(ar\), \.latest__list:lang\(ar\)\s*\{\s*list-style-type:\s*arabic-indic;\s*\}/);
    expect(ARABIC_INDIC_DIGIT.test(formatNumber(ar, 1))).toBe(true);
  });
});
