/**
 * The only component that inserts unescaped markup. It accepts `SafeHtml`
 * alone, so a plain string from an article or a feed cannot reach the page
 * unescaped without an explicit `trustSanitizedHtml` call. A test checks that
 * no other view uses `dangerouslySetInnerHTML`.
 */
import { h } from '../html-jsx.js';
import type { SafeHtml } from '../safe-html.js';

interface RawHtmlProps {
  html: SafeHtml;
  /** Wrapper element; `div` by default. */
  as?: 'div' | 'section' | 'span';
  className?: string;
}

export function RawHtml({ html, as: Tag = 'div', className }: RawHtmlProps) {
  return <Tag class={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * A `<script type="application/ld+json">` data block. Browsers never run
 * this type (so the CSP's `script-src 'none'` is untouched) and the JSON is
 * escaped for the element by `jsonForScriptElement`, the only way to get a
 * `SafeHtml` for it.
 */
export function JsonLdScript({ json }: { json: SafeHtml }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
