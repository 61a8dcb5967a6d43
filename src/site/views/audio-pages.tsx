/**
 * The audio pages: "Latest audio", a show and an episode. Everything works
 * without JavaScript: the player is the browser's own `<audio controls>`
 * (seeking uses range requests on /media/*), with a download link as the
 * fallback, and the transcript is on the page as text.
 */
import { h } from '../html-jsx.js';
import { formatMessage } from '../i18n/messages.js';
import type { EpisodePageModel, LatestAudioPageModel, ShowPageModel } from '../models/audio-page-models.js';
import { EpisodeList, FeedLink, ShowCard } from './audio-parts.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { ResponsiveImage } from './responsive-image.js';

export function LatestAudioPage({ model }: { model: LatestAudioPageModel }) {
  const { chrome, audio } = model;
  return (
    <Layout chrome={chrome} mainClass="page--listing page--audio">
      <Breadcrumb items={model.breadcrumb} messages={chrome.messages} currentHref={chrome.canonicalPath} />
      <header class="listing__header">
        <h1 class="listing__heading">{audio.latestAudio}</h1>
        <p class="listing__description">{audio.latestAudioDescription}</p>
      </header>
      <section aria-labelledby="latest-episodes-heading">
        <h2 class="block-heading" id="latest-episodes-heading">{audio.episodes}</h2>
        <EpisodeList episodes={model.episodes} audio={audio} showShowName />
      </section>
      {model.shows.length > 0 && (
        <section aria-labelledby="shows-heading">
          <h2 class="block-heading" id="shows-heading">{audio.podcasts}</h2>
          <ul class="show-grid">
            {model.shows.map((show) => (
              <ShowCard key={show.href} show={show} />
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

export function ShowPage({ model }: { model: ShowPageModel }) {
  const { chrome, audio, show } = model;
  return (
    <Layout chrome={chrome} mainClass="page--listing page--audio">
      <Breadcrumb items={model.breadcrumb} messages={chrome.messages} currentHref={chrome.canonicalPath} />
      <header class="show-header">
        {show.artwork && <ResponsiveImage image={show.artwork} loading="eager" className="show-header__art" />}
        <div class="show-header__text">
          <p class="kicker">{audio.podcasts}</p>
          <h1 class="listing__heading">{show.title}</h1>
          {show.description && <p class="listing__description">{show.description}</p>}
          <p class="show-header__meta">
            {show.author} · {show.category}
            {show.explicit && ` · ${audio.explicit}`}
          </p>
          <FeedLink href={model.feedHref} audio={audio} />
        </div>
      </header>
      <section aria-labelledby="show-episodes-heading">
        <h2 class="block-heading" id="show-episodes-heading">{audio.episodes}</h2>
        <EpisodeList episodes={model.episodes} audio={audio} showShowName={false} />
      </section>
    </Layout>
  );
}

export function EpisodePage({ model }: { model: EpisodePageModel }) {
  const { chrome, audio, episode } = model;
  return (
    <Layout chrome={chrome} mainClass="page--audio">
      <Breadcrumb items={model.breadcrumb} messages={chrome.messages} currentHref={chrome.canonicalPath} />
      <article class="episode">
        <header class="episode__header">
          {episode.artwork && <ResponsiveImage image={{ ...episode.artwork, alt: '' }} loading="eager" className="episode__art" />}
          <div class="episode__heading">
            <p class="kicker">
              <a href={episode.showHref}>{formatMessage(audio.episodeOf, { show: episode.showTitle })}</a>
            </p>
            <h1 class="listing__heading episode__title">{episode.title}</h1>
            <p class="episode__meta">
              <time datetime={episode.publishedAt}>{episode.publishedLabel}</time>
              {episode.durationLabel && ` · ${audio.duration} ${episode.durationLabel}`}
            </p>
          </div>
        </header>
        {episode.description && <p class="episode__description">{episode.description}</p>}
        <figure class="episode__player">
          <figcaption id="episode-player-label">{`${audio.listen}: ${episode.title}`}</figcaption>
          <audio controls preload="metadata" aria-labelledby="episode-player-label" class="episode__audio">
            <source src={model.audioSrc} type={model.audioType} />
            <a href={model.audioSrc}>{audio.noAudioSupport}</a>
          </audio>
          <p class="episode__download">
            <a href={model.audioSrc} download>
              {audio.downloadAudio}
            </a>
            {' · '}
            <a href={model.feedHref} type="application/rss+xml">
              {audio.podcastFeed}
            </a>
          </p>
        </figure>
        <section class="episode__transcript" aria-labelledby="transcript-heading">
          <h2 class="block-heading" id="transcript-heading">{audio.transcript}</h2>
          {model.transcript.length === 0 ? <p class="empty-note">{audio.noTranscript}</p> : model.transcript.map((p, i) => <p key={i}>{p}</p>)}
        </section>
      </article>
    </Layout>
  );
}

export const renderLatestAudioPage = (model: LatestAudioPageModel) => renderDocument(<LatestAudioPage model={model} />);
export const renderShowPage = (model: ShowPageModel) => renderDocument(<ShowPage model={model} />);
export const renderEpisodePage = (model: EpisodePageModel) => renderDocument(<EpisodePage model={model} />);
