/**
 * schema.org structured data as plain objects. Pages put their nodes in the
 * chrome model; the document head serialises them, with the site-wide
 * `WebSite` node, into one `<script type="application/ld+json">` holding an
 * `@graph`, so nodes can point at each other by `@id` instead of repeating
 * themselves. Serialising for the script element is `jsonForScriptElement`'s
 * job (src/site/safe-html.ts); nothing here escapes.
 */
export type JsonLdNode = { '@type': string | string[]; '@id'?: string } & { [property: string]: unknown };

export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

export function jsonLdDocument(nodes: JsonLdNode[]): JsonLdDocument {
  return { '@context': 'https://schema.org', '@graph': nodes };
}

/** A reference to a node described elsewhere in the graph (or on another page of the site). */
export const ref = (id: string) => ({ '@id': id });

/** Stable `@id`s, so the same thing has the same identity on every page. */
export const jsonLdIds = {
  publisher: (publicUrl: string) => `${publicUrl}/#publisher`,
  website: (publicUrl: string, editionCode: string) => `${publicUrl}/${editionCode}/#website`,
  webPage: (pageUrl: string) => pageUrl,
  breadcrumb: (pageUrl: string) => `${pageUrl}#breadcrumb`,
  article: (pageUrl: string) => `${pageUrl}#article`,
  person: (authorPageUrl: string) => `${authorPageUrl}#person`,
};

export interface ImageObjectInput {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
}

export function imageObject(image: ImageObjectInput): JsonLdNode {
  return {
    '@type': 'ImageObject',
    url: image.url,
    contentUrl: image.url,
    width: image.width,
    height: image.height,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
  };
}
