/**
 * An article page's `NewsArticle`, with the fields Google's article and news
 * guidelines read: headline, description, the lead image with its size,
 * both dates, the authors with their author pages, the publisher with its
 * logo, language, section, topics as keywords, and corrections.
 */
import { imageObject, jsonLdIds, type ImageObjectInput, type JsonLdNode } from './json-ld.js';

export interface NewsArticleInput {
  /** Absolute canonical URL. */
  url: string;
  /** The full publisher node (src/site/structured-data/site-nodes.ts), embedded so readers that do not follow `@id`s see it. */
  publisher: JsonLdNode;
  lang: string;
  headline: string;
  description: string;
  image: ImageObjectInput | null;
  datePublished: string;
  dateModified: string;
  authors: { name: string; url: string }[];
  section: string;
  keywords: string[];
  corrections: { text: string; datePublished: string }[];
}

export function newsArticleNode(a: NewsArticleInput): JsonLdNode {
  return {
    '@type': 'NewsArticle',
    '@id': jsonLdIds.article(a.url),
    mainEntityOfPage: { '@type': 'WebPage', '@id': jsonLdIds.webPage(a.url) },
    url: a.url,
    headline: a.headline,
    ...(a.description ? { description: a.description } : {}),
    ...(a.image ? { image: [imageObject(a.image)], thumbnailUrl: a.image.url } : {}),
    datePublished: a.datePublished,
    dateModified: a.dateModified,
    author: a.authors.map((author) => ({ '@type': 'Person', '@id': jsonLdIds.person(author.url), name: author.name, url: author.url })),
    publisher: a.publisher,
    inLanguage: a.lang,
    isAccessibleForFree: true,
    ...(a.section ? { articleSection: a.section } : {}),
    ...(a.keywords.length ? { keywords: a.keywords } : {}),
    ...(a.corrections.length
      ? { correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.datePublished })) }
      : {}),
  };
}
