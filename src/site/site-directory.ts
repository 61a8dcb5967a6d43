/**
 * The site's small, slow-changing data (editions, sections, topics, authors,
 * agencies) held in memory and rebuilt when curation changes, so a page view
 * only queries for articles.
 */
import type { Edition } from '../domain/edition.js';
import type { FooterLink } from '../domain/edition-footer.js';
import type { Agency, Author, Topic } from '../domain/taxonomy.js';
import type { ContentReader, SectionWithDescription } from '../operations/ports.js';

export interface EditionDirectory {
  edition: Edition;
  sections: SectionWithDescription[];
  sectionsById: Map<number, SectionWithDescription>;
  sectionsByPath: Map<string, SectionWithDescription>;
  /** Top-level sections in menu order. */
  rootSections: SectionWithDescription[];
  childrenOf: Map<number, SectionWithDescription[]>;
  topics: Topic[];
  topicsById: Map<number, Topic>;
  topicsBySlug: Map<string, Topic>;
  /** The curated "In focus" list, in order. */
  focusTopics: Topic[];
  /** Imprint, privacy, contact… in the page footer, in order. */
  footerLinks: FooterLink[];
}

export interface SiteDirectory {
  editions: Edition[];
  defaultEdition: Edition;
  byCode: Map<string, EditionDirectory>;
  authorsById: Map<number, Author>;
  /** Authors by their author page's slug. */
  authorsBySlug: Map<string, Author>;
  agenciesById: Map<number, Agency>;
}

export async function loadSiteDirectory(reader: ContentReader): Promise<SiteDirectory> {
  const editions = await reader.listEditions();
  const byCode = new Map<string, EditionDirectory>();
  for (const edition of editions) {
    const [sections, topics, footerLinks] = await Promise.all([
      reader.listSections(edition.code), reader.listTopics(edition.code), reader.footer.listFooterLinks(edition.code),
    ]);
    const childrenOf = new Map<number, SectionWithDescription[]>();
    for (const section of sections) {
      if (section.parentId === null) continue;
      const siblings = childrenOf.get(section.parentId) ?? [];
      siblings.push(section);
      childrenOf.set(section.parentId, siblings);
    }
    byCode.set(edition.code, {
      edition,
      sections,
      sectionsById: new Map(sections.map((s) => [s.id, s])),
      sectionsByPath: new Map(sections.map((s) => [s.path, s])),
      rootSections: sections.filter((s) => s.parentId === null),
      childrenOf,
      topics,
      topicsById: new Map(topics.map((t) => [t.id, t])),
      topicsBySlug: new Map(topics.map((t) => [t.slug, t])),
      focusTopics: topics
        .filter((t) => t.focusPosition !== null)
        .sort((a, b) => (a.focusPosition ?? 0) - (b.focusPosition ?? 0)),
      footerLinks,
    });
  }
  const [authors, agencies] = await Promise.all([reader.listAuthors(), reader.listAgencies()]);
  const defaultEdition = editions.find((e) => e.isDefault) ?? editions[0];
  if (!defaultEdition) throw new Error('No edition is configured; run the seed or create one.');
  return {
    editions,
    defaultEdition,
    byCode,
    authorsById: new Map(authors.map((a) => [a.id, a])),
    authorsBySlug: new Map(authors.map((a) => [a.slug, a])),
    agenciesById: new Map(agencies.map((a) => [a.id, a])),
  };
}

/** A section and all its descendants, for section listings that include subsections. */
export function sectionWithDescendants(dir: EditionDirectory, sectionId: number): number[] {
  const ids = [sectionId];
  for (let i = 0; i < ids.length; i++) for (const child of dir.childrenOf.get(ids[i] as number) ?? []) ids.push(child.id);
  return ids;
}

/** Root-first chain of sections, for the breadcrumb. */
export function sectionAncestry(dir: EditionDirectory, sectionId: number): SectionWithDescription[] {
  const chain: SectionWithDescription[] = [];
  let current = dir.sectionsById.get(sectionId);
  while (current && chain.length < 10) {
    chain.unshift(current);
    current = current.parentId === null ? undefined : dir.sectionsById.get(current.parentId);
  }
  return chain;
}
