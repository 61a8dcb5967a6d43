/**
 * Turns a page component tree into the final HTML document string. The
 * doctype is added here because JSX cannot express it; everything else is
 * rendered by preact-render-to-string, which escapes text and attributes.
 */
import type { VNode } from 'preact';
import { renderWithKeptParts } from './chrome-parts.js';

export function renderDocument(page: VNode): string {
  // The header, "In focus" bar and footer come from the per-edition kept HTML (chrome-parts.tsx).
  return `<!doctype html>${renderWithKeptParts(page)}`;
}
