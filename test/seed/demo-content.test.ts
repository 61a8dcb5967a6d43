import { describe, expect, it } from 'vitest';
import { initialsFromName } from '../../src/domain/byline.js';
import { isValidEditionCode } from '../../src/domain/edition.js';
import { isValidSlug, slugify } from '../../src/domain/slug.js';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import type { DemoArticle, DemoBodyBlock } from '../../src/seed/demo-types.js';

const { editions, sections, topics, authors, agencies, images, articles } = demoNewsroom;
const editionCodes = editions.map((e) => e.code);
const byEdition = (code: string) => articles.filter((a) => a.edition === code);

function blockTexts(block: DemoBodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.spans.filter((s) => !s.href).map((s) => s.text);
    case 'subheading':
      return [block.text];
    case 'quote':
      return [block.text, block.attribution ?? ''];
    case 'list':
      return block.items.flatMap((item) => item.map((s) => s.text));
    case 'embed':
      return [block.title];
    case 'image':
      return [block.caption ?? ''];
    default:
      return [];
  }
}
const articleTexts = (a: DemoArticle) => [a.kicker, a.headline, a.teaser, ...a.body.flatMap(blockTexts)];

describe('demo newsroom: editions and taxonomy', () => {
  it('has English (default), German and Arabic editions', () => {
    expect(editionCodes).toEqual(['en', 'de', 'ar']);
    expect(editions.filter((e) => e.isDefault).map((e) => e.code)).toEqual(['en']);
    for (const e of editions) {
      expect(isValidEditionCode(e.code)).toBe(true);
      expect(() => new Intl.DateTimeFormat(e.locale, { timeZone: e.timeZone, numberingSystem: e.numberingSystem })).not.toThrow();
    }
    const ar = editions.find((e) => e.code === 'ar')!;
    expect(ar.dir).toBe('rtl');
    expect(ar.numberingSystem).toBe('arab');
  });

  it('gives every edition 6+ sections, parents before children, one nested level', () => {
    for (const code of editionCodes) {
      const paths = sections.filter((s) => s.edition === code).map((s) => s.path);
      expect(paths.length).toBeGreaterThanOrEqual(6);
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths.some((p) => p.includes('/'))).toBe(true);
      paths.forEach((path, index) => {
        expect(path).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/);
        if (path.includes('/')) expect(paths.slice(0, index)).toContain(path.split('/')[0]);
      });
    }
    for (const s of sections) expect(s.name.trim()).not.toBe('');
  });

  it('gives every edition 4+ topics, 3+ of them in focus with distinct positions', () => {
    for (const code of editionCodes) {
      const own = topics.filter((t) => t.edition === code);
      expect(own.length).toBeGreaterThanOrEqual(4);
      const focus = own.flatMap((t) => (t.focus === undefined ? [] : [t.focus]));
      expect(focus.length).toBeGreaterThanOrEqual(3);
      expect(new Set(focus).size).toBe(focus.length);
      expect(new Set(own.map((t) => t.slug)).size).toBe(own.length);
      for (const t of own) {
        expect(isValidSlug(t.slug)).toBe(true);
        expect(t.description.length).toBeGreaterThan(20);
      }
    }
  });

  it('has 8+ authors with unique initials that match their names, and the four agencies', () => {
    expect(authors.length).toBeGreaterThanOrEqual(8);
    expect(new Set(authors.map((a) => a.initials)).size).toBe(authors.length);
    for (const a of authors) {
      expect(a.initials).toBe(initialsFromName(a.name));
      expect(a.bio.split(/\.\s/).length).toBe(1);
    }
    expect(agencies.map((a) => a.code).sort()).toEqual(['AFP', 'AP', 'Reuters', 'dpa'].sort());
  });

  it('has 24+ distinct illustrations with honest alt texts and credits', () => {
    expect(images.length).toBeGreaterThanOrEqual(24);
    expect(new Set(images.map((i) => i.key)).size).toBe(images.length);
    expect(new Set(images.map((i) => i.palette.join())).size).toBe(images.length);
    expect(new Set(images.map((i) => i.motif)).size).toBe(8);
    for (const image of images) {
      expect(image.palette.length).toBeGreaterThanOrEqual(2);
      expect(image.palette.length).toBeLessThanOrEqual(3);
      for (const colour of image.palette) expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
      expect(image.alt).toMatch(/^Illustration: /);
      expect(image.caption).toMatch(/\(illustration\)$/);
      expect(image.creditName.trim()).not.toBe('');
      for (const f of [image.focalX, image.focalY]) if (f !== undefined) expect(f >= 0 && f <= 1).toBe(true);
    }
  });
});

