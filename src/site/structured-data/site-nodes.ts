/**
 * The nodes every page shares: the edition's `WebSite` (with the search
 * action search engines offer as a site search box), the publisher, and the
 * `BreadcrumbList` and `CollectionPage` of listing-like pages (home,
 * section, topic and author pages).
 */
import type { Edition } from '../../domain/edition.js';
import { editionHomePath } from '../paths.js';
import type { LinkModel } from '../view-models.js';
import { imageObject, jsonLdIds, ref, type JsonLdNode } from './json-ld.js';
import { PUBLISHER_LOGO } from './publisher-logo.js';

/** The search page's URL with the placeholder search engines fill in (the search page is `/{edition}/search?q=`). */
export const searchUrlTemplate = (publicUrl: string, editionCode: string) => `${publicUrl}/${editionCode}/search?q={search_term_string}`;

export function websiteNode(edition: Edition, publicUrl: string): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': jsonLdIds.website(publicUrl, edition.code),
    url: publicUrl + editionHomePath(edition.code),
    name: edition.siteTitle,
    inLanguage: edition.lang,
    publisher: ref(jsonLdIds.publisher(publicUrl)),
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: searchUrlTemplate(publicUrl, edition.code) },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The newsroom as a `NewsMediaOrganization`, with its raster logo. */
export function publisherNode(edition: Edition, publicUrl: string): JsonLdNode {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': jsonLdIds.publisher(publicUrl),
    name: edition.siteTitle,
    url: `${publicUrl}/`,
    logo: imageObject({ url: publicUrl + PUBLISHER_LOGO.href, width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height }),
  };
}

/** `items` from the edition home down to the page itself (site-relative hrefs). */
export function breadcrumbListNode(pageUrl: string, items: LinkModel[], publicUrl: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': jsonLdIds.breadcrumb(pageUrl),
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: publicUrl + item.href,
    })),
  };
}

export interface CollectionPageInput {
  edition: Edition;
  publicUrl: string;
  /** Absolute URL of the page (its canonical URL). */
  pageUrl: string;
  name: string;
  description: string;
  /** Site-relative links to the articles the page lists, in order. */
  articleHrefs: string[];
  /** Extra types, e.g. `ProfilePage` for an author page. */
  alsoTypes?: string[];
  /** What the page is about, e.g. the author's `Person` node. */
  mainEntityId?: string;
}

export function collectionPageNode(input: CollectionPageInput): JsonLdNode {
  const { publicUrl, pageUrl } = input;
  return {
    '@type': input.alsoTypes?.length ? ['CollectionPage', ...input.alsoTypes] : 'CollectionPage',
    '@id': jsonLdIds.webPage(pageUrl),
    url: pageUrl,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.edition.lang,
    isPartOf: ref(jsonLdIds.website(publicUrl, input.edition.code)),
    breadcrumb: ref(jsonLdIds.breadcrumb(pageUrl)),
    ...(input.mainEntityId
      ? { mainEntity: ref(input.mainEntityId) }
      : {
          mainEntity: {
            '@type': 'ItemList',
            itemListElement: input.articleHrefs.map((href, index) => ({ '@type': 'ListItem', position: index + 1, url: publicUrl + href })),
          },
        }),
  };
}
