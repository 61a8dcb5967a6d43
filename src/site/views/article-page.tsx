/**
 * The article page: breadcrumb, header, lead image, body, byline, short link,
 * topics and translations, inside the site layout. Entry point for the
 * article route; the model is fully resolved, nothing is fetched here.
 */
import { h, Fragment } from '../html-jsx.js';
import type { ArticlePageModel } from '../view-models.js';
import { ArticleHeader } from './article-header.js';
import { ArticleNotices } from './article-notices.js';
import { BodyBlocks } from './body-blocks.js';
import { Breadcrumb } from './breadcrumb.js';
import { Byline } from './byline.js';
import { ImageFigure } from './image-figure.js';
import { Layout } from './layout.js';
import { LiveCoverage } from './live-coverage.js';
import { renderDocument } from './render-document.js';
import { ShareLinks } from './share-links.js';
import { formatMessage } from '../i18n/messages.js';
import { ShortLink } from './short-link.js';
import { TeaserCard } from './teaser-card.js';
import { TopicList } from './topic-list.js';
import { TranslationList } from './translation-list.js';

/** Open Graph and Twitter card tags: what link previews in social networks and messengers show. */
function ArticleHead({ model }: { model: ArticlePageModel }) {
  const image = model.shareImage;
  return (
    <>
      <meta property="og:type" content="article" />
      {image && <meta property="og:image" content={image.url} />}
      {image && <meta property="og:image:width" content={String(image.width)} />}
      {image && <meta property="og:image:height" content={String(image.height)} />}
      {image?.alt && <meta property="og:image:alt" content={image.alt} />}
      <meta property="article:published_time" content={model.publishedAt} />
      <meta property="article:modified_time" content={model.modifiedAt} />
      {model.sectionName && <meta property="article:section" content={model.sectionName} />}
      {model.topics.map((topic) => (
        <meta key={topic.href} property="article:tag" content={topic.label} />
      ))}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={model.headline} />
      {model.teaser && <meta name="twitter:description" content={model.teaser} />}
      {image && <meta name="twitter:image" content={image.url} />}
      {image?.alt && <meta name="twitter:image:alt" content={image.alt} />}
      {model.live && <script src={model.live.scriptHref} defer />}
    </>
  );
}

export function ArticlePage({ model }: { model: ArticlePageModel }) {
  const { chrome } = model;
  const { messages } = chrome;
  return (
    <Layout chrome={chrome} head={<ArticleHead model={model} />} mainClass="page--article" noIndex={model.preview}>
      {model.preview && <p class="preview-banner" role="status">{messages.previewBanner}</p>}
      <article class="article">
        <Breadcrumb items={model.breadcrumb} messages={messages} currentHref={chrome.canonicalPath} />
        <ArticleHeader model={model} />
        <ArticleNotices notices={model.notices} messages={messages} />
        {model.leadImage && <ImageFigure image={model.leadImage} messages={messages} variant="lead" />}
        <BodyBlocks blocks={model.body} messages={messages} />
        {model.live && <LiveCoverage live={model.live} messages={messages} edition={chrome.edition} />}
        <footer class="article__footer">
          <Byline byline={model.byline} authors={model.authors} messages={messages} lang={chrome.edition.locale} />
          <ShortLink url={model.shortUrl} messages={messages} />
          {/* The short link: an Arabic headline's canonical URL, percent-encoded twice over in five share links, cost about 6 KB per page. */}
          {!model.preview && <ShareLinks url={model.shortUrl} title={model.headline} messages={messages} />}
          <TopicList topics={model.topics} messages={messages} />
          <TranslationList translations={model.translations} messages={messages} />
        </footer>
      </article>
      {model.moreFromSection && (
        <section class="more-from" aria-labelledby="more-from-heading">
          <h2 class="block-heading" id="more-from-heading">
            <a href={model.moreFromSection.section.href}>
              {formatMessage(messages.moreFromSection, { section: model.moreFromSection.section.label })}
            </a>
          </h2>
          <div class="card-grid">
            {model.moreFromSection.teasers.map((teaser) => (
              <TeaserCard key={teaser.id} teaser={teaser} headingLevel={3} />
            ))}
          </div>
        </section>
      )}
    </Layout>
  );
}

export function renderArticlePage(model: ArticlePageModel): string {
  return renderDocument(<ArticlePage model={model} />);
}
