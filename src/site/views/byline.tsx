/**
 * The closing newsroom byline, e.g. `es/wmd (AFP, dpa)`, exactly as the model
 * gives it. Initials mean little to a screen reader, so the full author
 * names follow in a visually hidden line and in the byline's tooltip.
 */
import type { Messages } from '../i18n/messages.js';

interface BylineProps {
  byline: string;
  authorNames: string[];
  messages: Messages;
}

export function Byline({ byline, authorNames, messages }: BylineProps) {
  if (!byline && authorNames.length === 0) return null;
  const authors = authorNames.length > 0 ? `${messages.authors}: ${authorNames.join(', ')}` : undefined;
  return (
    <div class="article__credits">
      {/* dir=auto: initials and agency codes may be in another script than the page. */}
      {byline && (
        <p class="byline" title={authors} dir="auto">
          {byline}
        </p>
      )}
      {authors && <p class="visually-hidden">{authors}</p>}
    </div>
  );
}
