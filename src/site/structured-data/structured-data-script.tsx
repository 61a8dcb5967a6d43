/**
 * Every page's structured data in one `@graph`: the edition's `WebSite` and
 * the publisher, then the page's own nodes from its model.
 */
import { h } from '../html-jsx.js';
import { jsonForScriptElement } from '../safe-html.js';
import type { PageChromeModel } from '../view-models.js';
import { JsonLdScript } from '../views/raw-html.js';
import { jsonLdDocument } from './json-ld.js';
import { publisherNode, websiteNode } from './site-nodes.js';

export function StructuredDataScript({ chrome }: { chrome: PageChromeModel }) {
  const nodes = [websiteNode(chrome.edition, chrome.publicUrl), publisherNode(chrome.edition, chrome.publicUrl), ...(chrome.structuredData ?? [])];
  return <JsonLdScript json={jsonForScriptElement(jsonLdDocument(nodes))} />;
}