describe('demo newsroom: articles', () => {
  it('has 45+ articles with unique keys, spread over the editions', () => {
    expect(articles.length).toBeGreaterThanOrEqual(45);
    expect(new Set(articles.map((a) => a.key)).size).toBe(articles.length);
    expect(byEdition('en').length).toBeGreaterThanOrEqual(20);
    expect(byEdition('de').length).toBeGreaterThanOrEqual(12);
    expect(byEdition('ar').length).toBeGreaterThanOrEqual(10);
  });

  it('only refers to things that exist in the article’s edition', () => {
    const authorSet = new Set(authors.map((a) => a.initials));
    const agencySet = new Set(agencies.map((a) => a.code));
    const imageSet = new Set(images.map((i) => i.key));
    const keyEdition = new Map(articles.map((a) => [a.key, a.edition]));
    for (const a of articles) {
      const where = `${a.key}`;
      expect(editionCodes, where).toContain(a.edition);
      expect(sections.some((s) => s.edition === a.edition && s.path === a.sectionPath), where).toBe(true);
      for (const slug of a.topicSlugs) expect(topics.some((t) => t.edition === a.edition && t.slug === slug), `${where} ${slug}`).toBe(true);
      expect(new Set(a.topicSlugs).size).toBe(a.topicSlugs.length);
      expect(a.authors.length, where).toBeGreaterThanOrEqual(1);
      expect(a.authors.length, where).toBeLessThanOrEqual(2);
      for (const i of a.authors) expect(authorSet.has(i), `${where} ${i}`).toBe(true);
      expect(a.agencies.length, where).toBeLessThanOrEqual(2);
      for (const c of a.agencies) expect(agencySet.has(c), `${where} ${c}`).toBe(true);
      expect(imageSet.has(a.leadImageKey), where).toBe(true);
      for (const block of a.body) {
        if (block.type === 'image') expect(imageSet.has(block.imageKey), `${where} ${block.imageKey}`).toBe(true);
        if (block.type === 'related') {
          expect(block.articleKey).not.toBe(a.key);
          expect(keyEdition.get(block.articleKey), `${where} → ${block.articleKey}`).toBe(a.edition);
        }
        if (block.type === 'paragraph')
          for (const span of block.spans) if (span.href) expect(span.href).toMatch(/^https:\/\/example\.org\//);
        if (block.type === 'embed' && block.url) expect(block.url).toMatch(/^https:\/\/example\.org\//);
      }
    }
  });

  it('covers every section (twice in English) and every topic in every edition', () => {
    for (const s of sections) {
      const n = articles.filter((a) => a.edition === s.edition && a.sectionPath === s.path).length;
      expect(n, `${s.edition}:${s.path}`).toBeGreaterThanOrEqual(s.edition === 'en' ? 2 : 1);
    }
    for (const t of topics) {
      const n = articles.filter((a) => a.edition === t.edition && a.topicSlugs.includes(t.slug)).length;
      expect(n, `${t.edition}:${t.slug}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps headlines, kickers, teasers and bodies in shape', () => {
    for (const a of articles) {
      expect(a.headline.length, a.key).toBeGreaterThanOrEqual(50);
      expect(a.headline.length, a.key).toBeLessThanOrEqual(90);
      expect(isValidSlug(slugify(a.headline)), a.key).toBe(true);
      expect(a.kicker.split(/\s+/).length, a.key).toBeLessThanOrEqual(3);
      expect(a.teaser.length, a.key).toBeGreaterThan(40);
      expect(a.teaser.length, a.key).toBeLessThan(260);
      expect(a.body.length, a.key).toBeGreaterThanOrEqual(4);
      expect(a.body.length, a.key).toBeLessThanOrEqual(9);
      expect(a.body[0]!.type, a.key).toBe('paragraph');
      for (const text of articleTexts(a)) expect(text, a.key).not.toMatch(/ {2}|\s[,.;:]/);
    }
    const withSubheading = articles.filter((a) => a.body.some((b) => b.type === 'subheading')).length;
    expect(withSubheading / articles.length).toBeGreaterThan(0.8);
  });

  it('uses every kind of body block somewhere', () => {
    const types = new Set(articles.flatMap((a) => a.body.map((b) => b.type)));
    expect([...types].sort()).toEqual(['embed', 'image', 'list', 'paragraph', 'quote', 'related', 'subheading']);
    const marks = new Set(articles.flatMap((a) => a.body.flatMap((b) => (b.type === 'paragraph' ? b.spans.flatMap((s) => s.marks ?? []) : []))));
    expect([...marks].sort()).toEqual(['bold', 'italic']);
    expect(articles.some((a) => a.body.some((b) => b.type === 'embed' && b.kind === 'video'))).toBe(true);
  });

  it('spreads publication times and keeps updates after publication', () => {
    const hours = articles.map((a) => a.hoursAgo);
    expect(Math.min(...hours)).toBe(1);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(600);
    expect(Math.max(...hours)).toBeLessThanOrEqual(720);
    const updated = articles.filter((a) => a.updatedAfterHours !== undefined);
    expect(updated.length).toBeGreaterThanOrEqual(3);
    for (const a of updated) expect(a.updatedAfterHours!, a.key).toBeLessThan(a.hoursAgo);
  });

  it('gives each article its own lead image, shared across editions only by translations', () => {
    for (const code of editionCodes) {
      const leads = byEdition(code).map((a) => a.leadImageKey);
      expect(new Set(leads).size, code).toBe(leads.length);
    }
    const groupOfImage = new Map<string, string | undefined>();
    for (const a of articles) {
      if (groupOfImage.has(a.leadImageKey)) expect(a.translationKey, a.key).toBe(groupOfImage.get(a.leadImageKey));
      else groupOfImage.set(a.leadImageKey, a.translationKey);
    }
  });

  it('links translations: one article per edition per group, 6+ groups spanning all three editions', () => {
    const groups = new Map<string, DemoArticle[]>();
    for (const a of articles) if (a.translationKey) groups.set(a.translationKey, [...(groups.get(a.translationKey) ?? []), a]);
    for (const [key, members] of groups) {
      expect(members.length, key).toBeGreaterThanOrEqual(2);
      expect(new Set(members.map((m) => m.edition)).size, key).toBe(members.length);
      expect(new Set(members.map((m) => m.sectionPath)).size, key).toBe(1);
    }
    const full = [...groups.values()].filter((m) => m.length === 3);
    expect(full.length).toBeGreaterThanOrEqual(6);
  });

  it('writes numbers in Arabic-Indic digits in the Arabic edition', () => {
    for (const a of byEdition('ar')) for (const text of articleTexts(a)) expect(text, a.key).not.toMatch(/[0-9]/);
  });
});
