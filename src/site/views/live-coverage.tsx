/**
 * The live part of a live coverage article: state, key points, the pinned
 * entry, the entries newest first (each with its own anchor and permalink)
 * and links to older pages. Complete without JavaScript; the page's script
 * (src/site/assets/live-updates.js) follows `data-live-events` and inserts
 * new entries above the list when the reader asks for them.
 */
import { h } from '../html-jsx.js';
import type { Edition } from '../../domain/edition.js';
import type { Messages } from '../i18n/messages.js';
import type { LiveCoverageModel, LiveEntryModel } from '../models/live-coverage-model.js';
import { BodyBlocks } from './body-blocks.js';
import { ImageFigure } from './image-figure.js';

export function LiveEntry({ entry, messages }: { entry: LiveEntryModel; messages: Messages }) {
  return (
    <article class={entry.pinned ? 'live-entry live-entry--pinned' : 'live-entry'} id={entry.anchor}>
      <header>
        {entry.pinned && <span class="live-entry__pin">{messages.livePinned}</span>}
        {/* The time is the permalink's text; a longer accessible name or a title would cost bytes on every entry. */}
        <a href={entry.permalink}>
          <time datetime={entry.at}>{entry.timeLabel}</time>
        </a>
        {entry.initials && <span>{entry.initials}</span>}
      </header>
      <BodyBlocks blocks={entry.body} messages={messages} />
      {entry.image && <ImageFigure image={entry.image} messages={messages} variant="body" />}
    </article>
  );
}

export function LiveCoverage({ live, messages, edition }: { live: LiveCoverageModel; messages: Messages; edition: Edition }) {
  const open = live.state === 'open';
  const { pagination } = live;
  return (
    <section
      class="live"
      aria-labelledby="live-heading"
      {...(open && pagination.page === 1
        ? {
            'data-live-events': live.eventsHref,
            'data-live-newest': String(live.newestEntryId),
            'data-live-labels': messages.liveNewUpdates,
            'data-live-locale': `${edition.locale}-u-nu-${edition.numberingSystem}`,
          }
        : {})}
    >
      {open ? <p class="live__badge">{messages.liveBadge}</p> : <p class="live__ended">{messages.liveEnded}</p>}
      {live.keyPoints.length > 0 && (
        <aside class="live__key-points" aria-labelledby="live-key-points-heading">
          <h2 id="live-key-points-heading">{messages.liveKeyPoints}</h2>
          <ul>
            {live.keyPoints.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        </aside>
      )}
      <h2 class="live__heading" id="live-heading">{messages.liveLatestUpdates}</h2>
      {live.pinned && <LiveEntry entry={live.pinned} messages={messages} />}
      <div class="live__notice" aria-live="polite"></div>
      <div class="live__entries">
        {live.entries.map((entry) => (
          <LiveEntry key={entry.id} entry={entry} messages={messages} />
        ))}
      </div>
      {pagination.pages > 1 && (
        <nav class="pagination" aria-label={messages.pagination}>
          {pagination.previousHref && (
            <a class="pagination__link pagination__link--previous" href={pagination.previousHref} rel="prev">{messages.liveNewerUpdates}</a>
          )}
          {pagination.nextHref && (
            <a class="pagination__link pagination__link--next" href={pagination.nextHref} rel="next">{messages.liveOlderUpdates}</a>
          )}
        </nav>
      )}
    </section>
  );
}
