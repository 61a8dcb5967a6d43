/**
 * Share links under an article: a mailto: with subject and address, and plain
 * links to the networks' own share pages. No scripts, widgets or pixels from
 * third parties: nothing reaches a network until the reader follows a link.
 * Network names are brands and stay as they are in every language.
 */
import { h } from '../html-jsx.js';
import { formatMessage, type Messages } from '../i18n/messages.js';
import { linkHref } from '../paths.js';

export interface ShareTarget {
  network: string;
  href: string;
}

/**
 * A query parameter's value for an href: percent-encoded, except letters and
 * digits, which the browser encodes as UTF-8 when the link is followed (the
 * same bytes reach the network), so an Arabic headline costs 2 bytes a letter, not 6.
 */
const param = (value: string) => linkHref(encodeURIComponent(value));

/** The networks' documented share addresses, each given the article's absolute URL (and title where it takes one). */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = param(url);
  const t = param(title);
  return [
    { network: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { network: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'WhatsApp', href: `https://wa.me/?text=${param(`${title} ${url}`)}` },
    { network: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
  ];
}

export function mailtoShareHref(url: string, title: string): string {
  return `mailto:?subject=${param(title)}&body=${param(url)}`;
}

export function ShareLinks({ url, title, messages }: { url: string; title: string; messages: Messages }) {
  return (
    <section class="share-links" aria-labelledby="share-links-heading">
      <h2 class="share-links__heading" id="share-links-heading">
        {messages.shareArticle}
      </h2>
      <ul class="chip-list">
        <li>
          <a class="chip" href={mailtoShareHref(url, title)} aria-label={messages.shareByEmail}>
            {messages.shareEmail}
          </a>
        </li>
        {shareTargets(url, title).map((target) => (
          <li key={target.network}>
            <a
              class="chip"
              href={target.href}
              target="_blank"
              rel="noopener"
              aria-label={formatMessage(messages.shareOn, { network: target.network })}
            >
              {target.network}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
