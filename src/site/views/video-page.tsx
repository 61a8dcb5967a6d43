/**
 * One video (`/{edition}/video/{slug}/v-{id}`): title, teaser, the player
 * with poster and captions, and the poster's caption and credit. Complete
 * without JavaScript.
 */
import { h } from '../html-jsx.js';
import type { VideoPageModel } from '../models/video-page-models.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { PlayerScriptTag, VideoPlayer } from './video-player.js';

export function VideoPage({ model }: { model: VideoPageModel }) {
  const { chrome, card } = model;
  const hasCaption = model.posterCaption.trim() !== '' || model.posterCredit.trim() !== '';
  return (
    <Layout chrome={chrome} mainClass="page--video" head={model.scripts ? <PlayerScriptTag {...model.scripts} /> : undefined}>
      <Breadcrumb items={model.breadcrumb} messages={chrome.messages} />
      <article class="video">
        <header class="video__header">
          <p class="kicker">{model.video.latestVideos}</p>
          <h1 class="video__title">{card.title}</h1>
          {card.teaser && <p class="video__teaser">{card.teaser}</p>}
          <p class="video__meta">
            <time datetime={card.publishedAt}>{card.publishedLabel}</time>
          </p>
        </header>
        <figure class="video__figure">
          <VideoPlayer player={model.player} />
          {hasCaption && (
            <figcaption class="figure__caption">
              {model.posterCaption && <span class="figure__text">{model.posterCaption}</span>}
              {model.posterCaption && model.posterCredit && ' '}
              {model.posterCredit && <span class="figure__credit">{`${chrome.messages.imageCredit} ${model.posterCredit}`}</span>}
            </figcaption>
          )}
        </figure>
      </article>
    </Layout>
  );
}

export function renderVideoPage(model: VideoPageModel): string {
  return renderDocument(<VideoPage model={model} />);
}
