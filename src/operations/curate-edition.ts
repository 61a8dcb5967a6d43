/**
 * Curation and structure of an edition: the ordered "In focus" list, the order
 * of sections in the menu, and the sections, topics, authors and agencies
 * themselves. Each change is one transaction and emits `curation.changed`, on
 * which the site reloads its directory and purges that edition's pages.
 * Editors curate ("In focus", section order) in their editions; the structure
 * itself (sections, topics, authors, agencies, edition settings) is for admins.
 */
import type { Edition } from '../domain/edition.js';
import { HeraldError, notFound } from '../domain/errors.js';
import { initialsFromName } from '../domain/byline.js';
import { isValidSlug } from '../domain/slug.js';
import type { Actor, Role } from '../domain/identity.js';
import { assertEdition, assertRole } from './access-policy.js';
import type { OperationContext } from './context.js';
import type { ContentWriter } from './ports.js';

async function curate<T>(
  ctx: OperationContext, editionCodes: string[], actor: Actor, minimum: Role, details: string, work: (tx: ContentWriter) => Promise<T>,
): Promise<T> {
  assertRole(actor, minimum);
  for (const code of editionCodes) assertEdition(actor, code);
  const at = ctx.now().toISOString();
  const result = await ctx.store.transaction(async (tx) => {
    const value = await work(tx);
    await tx.insertAudit({ at, userId: actor.userId, action: 'curated', articleId: null, details });
    return value;
  });
  for (const editionCode of editionCodes) ctx.events.emit({ type: 'curation.changed', editionCode, at });
  return result;
}

/** An unknown edition code would otherwise reach the store as a foreign-key failure (a 500). */
async function requireKnownEdition(tx: ContentWriter, editionCode: string): Promise<void> {
  if (!(await tx.listEditions()).some((e) => e.code === editionCode))
    throw new HeraldError('HERALD_VALIDATION', `editionCode: there is no edition "${editionCode.slice(0, 16)}".`);
}

const uniqueIds = (ids: number[]) => {
  if (new Set(ids).size !== ids.length) throw new HeraldError('HERALD_VALIDATION', 'The list names the same item twice.');
};

/** Replaces the edition's "In focus" list with these topics, in this order. */
export async function setFocusTopics(ctx: OperationContext, editionCode: string, topicIds: number[], actor: Actor): Promise<void> {
  uniqueIds(topicIds);
  await curate(ctx, [editionCode], actor, 'editor', `set "In focus" of ${editionCode}: ${topicIds.join(', ') || 'empty'}`, async (tx) => {
    const topics = await tx.listTopics(editionCode);
    const known = new Set(topics.map((t) => t.id));
    const stranger = topicIds.find((id) => !known.has(id));
    if (stranger !== undefined) throw new HeraldError('HERALD_VALIDATION', `Topic ${stranger} is not a topic of the ${editionCode} edition.`);
    for (const topic of topics) {
      const position = topicIds.indexOf(topic.id);
      await tx.updateTopic(topic.id, { focusPosition: position === -1 ? null : position });
    }
  });
}

/** Orders the edition's sections (the menu and home blocks follow this order). Every section must be listed. */
export async function setSectionOrder(ctx: OperationContext, editionCode: string, sectionIds: number[], actor: Actor): Promise<void> {
  uniqueIds(sectionIds);
  await curate(ctx, [editionCode], actor, 'editor', `ordered sections of ${editionCode}`, async (tx) => {
    const sections = await tx.listSections(editionCode);
    if (sections.length !== sectionIds.length || sections.some((s) => !sectionIds.includes(s.id)))
      throw new HeraldError('HERALD_VALIDATION', `List every section of the ${editionCode} edition exactly once (${sections.length} sections).`);
    for (const [position, id] of sectionIds.entries()) await tx.updateSection(id, { position });
  });
}

export async function createSection(
  ctx: OperationContext,
  input: { editionCode: string; parentId: number | null; slug: string; name: string; description: string },
  actor: Actor,
): Promise<number> {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug)) throw new HeraldError('HERALD_VALIDATION', 'A section slug uses lower-case letters, digits and single hyphens.');
  return curate(ctx, [input.editionCode], actor, 'admin', `created section ${input.slug} in ${input.editionCode}`, async (tx) => {
    await requireKnownEdition(tx, input.editionCode);
    const sections = await tx.listSections(input.editionCode);
    const parent = input.parentId === null ? null : sections.find((s) => s.id === input.parentId);
    if (input.parentId !== null && !parent) throw new HeraldError('HERALD_VALIDATION', `Section ${input.parentId} is not in the ${input.editionCode} edition.`);
    if (parent && parent.parentId !== null) throw new HeraldError('HERALD_VALIDATION', 'Sections nest one level deep (Politics > Europe).');
    const path = parent ? `${parent.path}/${input.slug}` : input.slug;
    if (sections.some((s) => s.path === path)) throw new HeraldError('HERALD_CONFLICT', `The section ${path} already exists.`);
    return tx.insertSection({ ...input, path, position: sections.length });
  });
}

