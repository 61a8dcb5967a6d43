/** "Latest videos" (`/{edition}/video/`): the edition's published videos as cards, newest first, paged. */
import { h } from '../html-jsx.js';
import type { VideoListPageModel } from '../models/video-page-models.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';
import { TeaserCard } from './teaser-card.js';

export function VideoListPage({ model }: { model: VideoListPageModel }) {
  const { chrome, video } = model;
  return (
    <Layout chrome={chrome} mainClass="page--listing page--videos">
      <Breadcrumb items={model.breadcrumb.slice(0, 1)} messages={chrome.messages} />
      <header class="listing__header">
        <h1 class="listing__heading">{model.heading}</h1>
        <p class="listing__description">{chrome.description}</p>
      </header>
      {model.cards.length === 0 ? (
        <p class="empty-note">{video.noVideos}</p>
      ) : (
        <div class="card-grid card-grid--listing">
          {model.cards.map((card) => (
            <TeaserCard
              key={card.id}
              headingLevel={2}
              teaser={{
                id: card.id, href: card.href, kicker: card.durationLabel ?? '', headline: card.title, teaser: card.teaser,
                image: card.image, publishedAt: card.publishedAt, publishedLabel: card.publishedLabel, sectionName: '',
              }}
            />
          ))}
        </div>
      )}
      {(model.newerHref || model.olderHref) && (
        <nav class="pagination" aria-label={video.latestVideos}>
          {model.newerHref && <a class="pagination__link" href={model.newerHref} rel="prev">{video.newerVideos}</a>}
          {model.olderHref && <a class="pagination__link" href={model.olderHref} rel="next">{video.olderVideos}</a>}
        </nav>
      )}
    </Layout>
  );
}

export function renderVideoListPage(model: VideoListPageModel): string {
  return renderDocument(<VideoListPage model={model} />);
}
