/**
 * The closing newsroom byline, e.g. `es/wmd (AFP, dpa)`, exactly as the model
 * gives it, then the authors' full names linked to their author pages:
 * initials mean little to readers who want to know who wrote the piece, and
 * nothing to a screen reader.
 */
import { h, Fragment } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { LinkModel } from '../view-models.js';
import { formatList, listParts } from './list-parts.js';

interface BylineProps {
  byline: string;
  authors: LinkModel[];
  messages: Messages;
  /** The edition's locale, for joining names ("A, B and C", "A، B وC"). */
  lang: string;
}

/** The names joined as the language joins a list, each name a link. */
function AuthorLinks({ authors, lang }: { authors: LinkModel[]; lang: string }) {
  let next = 0;
  return (
    <>
      {listParts(lang, authors.map((a) => a.label)).map((part, index) => {
        if (part.type === 'literal') return part.value;
        const author = authors[next++] as LinkModel;
        return (
          <a key={index} href={author.href} rel="author">
            {author.label}
          </a>
        );
      })}
    </>
  );
}

export function Byline({ byline, authors, messages, lang }: BylineProps) {
  if (!byline && authors.length === 0) return null;
  const names = authors.length > 0 ? `${messages.authors}: ${formatList(lang, authors.map((a) => a.label))}` : undefined;
  return (
    <div class="article__credits">
      {/*
        The paragraph keeps the page's direction, so the line sits at the start
        side (right in Arabic); <bdi> isolates the text inside it, so Latin
        initials and agency codes ("nek (AFP)") keep their own order.
      */}
      {byline && (
        <p class="byline" title={names}>
          <bdi>{byline}</bdi>
        </p>
      )}
      {authors.length > 0 && (
        <p class="article__authors">
          {`${messages.authors}: `}
          <AuthorLinks authors={authors} lang={lang} />
        </p>
      )}
    </div>
  );
}
