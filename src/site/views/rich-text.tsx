/**
 * Inline text of paragraphs and list items: spans with bold, italic and
 * links. Text is escaped by the renderer; link targets pass `safeHref`, and
 * external links open in the same tab (no `target`) like the rest of the site.
 */
import { h, Fragment, type Child } from '../html-jsx.js';
import type { RenderSpan } from '../view-models.js';
import { safeHref } from './safe-href.js';

function Span({ span }: { span: RenderSpan }) {
  let content: Child = span.text;
  if (span.italic) content = <em>{content}</em>;
  if (span.bold) content = <strong>{content}</strong>;
  const href = safeHref(span.href);
  return href ? <a href={href}>{content}</a> : <>{content}</>;
}

export function RichText({ spans }: { spans: RenderSpan[] }) {
  return (
    <>
      {spans.map((span, index) => (
        <Span key={index} span={span} />
      ))}
    </>
  );
}
