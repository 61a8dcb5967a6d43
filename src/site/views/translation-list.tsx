/**
 * The same article in other editions. Each link names the edition in its own
 * language, so it carries that edition's `lang`/`dir` and a `hreflang`.
 * There is no dedicated "this article in other languages" message yet, so the
 * heading reuses `otherLanguages` (see the views report).
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { EditionLinkModel } from '../view-models.js';

export function TranslationList({ translations, messages }: { translations: EditionLinkModel[]; messages: Messages }) {
  const others = translations.filter((translation) => !translation.current);
  if (others.length === 0) return null;
  return (
    <section class="translations" aria-labelledby="translations-heading">
      <h2 class="translations__heading" id="translations-heading">
        {messages.otherLanguages}
      </h2>
      <ul class="chip-list">
        {others.map((translation) => (
          <li key={translation.code}>
            <a
              class="chip"
              href={translation.href}
              lang={translation.lang}
              dir={translation.dir}
              hreflang={translation.lang}
            >
              {translation.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