/**
 * Renames, describes or moves a section. Sections nest one level deep, so the
 * new parent must be a top-level section of the same edition, and a section
 * with subsections of its own stays at the top (that also rules out cycles).
 * Moving changes the section's path, so its articles' public addresses move
 * with it (the old ones answer 404, like a changed author slug).
 */
export async function updateSection(
  ctx: OperationContext, id: number, editionCode: string, changes: { name?: string; description?: string; parentId?: number | null }, actor: Actor,
) {
  const moved = changes.parentId !== undefined ? `, parent ${changes.parentId ?? 'none'}` : '';
  await curate(ctx, [editionCode], actor, 'admin', `changed section ${id}${moved}`, async (tx) => {
    const sections = await tx.listSections(editionCode);
    const section = sections.find((s) => s.id === id);
    if (!section) throw notFound(`Section ${id}`);
    const write: { name?: string; description?: string; parentId?: number | null; path?: string } = {};
    if (changes.name !== undefined) write.name = changes.name;
    if (changes.description !== undefined) write.description = changes.description;
    if (changes.parentId !== undefined && changes.parentId !== section.parentId) {
      const parentId = changes.parentId;
      let path = section.slug;
      if (parentId !== null) {
        if (parentId === id) throw new HeraldError('HERALD_VALIDATION', 'parentId: a section cannot be nested under itself.');
        const parent = sections.find((s) => s.id === parentId);
        if (!parent) throw new HeraldError('HERALD_VALIDATION', `parentId: section ${parentId} is not in the ${editionCode} edition; nest a section only under one of its own edition.`);
        if (parent.parentId !== null) throw new HeraldError('HERALD_VALIDATION', `parentId: ${parent.name} is itself a subsection; sections nest one level deep (Politics > Europe).`);
        if (sections.some((s) => s.parentId === id))
          throw new HeraldError('HERALD_VALIDATION', `parentId: ${section.name} has subsections of its own; move them to the top level first.`);
        path = `${parent.path}/${section.slug}`;
      }
      if (sections.some((s) => s.id !== id && s.path === path)) throw new HeraldError('HERALD_CONFLICT', `The section ${path} already exists.`);
      write.parentId = parentId;
      write.path = path;
    }
    await tx.updateSection(id, write);
  });
}

export async function createTopic(ctx: OperationContext, input: { editionCode: string; slug: string; name: string; description: string }, actor: Actor): Promise<number> {
  if (!isValidSlug(input.slug)) throw new HeraldError('HERALD_VALIDATION', 'A topic slug uses letters, digits and single hyphens.');
  return curate(ctx, [input.editionCode], actor, 'admin', `created topic ${input.slug} in ${input.editionCode}`, async (tx) => {
    await requireKnownEdition(tx, input.editionCode);
    if ((await tx.listTopics(input.editionCode)).some((t) => t.slug === input.slug))
      throw new HeraldError('HERALD_CONFLICT', `The topic ${input.slug} already exists in ${input.editionCode}.`);
    return tx.insertTopic({ ...input, focusPosition: null });
  });
}

export async function updateTopic(ctx: OperationContext, id: number, editionCode: string, changes: { name?: string; description?: string }, actor: Actor) {
  await curate(ctx, [editionCode], actor, 'admin', `changed topic ${id}`, async (tx) => {
    if (!(await tx.listTopics(editionCode)).some((t) => t.id === id)) throw notFound(`Topic ${id}`);
    await tx.updateTopic(id, changes);
  });
}

/** What an author record holds besides its name; checked the same way on create and update. */
export interface AuthorProfile {
  initials?: string;
  bio?: string;
  /** Role or title, e.g. "Correspondent, Brussels". */
  title?: string;
  /** A picture from the media library, or null for none. */
  imageId?: number | null;
}

