/** Pieces the audio pages share: an episode in a list, a show card, the feed link. */
import { h, Fragment } from '../html-jsx.js';
import type { AudioMessages } from '../i18n/audio-messages.js';
import type { EpisodeCardModel, ShowCardModel } from '../models/audio-page-models.js';
import { ResponsiveImage } from './responsive-image.js';

export function EpisodeListItem({ episode, audio, showShowName }: { episode: EpisodeCardModel; audio: AudioMessages; showShowName: boolean }) {
  return (
    <li class="episode-item">
      {episode.artwork && <ResponsiveImage image={{ ...episode.artwork, alt: '' }} loading="lazy" className="episode-item__art" />}
      <div class="episode-item__text">
        {showShowName && <p class="kicker episode-item__show">{episode.showTitle}</p>}
        <h3 class="episode-item__title">
          <a href={episode.href}>{episode.title}</a>
        </h3>
        {episode.description && <p class="episode-item__summary">{episode.description}</p>}
        <p class="episode-item__meta">
          <time datetime={episode.publishedAt}>{episode.publishedLabel}</time>
          {episode.durationLabel && (
            <>
              {' · '}
              <span>
                {audio.duration} {episode.durationLabel}
              </span>
            </>
          )}
        </p>
      </div>
    </li>
  );
}

export function EpisodeList({ episodes, audio, showShowName }: { episodes: EpisodeCardModel[]; audio: AudioMessages; showShowName: boolean }) {
  if (episodes.length === 0) return <p class="empty-note">{audio.noEpisodes}</p>;
  return (
    <ol class="episode-list">
      {episodes.map((episode) => (
        <EpisodeListItem key={episode.id} episode={episode} audio={audio} showShowName={showShowName} />
      ))}
    </ol>
  );
}

export function ShowCard({ show }: { show: ShowCardModel }) {
  return (
    <li class="show-card">
      {show.artwork && <ResponsiveImage image={{ ...show.artwork, alt: '' }} loading="lazy" className="show-card__art" />}
      <h3 class="show-card__title">
        <a href={show.href}>{show.title}</a>
      </h3>
      {show.description && <p class="show-card__summary">{show.description}</p>}
    </li>
  );
}

export function FeedLink({ href, audio }: { href: string; audio: AudioMessages }) {
  return (
    <p class="podcast-feed-link">
      <a href={href} type="application/rss+xml">
        {audio.podcastFeed}
      </a>
    </p>
  );
}
