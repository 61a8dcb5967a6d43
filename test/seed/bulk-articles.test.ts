import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from '../../src/domain/slug.js';
import { generateBulkArticles, type BulkArticleOptions } from '../../src/seed/bulk-articles.js';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import type { DemoArticle } from '../../src/seed/demo-types.js';

const codes = demoNewsroom.editions.map((e) => e.code);
const options: BulkArticleOptions = {
  editions: codes,
  sectionPaths: Object.fromEntries(codes.map((c) => [c, demoNewsroom.sections.filter((s) => s.edition === c).map((s) => s.path)])),
  topicSlugs: Object.fromEntries(codes.map((c) => [c, demoNewsroom.topics.filter((t) => t.edition === c).map((t) => t.slug)])),
  authorInitials: demoNewsroom.authors.map((a) => a.initials),
  agencyCodes: demoNewsroom.agencies.map((a) => a.code),
  imageKeys: Array.from({ length: 40 }, (_, i) => String(i + 1)),
  seed: 20261127,
};

const generate = (count: number, overrides: Partial<BulkArticleOptions> = {}) => [...generateBulkArticles(count, { ...options, ...overrides })];

function bodyText(a: DemoArticle): string {
  return a.body
    .map((b) =>
      b.type === 'paragraph' ? b.spans.map((s) => s.text).join('')
      : b.type === 'subheading' || b.type === 'quote' ? b.text
      : b.type === 'list' ? b.items.flat().map((s) => s.text).join(' ')
      : '',
    )
    .join('\n');
}

describe('generateBulkArticles', () => {
  it('is deterministic for a seed and varies with it', () => {
    const a = generate(1500);
    expect(generate(1500)).toEqual(a);
    const other = generate(50, { seed: 7 });
    expect(other.map((x) => x.headline)).not.toEqual(a.slice(0, 50).map((x) => x.headline));
  });

  it('produces valid references and well-formed articles', () => {
    const articles = generate(3000);
    expect(articles.map((a) => a.key)).toEqual(articles.map((_, i) => `bulk-${i + 1}`));
    const images = new Set(options.imageKeys);
    let headlinesInRange = 0;
    for (const a of articles) {
      expect(options.editions).toContain(a.edition);
      expect(options.sectionPaths[a.edition]).toContain(a.sectionPath);
      for (const t of a.topicSlugs) expect(options.topicSlugs[a.edition]).toContain(t);
      expect(new Set(a.topicSlugs).size).toBe(a.topicSlugs.length);
      expect(a.authors.length).toBeGreaterThanOrEqual(1);
      expect(a.authors.length).toBeLessThanOrEqual(2);
      for (const i of a.authors) expect(options.authorInitials).toContain(i);
      expect(new Set(a.authors).size).toBe(a.authors.length);
      expect(a.agencies.length).toBeLessThanOrEqual(2);
      for (const c of a.agencies) expect(options.agencyCodes).toContain(c);
      expect(images.has(a.leadImageKey)).toBe(true);
      expect(a.body.length).toBeGreaterThanOrEqual(5);
      expect(a.body.length).toBeLessThanOrEqual(8);
      expect(a.body[0]!.type).toBe('paragraph');
      expect(a.body.some((b) => b.type === 'subheading')).toBe(true);
      for (const b of a.body) {
        expect(b.type).not.toBe('related');
        if (b.type === 'image') expect(images.has(b.imageKey)).toBe(true);
      }
      expect(a.kicker.split(/\s+/).length).toBeLessThanOrEqual(3);
      expect(a.teaser.length).toBeGreaterThan(30);
      expect(isValidSlug(slugify(a.headline))).toBe(true);
      expect(a.headline).not.toMatch(/[{}]/);
      expect(bodyText(a)).not.toMatch(/[{}]|undefined/);
      if (a.headline.length >= 50 && a.headline.length <= 90) headlinesInRange++;
      expect(a.hoursAgo).toBeGreaterThanOrEqual(1);
      expect(a.hoursAgo).toBeLessThanOrEqual(3 * 365 * 24 + 1);
      if (a.updatedAfterHours !== undefined) expect(a.updatedAfterHours).toBeLessThan(a.hoursAgo);
    }
    expect(headlinesInRange / articles.length).toBeGreaterThan(0.99);
  });

  it('writes articles of realistic length in the edition’s language', () => {
    const articles = generate(900);
    for (const code of codes) {
      const own = articles.filter((a) => a.edition === code);
      expect(own.length).toBeGreaterThan(200);
      const average = own.reduce((sum, a) => sum + Buffer.byteLength(bodyText(a)), 0) / own.length;
      expect(average, code).toBeGreaterThan(2500);
      expect(average, code).toBeLessThan(6500);
    }
    for (const a of articles.filter((x) => x.edition === 'ar')) {
      expect(a.headline).toMatch(/\p{Script=Arabic}/u);
      expect(bodyText(a) + a.headline + a.teaser).not.toMatch(/[0-9]/);
    }
    for (const a of articles.filter((x) => x.edition === 'de')) expect(bodyText(a)).toMatch(/ (und|der|die|das) /);
    expect(new Set(articles.map((a) => a.headline)).size).toBeGreaterThan(articles.length * 0.85);
  });

  it('handles missing material: no images, editions without sections, unknown sections', () => {
    const plain = generate(200, { imageKeys: [], agencyCodes: [], editions: ['en', 'xx'], sectionPaths: { en: ['opinion/columns'] } });
    for (const a of plain) {
      expect(a.edition).toBe('en');
      expect(a.leadImageKey).toBe('');
      expect(a.agencies).toEqual([]);
      expect(a.topicSlugs.every((t) => options.topicSlugs.en!.includes(t))).toBe(true);
      expect(a.body.some((b) => b.type === 'image')).toBe(false);
    }
    expect(generate(0)).toEqual([]);
    expect(() => generate(1, { editions: ['xx'] })).toThrow(/edition with sections/);
  });

  // Speed is measured by `npm run bench` (seeding 100,000 articles), never by a wall-clock limit in a test.
  it('generates exactly the requested number of articles', () => {
    let n = 0;
    for (const _ of generateBulkArticles(2_000, options)) n++;
    expect(n).toBe(2_000);
  });
});
