/**
 * The article's short URL, visible so it can be read out or copied by hand.
 * The address sits in a `<code>` inside a plain link: select it, or use the
 * browser's "copy link", no script needed. URLs are always left-to-right,
 * also on right-to-left pages.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';

export function ShortLink({ url, messages }: { url: string; messages: Messages }) {
  return (
    <section class="short-link" aria-labelledby="short-link-label">
      <h2 class="short-link__label" id="short-link-label">
        {messages.shortLink}
      </h2>
      <p class="short-link__url">
        <a href={url} dir="ltr">
          <code>{url}</code>
        </a>
      </p>
      <p class="short-link__hint">{messages.shortLinkHint}</p>
    </section>
  );
}
