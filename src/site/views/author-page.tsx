/**
 * An author page: breadcrumb, the author's picture (with its credit), name as
 * the page's `<h1>`, role and bio, then their articles as teaser cards with
 * pagination, like a section page.
 */
import { h } from '../html-jsx.js';
import { formatMessage } from '../i18n/messages.js';
import type { AuthorPageModel } from '../view-models.js';
import { Breadcrumb } from './breadcrumb.js';
import { Layout } from './layout.js';
import { Pagination } from './pagination.js';
import { renderDocument } from './render-document.js';
import { ResponsiveImage } from './responsive-image.js';
import { TEASER_IMAGE_SIZES } from '../models/image-model.js';
import { TeaserCard } from './teaser-card.js';

export function AuthorPage({ model }: { model: AuthorPageModel }) {
  const { chrome, picture } = model;
  const { messages, edition } = chrome;
  return (
    <Layout chrome={chrome} mainClass="page--listing page--author">
      <Breadcrumb items={model.breadcrumb} messages={messages} currentHref={chrome.canonicalPath} />
      <header class="author-profile">
        {picture && (
          <figure class="author-profile__picture">
            <ResponsiveImage image={picture} loading="eager" className="author-profile__image" />
            {picture.credit && <figcaption class="figure__credit">{`${messages.imageCredit} ${picture.credit}`}</figcaption>}
          </figure>
        )}
        <div class="author-profile__text">
          <p class="kicker">{messages.authorProfile}</p>
          {/* dir=auto: authors belong to every edition, so name, role and bio may be in another script than the page. */}
          <h1 class="listing__heading" dir="auto">
            {model.name}
          </h1>
          {model.title && (
            <p class="author-profile__title" dir="auto">
              {model.title}
            </p>
          )}
          {model.bio && (
            <p class="listing__description" dir="auto">
              {model.bio}
            </p>
          )}
        </div>
      </header>
      <section aria-labelledby="author-articles-heading">
        <h2 class="block-heading" id="author-articles-heading">
          {formatMessage(messages.articlesBy, { name: model.name })}
        </h2>
        {model.teasers.length === 0 ? (
          <p class="empty-note">{messages.noArticles}</p>
        ) : (
          <div class="card-grid card-grid--listing">
            {model.teasers.map((teaser) => (
              <TeaserCard key={teaser.id} teaser={teaser} headingLevel={3} imageSizes={TEASER_IMAGE_SIZES} />
            ))}
          </div>
        )}
      </section>
      <Pagination pagination={model.pagination} messages={messages} edition={edition} />
    </Layout>
  );
}

export function renderAuthorPage(model: AuthorPageModel): string {
  return renderDocument(<AuthorPage model={model} />);
}