const normalInitials = (initials: string) => {
  const value = initials.trim().toLowerCase();
  if (!/^[\p{Ll}\p{Lo}]{1,6}$/u.test(value)) throw new HeraldError('HERALD_VALIDATION', 'Initials are 1 to 6 letters, e.g. "wmd".');
  return value;
};

async function requireImage(tx: ContentWriter, imageId: number | null | undefined): Promise<void> {
  if (imageId === null || imageId === undefined) return;
  if ((await tx.getImages([imageId])).length === 0) throw new HeraldError('HERALD_VALIDATION', `imageId: there is no image ${imageId} in the media library.`);
}

/** Authors belong to every edition (their pages exist in each), so `editions` is every edition code. */
export async function createAuthor(
  ctx: OperationContext, input: { name: string } & AuthorProfile, editions: string[], actor: Actor,
): Promise<number> {
  return curate(ctx, editions, actor, 'admin', `created author ${input.name}`, async (tx) => {
    const initials = normalInitials(input.initials ?? initialsFromName(input.name));
    await requireImage(tx, input.imageId);
    return tx.insertAuthor({ name: input.name, initials, bio: input.bio ?? '', title: input.title ?? '', imageId: input.imageId ?? null });
  });
}

/**
 * Changes an author's record: name, initials, bio, role, picture or the
 * author page's slug. Admins only; every edition's pages show bylines and
 * author pages, so every edition is told (`editions`: every edition code).
 * A changed slug moves the author page; the old address then answers 404.
 */
export async function updateAuthor(
  ctx: OperationContext, id: number, changes: { name?: string; slug?: string } & AuthorProfile, editions: string[], actor: Actor,
): Promise<void> {
  const fields = Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined).join(', ') || 'nothing';
  await curate(ctx, editions, actor, 'admin', `changed author ${id}: ${fields}`, async (tx) => {
    const initials = changes.initials === undefined ? undefined : normalInitials(changes.initials);
    if (changes.slug !== undefined && !isValidSlug(changes.slug))
      throw new HeraldError('HERALD_VALIDATION', 'slug: an author slug uses letters, digits and single hyphens, e.g. "elena-sorensen".');
    const authors = await tx.listAuthors();
    if (!authors.some((a) => a.id === id)) throw notFound(`Author ${id}`);
    if (changes.slug !== undefined && authors.some((a) => a.id !== id && a.slug === changes.slug))
      throw new HeraldError('HERALD_CONFLICT', `Another author already has the address "${changes.slug}".`);
    await requireImage(tx, changes.imageId);
    await tx.updateAuthor(id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(initials !== undefined ? { initials } : {}),
      ...(changes.bio !== undefined ? { bio: changes.bio } : {}),
      ...(changes.title !== undefined ? { title: changes.title } : {}),
      ...(changes.slug !== undefined ? { slug: changes.slug } : {}),
      ...(changes.imageId !== undefined ? { imageId: changes.imageId } : {}),
    });
  });
}

export async function createAgency(ctx: OperationContext, input: { code: string; name: string }, editions: string[], actor: Actor): Promise<number> {
  return curate(ctx, editions, actor, 'admin', `created agency ${input.code}`, async (tx) => {
    if ((await tx.listAgencies()).some((a) => a.code.toLowerCase() === input.code.toLowerCase()))
      throw new HeraldError('HERALD_CONFLICT', `The agency ${input.code} already exists.`);
    return tx.insertAgency(input);
  });
}

/** Renames an agency (its code stays: wire sources and credits refer to it). Every edition's bylines show it. */
export async function updateAgency(ctx: OperationContext, id: number, changes: { name?: string }, editions: string[], actor: Actor): Promise<void> {
  await curate(ctx, editions, actor, 'admin', `changed agency ${id}`, async (tx) => {
    if (!(await tx.listAgencies()).some((a) => a.id === id)) throw notFound(`Agency ${id}`);
    await tx.updateAgency(id, changes);
  });
}

/** Changes an edition's settings (never its code, which is in every URL). */
export async function updateEdition(ctx: OperationContext, edition: Edition, actor: Actor): Promise<void> {
  await curate(ctx, [edition.code], actor, 'admin', `changed edition ${edition.code}`, async (tx) => {
    if (!(await tx.listEditions()).some((e) => e.code === edition.code)) throw notFound(`Edition ${edition.code}`);
    if (edition.isDefault) for (const other of await tx.listEditions()) if (other.code !== edition.code && other.isDefault) await tx.upsertEdition({ ...other, isDefault: false });
    await tx.upsertEdition(edition);
  });
}
