/** The structure and users screens' pure parts: their addresses, and the ordering the Up/Down buttons and "Save order" rely on. */
import { describe, expect, it } from 'vitest';
import { matchRoute, routePath } from '../../admin/src/lib/routes.js';
import { flattenTree, moveBy, sectionTree, type StructureSection } from '../../admin/src/structure/structure-api.js';

const section = (id: number, parentId: number | null, position: number): StructureSection => ({
  id, editionCode: 'en', parentId, slug: `s${id}`, path: `s${id}`, name: `S${id}`, description: '', position,
});

describe('structure screens', () => {
  it('match and build their addresses', () => {
    expect(matchRoute('/admin/structure')).toEqual({ name: 'focus', edition: null });
    expect(matchRoute('/admin/structure/focus/ar')).toEqual({ name: 'focus', edition: 'ar' });
    expect(matchRoute('/admin/structure/sections/de/')).toEqual({ name: 'sections', edition: 'de' });
    expect(matchRoute('/admin/structure/topics')).toEqual({ name: 'topics' });
    expect(matchRoute('/admin/structure/authors')).toEqual({ name: 'authors' });
    expect(matchRoute('/admin/structure/agencies')).toEqual({ name: 'agencies' });
    expect(matchRoute('/admin/users')).toEqual({ name: 'users' });
    expect(matchRoute('/admin/structure/sections/not a code').name).toBe('not-found');
    expect(routePath({ name: 'sections', edition: 'en' })).toBe('/admin/structure/sections/en');
    expect(routePath({ name: 'focus', edition: null })).toBe('/admin/structure/focus');
    expect(routePath({ name: 'users' })).toBe('/admin/users');
  });

  it('moves an item by one place and never past either end', () => {
    expect(moveBy([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveBy([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveBy([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveBy([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('orders sections as the menu does and flattens them with each subsection after its parent', () => {
    const tree = sectionTree([section(1, null, 2), section(2, null, 0), section(3, 1, 1), section(4, 2, 3), section(5, 1, 0)]);
    expect(tree.map((n) => [n.section.id, n.children.map((c) => c.id)])).toEqual([[2, [4]], [1, [5, 3]]]);
    expect(flattenTree(moveBy(tree, 1, -1))).toEqual([1, 5, 3, 2, 4]);
  });
});
