/** The parts of every page around the content: menus, "In focus", language links, head metadata. */
import { editionFeedPath } from '../feeds/feed-paths.js';
import type { Messages } from '../i18n/messages.js';
import { editionHomePath, linkHref, sectionPagePath, topicPagePath } from '../paths.js';
import type { EditionDirectory, SiteDirectory } from '../site-directory.js';
import { latestAudioPath, latestVideosPath, liveTvPath, type MediaNavEntry } from '../media-nav-paths.js';
import { extraStylesheets, type ExtraStylesheet } from '../assets/stylesheet.js';
import type { JsonLdNode } from '../structured-data/json-ld.js';
import type { EditionLinkModel, PageChromeModel } from '../view-models.js';

export interface ChromeInput {
  title: string;
  description: string;
  canonicalPath?: string;
  /** Top-level section of the current page, for aria-current in the menu. */
  currentRootSectionId?: number;
  /** Links to this page in other editions, by edition code. */
  translations?: Map<string, string>;
  /** This page's own RSS feed (section and topic pages), announced beside the edition's. */
  feed?: { title: string; path: string };
  /** The page's schema.org nodes (src/site/structured-data). */
  structuredData?: JsonLdNode[];
  /** The header's media entry this page is (aria-current). */
  currentMedia?: MediaNavEntry;
  /** Stylesheets beyond the base one the page's content needs (src/site/assets/stylesheet.ts). */
  stylesheets?: ExtraStylesheet[];
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
    ...(input.stylesheets?.length ? { extraStylesheetHrefs: input.stylesheets.map((name) => extraStylesheets()[name].href) } : {}),
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
    mediaNav: [
      { entry: 'live-tv' as const, label: messages.headerLiveTv, href: liveTvPath(dir.edition.code) },
      { entry: 'audio' as const, label: messages.headerLatestAudio, href: latestAudioPath(dir.edition.code) },
      { entry: 'video' as const, label: messages.headerLatestVideos, href: latestVideosPath(dir.edition.code) },
    ].map(({ entry, label, href }) => ({ label, href, current: entry === input.currentMedia })),
    focusTopics: dir.focusTopics.map((t) => ({ label: t.name, href: linkHref(topicPagePath(dir.edition.code, t.slug)) })),
    editions,
    footerLinks: dir.footerLinks.map((link) => ({ label: link.label, href: link.href })),
    otherSites: site.editions
      .filter((e) => e.code !== dir.edition.code)
      .map((e) => ({ code: e.code, lang: e.lang, dir: e.dir, name: e.name, href: editionHomePath(e.code), current: false })),
    alternates: alternateLinks(site, input.translations, publicUrl),
    feeds: [
      { title: dir.edition.siteTitle, href: publicUrl + editionFeedPath(dir.edition.code) },
      ...(input.feed ? [{ title: input.feed.title, href: publicUrl + input.feed.path }] : []),
    ],
    ...(input.structuredData?.length ? { structuredData: input.structuredData } : {}),
    chromeCacheScope: dir,
  };
}

/**
 * hreflang links: one per translation, plus `x-default` (for readers whose
 * language has no edition) at the default edition's version when there is one.
 */
function alternateLinks(site: SiteDirectory, translations: Map<string, string> | undefined, publicUrl: string): { lang: string; href: string }[] {
  if (!translations || translations.size === 0) return [];
  const links = [...translations].map(([code, href]) => ({ lang: site.byCode.get(code)?.edition.lang ?? code, href: publicUrl + href }));
  const defaultVersion = translations.get(site.defaultEdition.code);
  return translations.size > 1 && defaultVersion ? [...links, { lang: 'x-default', href: publicUrl + defaultVersion }] : links;
}
