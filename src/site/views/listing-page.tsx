/**
 * Section and topic pages: breadcrumb, the page's `<h1>` with its
 * description, subsection links (sections only), the teasers and pagination.
 */
import { h } from '../html-jsx.js';
import type { ListingPageModel } from '../view-models.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { Pagination } from './pagination.js';
import { renderDocument } from './render-document.js';
import { TeaserCard } from './teaser-card.js';

/**
 * The card's width in `.card-grid--listing` (16rem tracks, kept even when a page has one story): one
 * column below 40rem, two up to 53rem, then three or four, at most 17rem once the page reaches its 72rem.
 * Never smaller than the card, or the browser would stretch a too-small derivative.
 */
export const LISTING_CARD_SIZES = '(min-width: 74rem) 17rem, (min-width: 53rem) 33vw, (min-width: 40rem) 50vw, 100vw';

export function ListingPage({ model }: { model: ListingPageModel }) {
  const { chrome } = model;
  const { messages, edition } = chrome;
  return (
    <Layout chrome={chrome} mainClass={`page--listing page--${model.kind}`}>
      <Breadcrumb items={model.breadcrumb} messages={messages} currentHref={chrome.canonicalPath} />
      <header class="listing__header">
        {model.kind === 'topic' && <p class="kicker">{messages.topic}</p>}
        <h1 class="listing__heading" id="listing-heading">
          {model.heading}
        </h1>
        {model.description && <p class="listing__description">{model.description}</p>}
        <p class="listing__feed">
          <a href={model.feedHref} type="application/rss+xml">
            {messages.rssFeed}
          </a>
        </p>
      </header>
      {model.children.length > 0 && (
        <nav class="subsections" aria-labelledby="listing-heading">
          <ul class="chip-list">
            {model.children.map((child) => (
              <li key={child.href}>
                <a class="chip" href={child.href}>
                  {child.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {model.teasers.length === 0 ? (
        <p class="empty-note">{messages.noArticles}</p>
      ) : (
        <div class="card-grid card-grid--listing">
          {model.teasers.map((teaser) => (
            <TeaserCard key={teaser.id} teaser={teaser} headingLevel={2} imageSizes={LISTING_CARD_SIZES} />
          ))}
        </div>
      )}
      <Pagination pagination={model.pagination} messages={messages} edition={edition} />
    </Layout>
  );
}

export function renderListingPage(model: ListingPageModel): string {
  return renderDocument(<ListingPage model={model} />);
}
