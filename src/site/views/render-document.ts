/**
 * Turns a page's markup into the final HTML document string. The doctype is
 * added here because JSX cannot express it; everything else was made by the
 * site's JSX runtime (../html-jsx.ts), which escapes text and attributes.
 */
import type { Html } from '../html-jsx.js';

export function renderDocument(page: Html): string {
  return `<!doctype html>${page.html}`;
}
