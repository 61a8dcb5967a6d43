/**
 * The header, "In focus" bar and footer are the same on every page of an
 * edition (bar the current menu item and the language links of a translated
 * article), yet rendering them was half the time of an uncached article page.
 * They are rendered once per edition directory and variant and kept as HTML;
 * the directory object is replaced whenever the edition's curation changes
 * (`curation.changed` reloads it in src/app.ts), which drops its entries.
 *
 * Preact cannot splice a string into its output without a wrapper element
 * (and only raw-html.tsx may insert raw markup), so the layout
 * leaves a marker with a per-process nonce that `renderDocument` replaces with
 * the kept HTML. The kept HTML is preact-render-to-string's own escaped output.
 */
import { randomBytes } from 'node:crypto';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { trustSanitizedHtml, type SafeHtml } from '../safe-html.js';
import type { PageChromeModel } from '../view-models.js';

const MARKER_NONCE = randomBytes(6).toString('hex');
const PART_MARKER = new RegExp(`<template data-chrome-part="${MARKER_NONCE}-(\\d+)"></template>`, 'g');
/** Variants kept per edition directory: menus with each root section current, and translated articles' language links. */
const MAX_VARIANTS = 200;

const renderedByScope = new WeakMap<object, WeakMap<object, Map<string, SafeHtml>>>();

/** The parts of the page being rendered by `renderDocument`, in marker order; null outside it. */
let pendingParts: SafeHtml[] | null = null;

function keptHtml(chrome: PageChromeModel, variant: string, render: () => VNode | null): SafeHtml {
  const scope = chrome.chromeCacheScope;
  if (!scope) return trustSanitizedHtml(renderPart(render));
  let byMessages = renderedByScope.get(scope);
  if (!byMessages) renderedByScope.set(scope, (byMessages = new WeakMap()));
  let variants = byMessages.get(chrome.messages);
  if (!variants) byMessages.set(chrome.messages, (variants = new Map()));
  const kept = variants.get(variant);
  if (kept !== undefined) return kept;
  // preact-render-to-string escapes every text and attribute it writes.
  const html = trustSanitizedHtml(renderPart(render));
  if (variants.size >= MAX_VARIANTS) variants.delete(variants.keys().next().value as string);
  variants.set(variant, html);
  return html;
}

function renderPart(render: () => VNode | null): string {
  const vnode = render();
  return vnode ? renderToString(vnode) : '';
}

/**
 * A chrome part: rendered once per edition directory and `variant` (which must
 * name everything the part shows beyond the directory and the messages), then
 * spliced in by `renderDocument`. Rendered in place when outside it.
 */
export function KeptChromePart({ chrome, variant, render }: { chrome: PageChromeModel; variant: string; render: () => VNode | null }) {
  if (pendingParts === null) return render();
  const index = pendingParts.push(keptHtml(chrome, variant, render)) - 1;
  return <template data-chrome-part={`${MARKER_NONCE}-${index}`} />;
}

/** Renders a page, splicing in the kept chrome parts its layout marked. */
export function renderWithKeptParts(page: VNode): string {
  const outer = pendingParts;
  pendingParts = [];
  try {
    const html = renderToString(page);
    const parts = pendingParts;
    if (parts.length === 0) return html;
    return html.replace(PART_MARKER, (_match, index: string) => parts[Number(index)] ?? '');
  } finally {
    pendingParts = outer;
  }
}
