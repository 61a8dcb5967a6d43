/**
 * Imports a newsroom's structure in one transaction: editions, their sections
 * (parents before children, nested by path) and topics, authors and
 * agencies. Used by the demo seed and meant for migrations from other
 * systems; admins (or the system) only. Returns the new ids by natural key.
 */
import type { Edition } from '../domain/edition.js';
import { HeraldError } from '../domain/errors.js';
import type { Actor } from '../domain/identity.js';
import type { Agency, NewAuthor } from '../domain/taxonomy.js';
import { assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';

export interface NewsroomStructure {
  editions: Omit<Edition, 'position'>[];
  /** In order; `path` is `parent/child` for a nested section. */
  sections: { edition: string; path: string; name: string; description?: string }[];
  topics: { edition: string; slug: string; name: string; description: string; focus?: number | null }[];
  authors: NewAuthor[];
  agencies: Omit<Agency, 'id'>[];
}

export interface StructureIds {
  /** Keyed `edition:path`. */
  sections: Map<string, number>;
  /** Keyed `edition:slug`. */
  topics: Map<string, number>;
  /** Keyed by initials. */
  authors: Map<string, number>;
  /** Keyed by code. */
  agencies: Map<string, number>;
}

export const structureKey = (edition: string, name: string) => `${edition}:${name}`;

export async function importNewsroomStructure(ctx: OperationContext, structure: NewsroomStructure, actor: Actor): Promise<StructureIds> {
  assertRole(actor, 'admin');
  const at = ctx.now().toISOString();
  const ids = await ctx.store.transaction(async (tx) => {
    const ids: StructureIds = { sections: new Map(), topics: new Map(), authors: new Map(), agencies: new Map() };
    for (const [position, e] of structure.editions.entries()) await tx.upsertEdition({ ...e, position });
    for (const [position, s] of structure.sections.entries()) {
      const parentPath = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/')) : null;
      const parentId = parentPath === null ? null : ids.sections.get(structureKey(s.edition, parentPath));
      if (parentId === undefined)
        throw new HeraldError('HERALD_VALIDATION', `Section ${s.edition}/${s.path} comes before its parent ${parentPath}; list parents first.`);
      const id = await tx.insertSection({
        editionCode: s.edition, parentId, slug: s.path.slice(s.path.lastIndexOf('/') + 1), path: s.path, name: s.name, position,
        description: s.description ?? '',
      });
      ids.sections.set(structureKey(s.edition, s.path), id);
    }
    for (const t of structure.topics)
      ids.topics.set(
        structureKey(t.edition, t.slug),
        await tx.insertTopic({ editionCode: t.edition, slug: t.slug, name: t.name, description: t.description, focusPosition: t.focus ?? null }),
      );
    for (const a of structure.authors) ids.authors.set(a.initials, await tx.insertAuthor(a));
    for (const a of structure.agencies) ids.agencies.set(a.code, await tx.insertAgency(a));
    await tx.insertAudit({
      at, userId: actor.userId, action: 'curated', articleId: null,
      details: `imported ${structure.editions.length} editions, ${structure.sections.length} sections, ${structure.topics.length} topics`,
    });
    return ids;
  });
  for (const e of structure.editions) ctx.events.emit({ type: 'curation.changed', editionCode: e.code, at });
  return ids;
}
