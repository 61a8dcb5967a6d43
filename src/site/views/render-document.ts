/**
 * Turns a page component tree into the final HTML document string. The
 * doctype is added here because JSX cannot express it; everything else is
 * rendered by preact-render-to-string, which escapes text and attributes.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
