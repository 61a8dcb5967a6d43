/** The parts of every page around the content: menus, "In focus", language links, head metadata. */
import type { Messages } from '../i18n/messages.js';
import { editionHomePath, sectionPagePath, topicPagePath } from '../paths.js';
import type { EditionDirectory, SiteDirectory } from '../site-directory.js';
import type { EditionLinkModel, PageChromeModel } from '../view-models.js';

export interface ChromeInput {
  title: string;
  description: string;
  canonicalPath?: string;
  /** Top-level section of the current page, for aria-current in the menu. */
  currentRootSectionId?: number;
  /** Links to this page in other editions, by edition code. */
  translations?: Map<string, string>;
}

/** What every page model builder has at hand. */
export interface PageContext {
  site: SiteDirectory;
  messages: Messages;
  stylesheetHref: string;
  /** Absolute base URL, e.g. https://news.example (no trailing slash). */
  publicUrl: string;
  now: Date;
}

export function buildChrome(ctx: Omit<PageContext, 'now'>, dir: EditionDirectory, input: ChromeInput): PageChromeModel {
  const { site, messages, stylesheetHref, publicUrl } = ctx;
  const editions: EditionLinkModel[] = site.editions.map((e) => ({
    code: e.code,
    lang: e.lang,
    dir: e.dir,
    name: e.name,
    href: input.translations?.get(e.code) ?? editionHomePath(e.code),
    current: e.code === dir.edition.code,
  }));
  return {
    edition: dir.edition,
    messages,
    stylesheetHref,
    publicUrl,
    title: input.title,
    description: input.description,
    ...(input.canonicalPath ? { canonicalPath: input.canonicalPath } : {}),
    nav: dir.rootSections.map((section) => ({
      label: section.name,
      href: sectionPagePath(dir.edition.code, section.path),
      current: section.id === input.currentRootSectionId,
      children: (dir.childrenOf.get(section.id) ?? []).map((child) => ({
        label: child.name,
        href: sectionPagePath(dir.edition.code, child.path),
      })),
    })),
    focusTopics: dir.focusTopics.map((t) => ({ label: t.name, href: topicPagePath(dir.edition.code, t.slug) })),
    editions,
    alternates: [...(input.translations ?? new Map<string, string>())].map(([code, href]) => ({
      lang: site.byCode.get(code)?.edition.lang ?? code,
      href: publicUrl + href,
    })),
  };
}
