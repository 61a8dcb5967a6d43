/**
 * The structure screens' calls to the admin API (contract: src/api/admin/contract.ts,
 * routes: src/api/admin/curation-routes.ts), through the editor's one client.
 */
import type { StructureData } from '../../../src/api/admin/contract.js';
import { request } from '../api/client.js';

const A = '/api/admin';

export type StructureSection = StructureData['sections'][number];
export type StructureTopic = StructureData['topics'][number];
export type StructureAuthor = StructureData['authors'][number];
export type StructureAgency = StructureData['agencies'][number];

export const structureApi = {
  load: (signal?: AbortSignal) => request<StructureData>('GET', `${A}/structure`, { signal }),
  setFocus: (edition: string, topicIds: number[]) => request<unknown>('PUT', `${A}/editions/${edition}/focus`, { json: { topicIds } }),
  setSectionOrder: (edition: string, sectionIds: number[]) => request<unknown>('PUT', `${A}/editions/${edition}/section-order`, { json: { sectionIds } }),
  createSection: (body: { editionCode: string; parentId: number | null; slug: string; name: string; description: string }) =>
    request<StructureSection>('POST', `${A}/sections`, { json: body }),
  updateSection: (id: number, body: { name?: string; description?: string; parentId?: number | null }) =>
    request<StructureSection>('PATCH', `${A}/sections/${id}`, { json: body }),
  createTopic: (body: { editionCode: string; slug: string; name: string; description: string }) => request<StructureTopic>('POST', `${A}/topics`, { json: body }),
  updateTopic: (id: number, body: { name?: string; description?: string }) => request<StructureTopic>('PATCH', `${A}/topics/${id}`, { json: body }),
  createAuthor: (body: { name: string; initials?: string; bio: string; title: string }) => request<StructureAuthor>('POST', `${A}/authors`, { json: body }),
  updateAuthor: (id: number, body: { name?: string; initials?: string; bio?: string; title?: string }) =>
    request<StructureAuthor>('PATCH', `${A}/authors/${id}`, { json: body }),
  createAgency: (body: { code: string; name: string }) => request<StructureAgency>('POST', `${A}/agencies`, { json: body }),
  updateAgency: (id: number, body: { name: string }) => request<StructureAgency>('PATCH', `${A}/agencies/${id}`, { json: body }),
};

/** Moves the item at `index` by one place (-1 up, +1 down); a move past either end leaves the list as it is. */
export function moveBy<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/**
 * The edition's sections as the menu shows them: top-level sections by
 * position, each followed by its subsections by position. Sending this
 * flattened order to section-order keeps every subsection under its parent.
 */
export function sectionTree(sections: readonly StructureSection[]): { section: StructureSection; children: StructureSection[] }[] {
  const byPosition = [...sections].sort((a, b) => a.position - b.position || a.id - b.id);
  return byPosition
    .filter((s) => s.parentId === null)
    .map((section) => ({ section, children: byPosition.filter((c) => c.parentId === section.id) }));
}

export function flattenTree(tree: ReturnType<typeof sectionTree>): number[] {
  return tree.flatMap((node) => [node.section.id, ...node.children.map((c) => c.id)]);
}
