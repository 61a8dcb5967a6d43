/**
 * A pulled quote. The attribution is a `<cite>` in the figure's caption; the
 * visually hidden "Quote by" gives screen readers the context that the dash
 * gives sighted readers.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';

interface QuoteBlockProps {
  text: string;
  attribution?: string;
  messages: Messages;
}

export function QuoteBlock({ text, attribution, messages }: QuoteBlockProps) {
  return (
    <figure class="quote">
      <blockquote class="quote__text">
        <p>{text}</p>
      </blockquote>
      {attribution && (
        <figcaption class="quote__attribution">
          <span aria-hidden="true">— </span>
          <span class="visually-hidden">{messages.quoteBy} </span>
          <cite>{attribution}</cite>
        </figcaption>
      )}
    </figure>
  );
}
