/**
 * Correction and update notices, shown under the article header so a reader
 * sees what changed before reading on, each with its localised date.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { ArticlePageModel } from '../view-models.js';

export function ArticleNotices({ notices, messages }: { notices: ArticlePageModel['notices']; messages: Messages }) {
  if (notices.length === 0) return null;
  return (
    <section class="article-notices" aria-labelledby="article-notices-heading">
      <h2 class="visually-hidden" id="article-notices-heading">{messages.noticesHeading}</h2>
      {notices.map((notice) => (
        <p class={`article-notice article-notice--${notice.kind}`} role="note">
          <strong>{notice.kind === 'correction' ? messages.correctionLabel : messages.updateLabel}</strong>{' '}
          (<time datetime={notice.at}>{notice.label}</time>): {notice.text}
        </p>
      ))}
    </section>
  );
}
