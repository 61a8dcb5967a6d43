/** The demo top-up: every section page, subsections' stories included, ends up with more than one listing page. */
import { describe, expect, it } from 'vitest';
import { demoNewsroom } from '../../src/seed/demo-content/index.js';
import { sectionFillCounts, STORIES_PER_SECTION } from '../../src/seed/seed-section-fill.js';
import { PAGE_SIZE } from '../../src/site/models/listing-page-model.js';

describe('section fill', () => {
  it('tops up every section of every demo edition past one listing page, counting subsections on their parents', () => {
    expect(STORIES_PER_SECTION).toBeGreaterThan(PAGE_SIZE);
    const fill = sectionFillCounts(demoNewsroom);
    for (const section of demoNewsroom.sections) {
      const onPage = (edition: string, path: string) =>
        demoNewsroom.articles.filter((a) => a.edition === edition && (a.sectionPath === path || a.sectionPath.startsWith(`${path}/`))).length +
        [...fill].filter(([key]) => key === `${edition}:${path}` || key.startsWith(`${edition}:${path}/`)).reduce((n, [, count]) => n + count, 0);
      expect(onPage(section.edition, section.path), `${section.edition}:${section.path}`).toBeGreaterThanOrEqual(STORIES_PER_SECTION);
    }
    // World shows its subsections' stories, which already fill it.
    expect(fill.has('en:world')).toBe(false);
    expect(fill.get('en:world/europe')).toBeGreaterThan(0);
  });
});
